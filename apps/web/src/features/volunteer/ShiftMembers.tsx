import { Alert, Button, Space } from 'antd';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShanghai } from '../../format/time';
import {
  type RosterMemberFragment,
  type RosterShiftFragment,
  useVolunteerCancelMemberMutation,
  useVolunteerCheckInMutation,
  useVolunteerCheckOutMutation,
  useVolunteerSignUpMemberMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { attendanceOf, membersToSignUp } from './plan';

/** One shift's people: who signed up, their 签到/签退, and signing a member up (or off before it starts). */
export function ShiftMembers(props: {
  shift: RosterShiftFragment;
  members: readonly RosterMemberFragment[];
  label: string;
  now: Date;
}) {
  const { shift, members, label, now } = props;
  const { t } = useTranslation('volunteer');
  const id = useId();
  const [chosen, setChosen] = useState('');
  const [done, setDone] = useState<string | undefined>();
  const refetch = { refetchQueries: ['VolunteerActivityPlan'] };
  const [signUp, signedUp] = useVolunteerSignUpMemberMutation(refetch);
  const [cancel, cancelled] = useVolunteerCancelMemberMutation(refetch);
  const [checkIn, checkedIn] = useVolunteerCheckInMutation();
  const [checkOut, checkedOut] = useVolunteerCheckOutMutation();
  const busy = signedUp.loading || cancelled.loading || checkedIn.loading || checkedOut.loading;
  const error = signedUp.error ?? cancelled.error ?? checkedIn.error ?? checkedOut.error;
  const started = new Date(shift.startsAt).getTime() <= now.getTime();
  const candidates = membersToSignUp(members, shift.signUps);

  const run = async (step: () => Promise<unknown>, message: string) => {
    setDone(undefined);
    try {
      await step();
      setDone(message);
    } catch {
      // ActionError says why.
    }
  };

  return (
    <div className="shift-members">
      <ActionError error={error} ns="volunteer" />
      {done && !error ? <Alert role="status" type="success" showIcon title={done} /> : null}
      {shift.signUps.length === 0 ? (
        <p className="muted">{t('shift.nobody')}</p>
      ) : (
        <ul className="shift-people" aria-label={`${t('shift.people')}：${label}`}>
          {shift.signUps.map((signUp) => {
            const person = signUp.volunteer;
            const state = attendanceOf(shift.checkIns, person.id);
            const checkInRow = shift.checkIns.find((row) => row.volunteer.id === person.id);
            const variables = { shiftId: shift.id, volunteerId: person.id };
            return (
              <li key={signUp.id}>
                <span className="shift-person">{person.name}</span>
                <span className={`state-tag ${state === 'notIn' ? '' : 'state-done'}`}>
                  {t(`attendance.${state}`)}
                  {checkInRow ? ` ${formatShanghai(checkInRow.checkedInAt).slice(11)}` : ''}
                  {checkInRow?.checkedOutAt
                    ? ` – ${formatShanghai(checkInRow.checkedOutAt).slice(11)}`
                    : ''}
                </span>
                <Space wrap>
                  {state === 'notIn' ? (
                    <Button
                      type="primary"
                      size="small"
                      disabled={busy}
                      aria-label={`${t('checkIn.in')}：${person.name}`}
                      onClick={() =>
                        void run(
                          () => checkIn({ variables }),
                          `${t('checkIn.done')}：${person.name}`,
                        )
                      }
                    >
                      {t('checkIn.in')}
                    </Button>
                  ) : null}
                  {state === 'in' ? (
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={`${t('checkIn.out')}：${person.name}`}
                      onClick={() =>
                        void run(
                          () => checkOut({ variables }),
                          `${t('checkIn.outDone')}：${person.name}`,
                        )
                      }
                    >
                      {t('checkIn.out')}
                    </Button>
                  ) : null}
                  {!started && state === 'notIn' ? (
                    <Button
                      size="small"
                      disabled={busy}
                      aria-label={`${t('signUp.cancel')}：${person.name}`}
                      onClick={() =>
                        void run(
                          () => cancel({ variables }),
                          `${t('signUp.cancelled')}：${person.name}`,
                        )
                      }
                    >
                      {t('signUp.cancel')}
                    </Button>
                  ) : null}
                </Space>
              </li>
            );
          })}
        </ul>
      )}
      {!started && candidates.length > 0 ? (
        <div className="shift-sign-up">
          <label htmlFor={`${id}-member`}>{t('signUp.member')}</label>
          <select
            id={`${id}-member`}
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
          >
            <option value="">{t('signUp.choose')}</option>
            {candidates.map((member) => (
              <option key={member.id} value={member.id}>
                {member.name}
              </option>
            ))}
          </select>
          <Button
            disabled={busy || chosen === ''}
            onClick={() =>
              void run(
                async () => {
                  await signUp({ variables: { shiftId: shift.id, volunteerId: chosen } });
                  setChosen('');
                },
                `${t('signUp.done')}：${members.find((m) => m.id === chosen)?.name ?? ''}`,
              )
            }
          >
            {t('signUp.add')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
