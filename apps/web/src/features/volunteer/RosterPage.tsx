import { Button, Card, List, Picker, Tabs, Tag } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DueTag } from '../../app/ui/DueTag';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import { dueState, formatCount, formatShanghai } from '../../format/time';
import {
  type VolunteerRosterQuery,
  useVolunteerCheckInMutation,
  useVolunteerCheckOutMutation,
  useVolunteerRosterQuery,
  useVolunteerTaskStatusMutation,
  useVolunteerTeamCodesQuery,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { useNow } from '../department/use-now';
import { myShiftsFirst, nextTaskStatus, shiftState } from './shifts';

type Roster = VolunteerRosterQuery;
type Shift = Roster['volunteerActivities']['nodes'][number]['shifts'][number];

/** 活动排班: the activities and their shifts, my team's first, with 签到/签退; the team's tasks; its members. */
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
  return (
    <section className="page">
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
          <Tabs>
            <Tabs.Tab title={t('tab.shifts')} key="shifts">
              <Shifts roster={data} />
            </Tabs.Tab>
            <Tabs.Tab title={t('tab.tasks')} key="tasks">
              <Tasks roster={data} />
            </Tabs.Tab>
            <Tabs.Tab title={t('tab.members')} key="members">
              <Members roster={data} />
            </Tabs.Tab>
          </Tabs>
        ) : null}
      </ListState>
    </section>
  );
}

function Shifts({ roster }: { roster: Roster }) {
  const { t, i18n } = useTranslation('volunteer');
  const { teamCode } = useClaims();
  const now = useNow();
  const activities = roster.volunteerActivities.nodes;
  if (activities.length === 0)
    return (
      <ListState loading={false} error={undefined} empty emptyText={t('noActivities')}>
        {null}
      </ListState>
    );
  return (
    <>
      {activities.map((activity) => (
        <Card key={activity.id} title={activity.name} className="roster-activity">
          <p className="muted">
            {activity.location} · {String(activity.startsOn)} – {String(activity.endsOn)}
            {activity.reportedVisits !== null
              ? ` · ${t('visits', { count: formatCount(activity.reportedVisits, i18n.language) })}`
              : ''}
          </p>
          <List>
            {myShiftsFirst(activity.shifts, teamCode).map((shift) => (
              <List.Item
                key={shift.id}
                description={`${formatShanghai(shift.startsAt)} – ${formatShanghai(shift.endsAt).slice(11)} · ${shift.team.name}`}
                extra={<Tag color="default">{t(`shiftState.${shiftState(shift, now)}`)}</Tag>}
              >
                {t(`duty.${shift.duty}`)}
                {shift.team.code === teamCode ? (
                  <CheckInPanel shift={shift} roster={roster} />
                ) : null}
              </List.Item>
            ))}
          </List>
        </Card>
      ))}
    </>
  );
}

/** 签到/签退 of one of my team's volunteers to a shift; the API answers CONFLICT for a second check-in. */
function CheckInPanel({ shift, roster }: { shift: Shift; roster: Roster }) {
  const { t } = useTranslation('volunteer');
  const [visible, setVisible] = useState(false);
  const [volunteerId, setVolunteerId] = useState<string | undefined>();
  const [onShift, setOnShift] = useState<Record<string, string>>({});
  const [checkIn, checkedIn] = useVolunteerCheckInMutation();
  const [checkOut, checkedOut] = useVolunteerCheckOutMutation();
  const volunteer = roster.volunteerTeam.volunteers.find((person) => person.id === volunteerId);
  const step = async (kind: 'in' | 'out') => {
    if (!volunteerId) return;
    try {
      const variables = { shiftId: shift.id, volunteerId };
      if (kind === 'in') {
        const result = await checkIn({ variables });
        const at = result.data?.checkInVolunteer.checkedInAt;
        if (at) setOnShift((current) => ({ ...current, [volunteerId]: at }));
      } else {
        await checkOut({ variables });
        setOnShift(({ [volunteerId]: _gone, ...rest }) => rest);
      }
    } catch {
      // ActionError says why.
    }
  };
  const here = Object.keys(onShift)
    .map((id) => roster.volunteerTeam.volunteers.find((person) => person.id === id)?.name)
    .filter(Boolean);
  return (
    <div className="check-in">
      <ActionError error={checkedIn.error ?? checkedOut.error} ns="volunteer" />
      <Button size="small" onClick={() => setVisible(true)}>
        {volunteer ? volunteer.name : t('checkIn.pick')}
      </Button>
      <Picker
        visible={visible}
        onClose={() => setVisible(false)}
        columns={[
          roster.volunteerTeam.volunteers.map((person) => ({
            label: person.name,
            value: person.id,
          })),
        ]}
        value={volunteerId ? [volunteerId] : []}
        onConfirm={(value) => setVolunteerId(typeof value[0] === 'string' ? value[0] : undefined)}
        confirmText={t('checkIn.confirm')}
        cancelText={t('checkIn.cancel')}
      />
      <Button
        size="small"
        color="primary"
        disabled={!volunteerId}
        loading={checkedIn.loading}
        onClick={() => void step('in')}
      >
        {t('checkIn.in')}
      </Button>
      <Button
        size="small"
        disabled={!volunteerId}
        loading={checkedOut.loading}
        onClick={() => void step('out')}
      >
        {t('checkIn.out')}
      </Button>
      {here.length > 0 ? (
        <p role="status">{t('checkIn.here', { names: here.join('、') })}</p>
      ) : null}
    </div>
  );
}

function Tasks({ roster }: { roster: Roster }) {
  const { t } = useTranslation('volunteer');
  const now = useNow();
  const [move, moved] = useVolunteerTaskStatusMutation();
  const tasks = roster.volunteerTeam.tasks;
  return (
    <ListState
      loading={false}
      error={undefined}
      empty={tasks.length === 0}
      emptyText={t('noTasks')}
    >
      <ActionError error={moved.error} ns="volunteer" />
      <List>
        {tasks.map((task) => {
          const next = nextTaskStatus(task.status);
          return (
            <List.Item
              key={task.id}
              description={
                <>
                  <DueTag
                    state={dueState({ dueAt: task.dueAt, closed: task.status === 'DONE', now })}
                  />{' '}
                  {t(`taskStatus.${task.status}`)} · {formatShanghai(task.dueAt)}
                </>
              }
              extra={
                next ? (
                  <Button
                    size="small"
                    color="primary"
                    loading={moved.loading}
                    onClick={() =>
                      void move({ variables: { id: task.id, status: next } }).catch(() => undefined)
                    }
                  >
                    {t(`taskStep.${next}`)}
                  </Button>
                ) : null
              }
            >
              {task.title}
            </List.Item>
          );
        })}
      </List>
    </ListState>
  );
}

function Members({ roster }: { roster: Roster }) {
  const { t } = useTranslation('volunteer');
  const people = roster.volunteerTeam.volunteers;
  return (
    <ListState
      loading={false}
      error={undefined}
      empty={people.length === 0}
      emptyText={t('noMembers')}
    >
      <List>
        {people.map((person) => (
          <List.Item
            key={person.id}
            extra={t('hours', { hours: person.serviceHours.totalHours.toFixed(1) })}
          >
            {person.name}
          </List.Item>
        ))}
      </List>
    </ListState>
  );
}
