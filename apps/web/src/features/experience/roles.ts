import type { Role } from '../../auth/claims';

/** Who reads 吐槽大会 sessions and their reports (the server filters an officer's to those it attended). */
export const SESSION_READERS: readonly Role[] = [
  'ADMIN',
  'SUPERVISOR',
  'LEADER',
  'EXPERIENCE_OFFICER',
];
/** The office: sets sessions up and records their complaints. */
export const ORGANISERS: readonly Role[] = ['ADMIN'];
/** Who may open a complaint's appeal from the report (a LEADER reads only its ledger's). */
export const APPEAL_READERS: readonly Role[] = ['ADMIN', 'SUPERVISOR'];
