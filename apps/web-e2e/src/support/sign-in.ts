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
 * The local provider's sample password (SAMPLE_PASSWORD of libs/shared/feature-oidc-provider, whose
 * index loads the ESM-only oidc-provider package that Jest cannot require).
 */
export const SAMPLE_PASSWORD = 'erqi-dev-only';

/** A person's account at the OpenID provider (the local one: a seed user's login, the sample password). */
export interface ProviderAccount {
  login: string;
  password: string;
}

/**
 * Signs in through the OpenID provider's login page (authorisation code with PKCE), as a person in
 * production would: the app's provider button, the provider's form (#login, #password, #sign-in: the
 * local provider: libs/shared/feature-oidc-provider), back through /sign-in/callback to the app.
 */
export async function signInWithOpenIdProvider(
  page: Page,
  webUrl: string,
  account: ProviderAccount,
  options: {
    /** Runs on the provider's login page before it is filled in (axe, a screenshot). */
    onProviderPage?: (page: Page) => Promise<void>;
  } = {},
): Promise<void> {
  await page.goto(`${webUrl}/sign-in`);
  await page
    .getByRole('button', { name: /^(统一身份认证登录|Sign in with the district account)/ })
    .click();
  await page.waitForURL((url) => url.origin !== new URL(webUrl).origin);
  await page.locator('#login').waitFor();
  await options.onProviderPage?.(page);
  await page.locator('#login').fill(account.login);
  await page.locator('#password').fill(account.password);
  await page.locator('#sign-in').click();
  try {
    await page.waitForURL(
      (url) => url.origin === new URL(webUrl).origin && !url.pathname.startsWith('/sign-in'),
    );
  } catch (error) {
    // Where the flow stopped, and what that page says: a consent step, a refused redirect, a callback error.
    const text = (
      await page
        .locator('body')
        .innerText()
        .catch(() => '')
    ).slice(0, 500);
    throw new Error(
      `the sign-in did not come back to the app; stopped at ${page.url()}:\n${text}`,
      {
        cause: error,
      },
    );
  }
}

/**
 * A development token for a seed user from the system's own gateway (`POST /dev/token`, what the
 * picker asks), so it names the issuer that system trusts (its services are given the provider's).
 */
export async function developmentToken(webUrl: string, user: SeedUser): Promise<string> {
  const response = await fetch(`${webUrl}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ subject: user.subject }),
  });
  if (!response.ok) throw new Error(`/dev/token answered ${response.status} for ${user.name}`);
  return ((await response.json()) as { token: string }).token;
}

/** `Authorization` headers with {@link developmentToken}. */
export async function developmentAuthHeader(
  webUrl: string,
  user: SeedUser,
): Promise<Record<string, string>> {
  return { authorization: `Bearer ${await developmentToken(webUrl, user)}` };
}
