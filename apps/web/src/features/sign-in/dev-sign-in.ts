import type { Role } from '../../auth/claims';

/** A seed user the development picker offers (the gateway's `/dev/seed-users`, development only). */
export interface SeedUserChoice {
  subject: string;
  role: Role;
  name: string;
}

export async function fetchSeedUsers(fetchImpl: typeof fetch = fetch): Promise<SeedUserChoice[]> {
  const response = await fetchImpl('/dev/seed-users', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`/dev/seed-users answered ${response.status}`);
  return (await response.json()) as SeedUserChoice[];
}

/** A development token for the seed user, as `npm run token` would sign it. */
export async function fetchDevelopmentToken(
  subject: string,
  fetchImpl: typeof fetch = fetch,
): Promise<string> {
  const response = await fetchImpl('/dev/token', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject }),
  });
  if (!response.ok) throw new Error(`/dev/token answered ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  return token;
}
