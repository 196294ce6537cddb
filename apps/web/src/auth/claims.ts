/** The roles of the platform, as the gateway's tokens name them (libs/shared/util-auth `Role`). */
export const ROLES = [
  'ENTERPRISE',
  'GRID_WORKER',
  'DEPARTMENT_STAFF',
  'VOLUNTEER_LEAD',
  'VOLUNTEER',
  'SUPERVISOR',
  'DEPUTY',
  'STREET_COLLECTOR',
  'HOTLINE_OPERATOR',
  'EXPERIENCE_OFFICER',
  'ADVISER',
  'DISCIPLINE_OFFICER',
  'LEADER',
  'COMMUNITY_STAFF',
  'RESIDENT',
  'ADMIN',
] as const;
export type Role = (typeof ROLES)[number];

/** Who is signed in, read from the token (the gateway verifies it; the app only decides what to show). */
export interface Claims {
  subject: string;
  role: Role;
  name?: string;
  /** ENTERPRISE: the enterprise they act for. */
  enterpriseId?: string;
  /** GRID_WORKER: their cells. */
  gridCellIds?: string[];
  /** DEPARTMENT_STAFF: their department. */
  departmentCode?: string;
  /** VOLUNTEER_LEAD and VOLUNTEER: their team. */
  teamCode?: string;
  /** VOLUNTEER: the volunteer they are. */
  volunteerId?: string;
  /** COMMUNITY_STAFF: the region code of their community. */
  communityCode?: string;
  /** RESIDENT: the resident they are. */
  residentId?: string;
  /** Seconds since the epoch. */
  expiresAt?: number;
}

function base64UrlDecode(part: string): string {
  const base64 = part.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const bytes = Uint8Array.from(atob(padded), (char) => char.charCodeAt(0));
  return new TextDecoder().decode(bytes);
}

const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (ROLES as readonly string[]).includes(value);

/** The claims of a JWT, or undefined when it is not one of ours (no subject or no known role). */
export function claimsOf(token: string): Claims | undefined {
  const payload = token.split('.')[1];
  if (!payload) return undefined;
  let parsed: Record<string, unknown>;
  try {
    parsed = JSON.parse(base64UrlDecode(payload)) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const text = (key: string): string | undefined =>
    typeof parsed[key] === 'string' ? (parsed[key] as string) : undefined;
  const subject = text('sub');
  const role = parsed['role'];
  if (!subject || !isRole(role)) return undefined;
  const cells = parsed['grid_cell_ids'];
  const name = text('name');
  const enterpriseId = text('enterprise_id');
  const departmentCode = text('department_code');
  const teamCode = text('team_code');
  const volunteerId = text('volunteer_id');
  const communityCode = text('community_code');
  const residentId = text('resident_id');
  const exp = parsed['exp'];
  return {
    subject,
    role,
    ...(name ? { name } : {}),
    ...(enterpriseId ? { enterpriseId } : {}),
    ...(Array.isArray(cells)
      ? { gridCellIds: cells.filter((cell): cell is string => typeof cell === 'string') }
      : {}),
    ...(departmentCode ? { departmentCode } : {}),
    ...(teamCode ? { teamCode } : {}),
    ...(volunteerId ? { volunteerId } : {}),
    ...(communityCode ? { communityCode } : {}),
    ...(residentId ? { residentId } : {}),
    ...(typeof exp === 'number' ? { expiresAt: exp } : {}),
  };
}

/** True once the token's expiry has passed (with a minute's margin for clocks that disagree). */
export function isExpired(claims: Claims, nowMs: number): boolean {
  return claims.expiresAt !== undefined && claims.expiresAt * 1000 - 60_000 <= nowMs;
}
