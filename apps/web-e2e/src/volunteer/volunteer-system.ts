import type { Browser, Page } from 'playwright-core';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import type { SeedUser } from '@erqi/shared/util-seed-fixtures';
import { type DeviceName, openPage, type OpenedPage } from '../support/browser';
import { developmentAuthHeader, developmentToken } from '../support/sign-in';
import type { WebSystem } from '../support/system-file';

/** `YYYY-MM-DD` in Asia/Shanghai, `days` from now. */
export function shanghaiDate(days = 0, from = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(from.getTime() + days * 86_400_000),
  );
}

/** A `datetime-local` value (`YYYY-MM-DDTHH:mm`) in Asia/Shanghai for an instant. */
export function shanghaiLocal(at: Date): string {
  return new Date(at.getTime() + 8 * 3_600_000).toISOString().slice(0, 16);
}

/** Steps other people take through the gateway (as their own apps would), each failing loudly. */
export function gatewayAs(system: WebSystem) {
  return async function gql<T>(
    user: SeedUser,
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<T> {
    const { body } = await postGraphQL<T>(
      system.gatewayUrl,
      query,
      variables,
      await developmentAuthHeader(system.webUrl, user),
    );
    if (body.errors) throw new Error(`${query.slice(0, 60)}…: ${JSON.stringify(body.errors)}`);
    return body.data as T;
  };
}

/** Asks until `probe` finds something (an event travelling the broker), for at most a minute. */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error(`waited a minute for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/** A page signed in as the seed user (the token the development sign-in would store). */
export async function signedInPage(
  browser: Browser,
  system: WebSystem,
  opened: OpenedPage[],
  user: SeedUser,
  device: DeviceName,
  path: string,
): Promise<Page> {
  const page = await openPage(browser, device, { baseURL: system.webUrl });
  opened.push(page);
  const token = await developmentToken(system.webUrl, user);
  await page.context.addInitScript((value) => localStorage.setItem('erqi.token', value), token);
  await page.page.goto(path);
  return page.page;
}
