import { Button, Card, Collapse, List, Table } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useIsDesk } from '../../app/preferences';
import { ListState } from '../../app/ui/ListState';
import { formatCount } from '../../format/time';
import {
  type RosterMemberFragment,
  type RosterShiftFragment,
  type VolunteerRosterQuery,
  useVolunteerActivityPlanQuery,
} from '../../graphql/generated';
import { useNow } from '../department/use-now';
import { shiftTime } from '../volunteer-self/shift-label';
import { ActivityForm } from './ActivityForm';
import { GapsList } from './GapsList';
import { PostForm } from './PostForm';
import { ShiftForm } from './ShiftForm';
import { ShiftMembers } from './ShiftMembers';

type Roster = VolunteerRosterQuery;

/** 排班: choose an activity (or create one); its 缺岗 first, then its posts and their shifts. */
export function PlanTab({ roster }: { roster: Roster }) {
  const { t } = useTranslation('volunteer');
  const id = useId();
  const activities = roster.volunteerActivities.nodes;
  const [chosen, setChosen] = useState<string | undefined>();
  const activityId = chosen ?? activities[0]?.id;
  return (
    <div className="plan">
      <div className="plan-choose">
        <label htmlFor={`${id}-activity`}>{t('activity.choose')}</label>
        <select
          id={`${id}-activity`}
          value={activityId ?? ''}
          onChange={(event) => setChosen(event.target.value)}
        >
          {activities.map((activity) => (
            <option key={activity.id} value={activity.id}>
              {activity.name}（{String(activity.startsOn)} – {String(activity.endsOn)}）
            </option>
          ))}
        </select>
      </div>
      <Collapse
        items={[
          {
            key: 'new',
            label: t('activity.new'),
            children: <ActivityForm onCreated={setChosen} />,
          },
        ]}
      />
      {activityId ? (
        <ActivityPlan activityId={activityId} roster={roster} />
      ) : (
        <p className="muted">{t('noActivities')}</p>
      )}
    </div>
  );
}

function ActivityPlan({ activityId, roster }: { activityId: string; roster: Roster }) {
  const { t, i18n } = useTranslation('volunteer');
  const team = roster.volunteerTeam;
  const { data, loading, error, refetch } = useVolunteerActivityPlanQuery({
    variables: { activityId },
  });
  const activity = data?.volunteerActivity;
  return (
    <ListState loading={loading} error={error} empty={!activity} onRetry={() => void refetch()}>
      {activity ? (
        <>
          <h2>{activity.name}</h2>
          <p className="muted">
            {activity.location} · {String(activity.startsOn)} – {String(activity.endsOn)}
            {activity.reportedVisits !== null
              ? ` · ${t('visits', { count: formatCount(activity.reportedVisits, i18n.language) })}`
              : ''}
          </p>
          <GapsList gaps={data.staffingGaps} teamCode={team.code} />
          <h3>{t('post.title')}</h3>
          {activity.posts.length === 0 ? <p className="muted">{t('post.none')}</p> : null}
          {activity.posts.map((post) => {
            const label = `${t(`duty.${post.duty}`)} · ${post.place}`;
            const mine = post.team.code === team.code;
            return (
              <Card key={post.id} size="small" className="plan-post" title={<h4>{label}</h4>}>
                <p className="muted">{post.team.name}</p>
                <Shifts
                  shifts={post.shifts}
                  members={mine ? team.volunteers : []}
                  postLabel={label}
                  manage={mine}
                />
                {mine ? <ShiftForm postId={post.id} postLabel={label} /> : null}
              </Card>
            );
          })}
          <Collapse
            items={[
              {
                key: 'post',
                label: t('post.new'),
                children: <PostForm activityId={activity.id} teamId={team.id} />,
              },
            ]}
          />
        </>
      ) : null}
    </ListState>
  );
}

/** A post's shifts with headcount, signed up and open places; the team's own ones open to manage. */
function Shifts(props: {
  shifts: readonly RosterShiftFragment[];
  members: readonly RosterMemberFragment[];
  postLabel: string;
  manage: boolean;
}) {
  const { t } = useTranslation('volunteer');
  const desk = useIsDesk();
  const now = useNow();
  const [open, setOpen] = useState<string[]>([]);
  const toggle = (id: string) =>
    setOpen((current) =>
      current.includes(id) ? current.filter((x) => x !== id) : [...current, id],
    );
  const label = (shift: RosterShiftFragment) => `${props.postLabel} · ${shiftTime(shift)}`;
  const people = (shift: RosterShiftFragment) =>
    props.manage ? (
      <Button
        size="small"
        aria-expanded={open.includes(shift.id)}
        aria-label={`${t('shift.manage')}：${label(shift)}`}
        onClick={() => toggle(shift.id)}
      >
        {t('shift.manage')}
      </Button>
    ) : null;
  const members = (shift: RosterShiftFragment) => (
    <ShiftMembers shift={shift} members={props.members} label={label(shift)} now={now} />
  );
  if (props.shifts.length === 0) return <p className="muted">{t('shift.none')}</p>;
  if (desk)
    return (
      <Table<RosterShiftFragment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={[...props.shifts]}
        expandable={{
          expandedRowKeys: open,
          showExpandColumn: false,
          expandedRowRender: (shift) => members(shift),
        }}
        columns={[
          { title: t('shift.time'), key: 'time', render: (_, shift) => shiftTime(shift) },
          { title: t('shift.requiredHeadcount'), dataIndex: 'requiredHeadcount' },
          { title: t('shift.signedUp'), dataIndex: 'signedUpCount' },
          { title: t('shift.openPlaces'), dataIndex: 'openPlaces' },
          { title: t('shift.people'), key: 'people', render: (_, shift) => people(shift) },
        ]}
      />
    );
  return (
    <List<RosterShiftFragment>
      dataSource={[...props.shifts]}
      rowKey="id"
      renderItem={(shift) => (
        <List.Item>
          <div className="plan-shift">
            <div>{shiftTime(shift)}</div>
            <div className="muted">
              {t('shift.counts', {
                required: shift.requiredHeadcount,
                signedUp: shift.signedUpCount,
                open: shift.openPlaces,
              })}
            </div>
            {people(shift)}
            {open.includes(shift.id) ? members(shift) : null}
          </div>
        </List.Item>
      )}
    />
  );
}
