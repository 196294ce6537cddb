import type { Page } from 'playwright-core';
import { type SeedUser, seedUsers } from '@erqi/shared/util-seed-fixtures';

/** Who signs in: the first seed user of a role, or one chosen by subject. */
export type Who = SeedUser['role'] | { subject: string };

export function seedUserFor(who: Who): SeedUser {
  const user = seedUsers.find((candidate) =>
    typeof who === 'string' ? candidate.role === who : candidate.subject === who.subject,
  );
  if (!user) throw new RangeError(`no seed user ${JSON.stringify(who)}`);
  return user;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The picker's button for a user, in either language ("以 … 的身份登录", "Sign in as …"). */
export function signInAsButtonName(name: string): RegExp {
  return new RegExp(`^(以 ${escape(name)} 的身份登录|Sign in as ${escape(name)})$`);
}

/**
 * Signs in through the development picker (the gateway's /dev routes; never in production): opens
 * /sign-in, presses the user's button and waits until the app has left the sign-in page.
 */
export async function signInWithDevelopmentPicker(
  page: Page,
  webUrl: string,
  who: Who,
): Promise<SeedUser> {
  const user = seedUserFor(who);
  await page.goto(`${webUrl}/sign-in`);
  await page.getByRole('button', { name: signInAsButtonName(user.name) }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return user;
}

/**
 * Signs in through the local OpenID provider's login page (authorisation code with PKCE), as a person
 * in production would. The hook for branch `oidc`: its provider's login page and the web app's
 * callback route land there; until then this says so.
 */
export async function signInWithOpenIdProvider(
  _page: Page,
  _webUrl: string,
  who: Who,
): Promise<SeedUser> {
  throw new Error(
    `signing ${JSON.stringify(who)} in through the OpenID provider needs the provider's login page (branch oidc): not wired yet`,
  );
}
