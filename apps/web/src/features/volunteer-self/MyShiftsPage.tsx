import { Button, List } from 'antd-mobile';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListState } from '../../app/ui/ListState';
import { useClaims } from '../../auth/session';
import {
  type MyShiftsQuery,
  MyShiftsDocument,
  useMyCancelSignUpMutation,
  useMyCheckInMutation,
  useMyCheckOutMutation,
  useMyShiftsQuery,
  useMySignUpMutation,
} from '../../graphql/generated';
import { ActionError } from '../department/ActionError';
import { useNow } from '../department/use-now';
import { attendanceStep, canCancel, myUpcoming, openToSignUp, teamShifts } from './my-shifts';
import { postLabel, shiftTime } from './shift-label';
import '../volunteer/volunteer.css';
import './volunteer-self.css';

type Activity = MyShiftsQuery['volunteerActivities']['nodes'][number];
type Row = {
  shift: Activity['posts'][number]['shifts'][number];
  post: Activity['posts'][number];
  activity: Activity;
};

/** 我的班次: my sign-ups with 签到/签退 when the window is open, and my team's shifts with places left. */
export function MyShiftsPage() {
  const { t } = useTranslation('volunteerSelf');
  const { teamCode } = useClaims();
  const now = useNow(30_000);
  const { data, loading, error, refetch } = useMyShiftsQuery();
  const [done, setDone] = useState<string | undefined>();
  const refetchShifts = {
    refetchQueries: [{ query: MyShiftsDocument }],
    awaitRefetchQueries: true,
  };
  const [signUp, signedUp] = useMySignUpMutation(refetchShifts);
  const [cancel, cancelled] = useMyCancelSignUpMutation(refetchShifts);
  const [checkIn, checkedIn] = useMyCheckInMutation();
  const [checkOut, checkedOut] = useMyCheckOutMutation();
  const busy = signedUp.loading || cancelled.loading || checkedIn.loading || checkedOut.loading;
  const failure = signedUp.error ?? cancelled.error ?? checkedIn.error ?? checkedOut.error;

  const rows: Row[] = teamShifts(
    data?.volunteerActivities.nodes ?? [],
    data?.myVolunteer.team.code ?? teamCode,
  );
  const mine = myUpcoming(rows, now);
  const open = openToSignUp(rows, now);
  const label = (row: Row) => `${postLabel(t, row.post)} · ${shiftTime(row.shift)}`;

  const run = async (step: () => Promise<unknown>, message: string) => {
    setDone(undefined);
    try {
      await step();
      setDone(message);
    } catch {
      // ActionError says why.
    }
  };

  const attendance = (row: Row) => {
    const step = attendanceStep(row.shift, now);
    const variables = { shiftId: row.shift.id };
    if (step === 'checkIn')
      return (
        <Button
          color="primary"
          size="small"
          disabled={busy}
          aria-label={`${t('checkIn')}：${label(row)}`}
          onClick={() => void run(() => checkIn({ variables }), `${t('checkedIn')}：${label(row)}`)}
        >
          {t('checkIn')}
        </Button>
      );
    if (step === 'checkOut')
      return (
        <Button
          color="primary"
          size="small"
          disabled={busy}
          aria-label={`${t('checkOut')}：${label(row)}`}
          onClick={() =>
            void run(() => checkOut({ variables }), `${t('checkedOut')}：${label(row)}`)
          }
        >
          {t('checkOut')}
        </Button>
      );
    return null;
  };

  return (
    <section className="page volunteer-self">
      <h1>{t('shifts.title')}</h1>
      <p className="muted">{data?.myVolunteer.team.name}</p>
      <ActionError error={failure} ns="volunteerSelf" />
      {done && !failure ? (
        <p role="status" className="action-done">
          {done}
        </p>
      ) : null}
      <ListState loading={loading} error={error} empty={!data} onRetry={() => void refetch()}>
        <h2>{t('shifts.mine')}</h2>
        {mine.length === 0 ? (
          <p className="muted">{t('shifts.noneMine')}</p>
        ) : (
          <List>
            {mine.map((row) => (
              <List.Item
                key={row.shift.id}
                title={row.activity.name}
                description={
                  <>
                    <div>{shiftTime(row.shift)}</div>
                    {row.shift.myCheckIn ? (
                      <span className="state-tag state-done">
                        {row.shift.myCheckIn.checkedOutAt ? t('state.out') : t('state.in')}
                      </span>
                    ) : null}
                  </>
                }
                extra={
                  <div className="volunteer-actions">
                    {attendance(row)}
                    {canCancel(row.shift, now) ? (
                      <Button
                        size="small"
                        disabled={busy}
                        aria-label={`${t('cancel')}：${label(row)}`}
                        onClick={() =>
                          void run(
                            () => cancel({ variables: { shiftId: row.shift.id } }),
                            `${t('cancelled')}：${label(row)}`,
                          )
                        }
                      >
                        {t('cancel')}
                      </Button>
                    ) : null}
                  </div>
                }
              >
                {postLabel(t, row.post)}
              </List.Item>
            ))}
          </List>
        )}
        <h2>{t('shifts.open')}</h2>
        {open.length === 0 ? (
          <p className="muted">{t('shifts.noneOpen')}</p>
        ) : (
          <List>
            {open.map((row) => (
              <List.Item
                key={row.shift.id}
                title={row.activity.name}
                description={
                  <>
                    <div>{shiftTime(row.shift)}</div>
                    <div>
                      {t('shifts.places', {
                        open: row.shift.openPlaces,
                        required: row.shift.requiredHeadcount,
                      })}
                    </div>
                  </>
                }
                extra={
                  <Button
                    color="primary"
                    size="small"
                    disabled={busy}
                    aria-label={`${t('signUp')}：${label(row)}`}
                    onClick={() =>
                      void run(
                        () => signUp({ variables: { shiftId: row.shift.id } }),
                        `${t('signedUp')}：${label(row)}`,
                      )
                    }
                  >
                    {t('signUp')}
                  </Button>
                }
              >
                {postLabel(t, row.post)}
              </List.Item>
            ))}
          </List>
        )}
      </ListState>
    </section>
  );
}
