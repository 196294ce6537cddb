import { type CallerClaims, issueDevelopmentToken, type Role } from '@erqi/shared/util-auth';
import { type SeedUser, seedUsers } from '@erqi/shared/util-seed-fixtures';

/** The seed user of a role (the first one, or the one `pick` chooses). */
export function seedUser(
  role: SeedUser['role'],
  pick: (user: SeedUser) => boolean = () => true,
): SeedUser {
  const user = seedUsers.find((candidate) => candidate.role === role && pick(candidate));
  if (!user) throw new RangeError(`No seed user with role ${role}`);
  return user;
}

/** A development token for a seed user, signed with the local key (`npm run token`, tests). */
export function tokenForSeedUser(
  user: SeedUser,
  options: { expiresIn?: string } = {},
): Promise<string> {
  const claims: CallerClaims = {
    role: user.role as Role,
    name: user.name,
    ...(user.enterpriseId ? { enterprise_id: user.enterpriseId } : {}),
    ...(user.gridCellIds ? { grid_cell_ids: user.gridCellIds } : {}),
    ...(user.departmentCode ? { department_code: user.departmentCode } : {}),
    ...(user.teamCode ? { team_code: user.teamCode } : {}),
    ...(user.volunteerId ? { volunteer_id: user.volunteerId } : {}),
    ...(user.communityCode ? { community_code: user.communityCode } : {}),
    ...(user.residentId ? { resident_id: user.residentId } : {}),
  };
  return issueDevelopmentToken(user.subject, claims, options);
}

/** `Authorization` headers for a seed user, signed with the development key, as `npm run token` would. */
export async function authHeaderFor(
  user: SeedUser,
  options: { expiresIn?: string } = {},
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await tokenForSeedUser(user, options)}` };
}
