import { channelOfRole } from '@erqi/appeal/util-contract';
import { Role, type UserCaller } from '@erqi/shared/util-auth';
import { BadUserInput, Forbidden } from '@erqi/shared/util-errors';
import type { AppealChannel } from '../appeal/appeal.enums';
import type { DirectoryEnterprise } from '../enterprise/enterprise-directory';
import type { LeaderLiaisons } from '../enterprise/leader-liaisons';

/**
 * The channel an appeal enters through: the filer's own (util-contract's `channelOfEntry` table),
 * never what the input claims. `channel` in the input is kept for older clients: the filer's own
 * channel or nothing; any other is refused. ADMIN files on behalf of any way in (an office typing
 * in a letter or a call), so it names the channel, and only ADMIN may.
 */
export function filingChannel(
  user: UserCaller,
  claimed: AppealChannel | null | undefined,
): AppealChannel {
  const own = channelOfRole(user.role);
  if (own === null) {
    if (!claimed) throw new BadUserInput('channel', 'Name the channel the appeal arrived through');
    return claimed;
  }
  if (claimed && claimed !== own)
    throw new BadUserInput(
      'channel',
      `A ${user.role} files appeals through ${own}, not ${claimed}; leave channel out`,
    );
  return own;
}

/**
 * Who may file for which enterprise: an enterprise and an experience officer (体验官) for their own,
 * a grid worker for its cells' enterprises (the directory's cell, not the caller's word), a leader for
 * the enterprises it liaises with (领导联系), the whistles that collect from all — deputies, street
 * collectors, hotline operators — and ADMIN for any registered enterprise.
 */
export async function requireMayFileFor(
  user: UserCaller,
  enterprise: DirectoryEnterprise,
  liaisons: LeaderLiaisons,
): Promise<void> {
  switch (user.role) {
    case Role.ENTERPRISE:
    case Role.EXPERIENCE_OFFICER:
      if (user.enterpriseId !== enterprise.id)
        throw new Forbidden(`A ${user.role} files appeals only for its own enterprise`);
      return;
    case Role.GRID_WORKER:
      if (!(user.gridCellIds ?? []).includes(enterprise.gridCellId))
        throw new Forbidden('A grid worker files appeals only for enterprises in their own cells');
      return;
    case Role.LEADER:
      if (!(await liaisons.liaisesWith(user.subject, enterprise.id)))
        throw new Forbidden('A leader files appeals only for the enterprises it liaises with');
      return;
    default:
      return;
  }
}
