import { Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { useVolunteerRosterQuery, useVolunteerTeamCodesQuery } from '../../graphql/generated';
import { MembersTab } from './MembersTab';
import { PlanTab } from './PlanTab';
import { TasksTab } from './TasksTab';

/** 活动排班: the activities' posts and shifts with 缺岗 first and 签到/签退; the team's tasks; its members. */
export function RosterPage() {
  const { t } = useTranslation('volunteer');
  const { teamCode } = useClaims();
  const teams = useVolunteerTeamCodesQuery();
  const team = teams.data?.volunteerTeams.nodes.find((node) => node.code === teamCode);
  const roster = useVolunteerRosterQuery({
    variables: { teamId: team?.id ?? '' },
    skip: !team,
  });
  const data = roster.data;
  const escalated = data?.volunteerTeam.tasks.filter(
    (task) => task.escalatedAt && task.status !== 'DONE',
  ).length;
  return (
    <section className="page desk-page volunteer-lead">
      <h1>{t('title')}</h1>
      <p className="muted">{team?.name ?? teamCode}</p>
      <ListState
        loading={teams.loading || roster.loading}
        error={teams.error ?? roster.error}
        empty={!data}
        emptyText={t('noTeam')}
        onRetry={() => void (team ? roster.refetch() : teams.refetch())}
      >
        {data ? (
          <Tabs
            items={[
              { key: 'plan', label: t('tab.shifts'), children: <PlanTab roster={data} /> },
              {
                key: 'tasks',
                label: escalated ? t('tab.tasksEscalated', { count: escalated }) : t('tab.tasks'),
                children: (
                  <TasksTab
                    tasks={data.volunteerTeam.tasks}
                    members={data.volunteerTeam.volunteers}
                  />
                ),
              },
              {
                key: 'members',
                label: t('tab.members'),
                children: <MembersTab team={data.volunteerTeam} />,
              },
            ]}
          />
        ) : null}
      </ListState>
    </section>
  );
}
