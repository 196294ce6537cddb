/**
 * 我的班次: which of the team's shifts a volunteer may still sign up for, its own ones to come, and
 * whether 签到/签退 is open now. The server decides in the end; these only choose what to show.
 */

/** The check-in grace the server allows by default (VOLUNTEER_CHECK_IN_GRACE_MINUTES). */
export const CHECK_IN_GRACE_MINUTES = 30;

export interface ShiftLike {
  id: string;
  startsAt: string;
  endsAt: string;
  openPlaces: number;
  mySignUp: { id: string } | null;
  myCheckIn: { checkedInAt: string; checkedOutAt: string | null } | null;
}

interface PostLike<S> {
  id: string;
  team: { code: string };
  shifts: readonly S[];
}

interface ActivityLike<P> {
  id: string;
  name: string;
  posts: readonly P[];
}

/** One shift with the post and activity it belongs to. */
export interface ShiftRow<S, P, A> {
  shift: S;
  post: P;
  activity: A;
}

const ms = (iso: string) => new Date(iso).getTime();
const byStart = <S extends ShiftLike>(a: { shift: S }, b: { shift: S }) =>
  ms(a.shift.startsAt) - ms(b.shift.startsAt);

/** The shifts of the team's posts across the activities, in the order they start. */
export function teamShifts<S extends ShiftLike, P extends PostLike<S>, A extends ActivityLike<P>>(
  activities: readonly A[],
  teamCode: string | undefined,
): ShiftRow<S, P, A>[] {
  return activities
    .flatMap((activity) =>
      activity.posts
        .filter((post) => post.team.code === teamCode)
        .flatMap((post) => post.shifts.map((shift) => ({ shift, post, activity }))),
    )
    .sort(byStart);
}

/** Shifts still to start, with places open, that I have not signed up for. */
export function openToSignUp<R extends { shift: ShiftLike }>(rows: readonly R[], now: Date): R[] {
  return rows.filter(
    (row) =>
      ms(row.shift.startsAt) > now.getTime() && row.shift.openPlaces > 0 && !row.shift.mySignUp,
  );
}

/** My sign-ups not yet over (a shift stays here until its check-out window closes). */
export function myUpcoming<R extends { shift: ShiftLike }>(
  rows: readonly R[],
  now: Date,
  graceMinutes = CHECK_IN_GRACE_MINUTES,
): R[] {
  const grace = graceMinutes * 60_000;
  return rows.filter(
    (row) => row.shift.mySignUp !== null && ms(row.shift.endsAt) + grace > now.getTime(),
  );
}

/** The attendance step open now: 签到 from start − grace to the end, 签退 until end + grace. */
export function attendanceStep(
  shift: ShiftLike,
  now: Date,
  graceMinutes = CHECK_IN_GRACE_MINUTES,
): 'checkIn' | 'checkOut' | undefined {
  if (!shift.mySignUp) return undefined;
  const grace = graceMinutes * 60_000;
  const at = now.getTime();
  if (!shift.myCheckIn) {
    return at >= ms(shift.startsAt) - grace && at <= ms(shift.endsAt) ? 'checkIn' : undefined;
  }
  if (shift.myCheckIn.checkedOutAt) return undefined;
  return at <= ms(shift.endsAt) + grace ? 'checkOut' : undefined;
}

/** A sign-up may be cancelled until the shift starts. */
export function canCancel(shift: ShiftLike, now: Date): boolean {
  return shift.mySignUp !== null && !shift.myCheckIn && ms(shift.startsAt) > now.getTime();
}
