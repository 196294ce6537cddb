import { timingSafeEqual } from 'node:crypto';
import { type SeedUser, seedUsers } from '@erqi/shared/util-seed-fixtures';

/**
 * The one password every seed user signs in with on the local provider. A SAMPLE for development and
 * tests only: the local provider serves only the seed users and is never part of a deployment.
 */
export const SAMPLE_PASSWORD = 'erqi-dev-only';

/** A seed user's claims as our tokens carry them (libs/shared/util-auth `CallerClaims`). */
export function claimsOf(user: SeedUser): Record<string, unknown> {
  return {
    role: user.role,
    name: user.name,
    ...(user.enterpriseId ? { enterprise_id: user.enterpriseId } : {}),
    ...(user.gridCellIds ? { grid_cell_ids: user.gridCellIds } : {}),
    ...(user.departmentCode ? { department_code: user.departmentCode } : {}),
    ...(user.teamCode ? { team_code: user.teamCode } : {}),
    ...(user.volunteerId ? { volunteer_id: user.volunteerId } : {}),
    ...(user.communityCode ? { community_code: user.communityCode } : {}),
    ...(user.residentId ? { resident_id: user.residentId } : {}),
  };
}

export function seedUserBySubject(subject: string): SeedUser | undefined {
  return seedUsers.find((user) => user.subject === subject);
}

const samePassword = (given: string): boolean => {
  const [a, b] = [Buffer.from(given), Buffer.from(SAMPLE_PASSWORD)];
  return a.length === b.length && timingSafeEqual(a, b);
};

/** The seed user a login and password sign in; one answer for both mistakes, as a real provider gives. */
export function authenticate(login: string, password: string): SeedUser | undefined {
  const user = seedUsers.find(
    (candidate) => candidate.login !== undefined && candidate.login === login.trim(),
  );
  return user && samePassword(password) ? user : undefined;
}
