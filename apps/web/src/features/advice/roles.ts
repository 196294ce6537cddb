import type { Role } from '../../auth/claims';

/** Who reads advice notes (the API scopes them: an ADVISER its own, a department's desk its own). */
export const ADVICE_READERS: readonly Role[] = [
  'ADVISER',
  'DEPARTMENT_STAFF',
  'ADMIN',
  'SUPERVISOR',
  'LEADER',
];
