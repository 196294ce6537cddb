import type { Browser } from 'playwright-core';
import { seedUsers } from '@erqi/shared/util-seed-fixtures';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, openPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { SAMPLE_PASSWORD, signInWithOpenIdProvider } from '../support/sign-in';
import { webSystem } from '../support/system-file';

/**
 * Signing in as in production: the app's provider button, the OpenID provider's own login page (the
 * local one), back through /sign-in/callback with an authorisation code (PKCE) to the role's home.
 */
describe('sign-in through the OpenID provider', () => {
  const { webUrl } = webSystem();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  function seedLogin(login: string): { login: string; name: string } {
    const user = seedUsers.find((candidate) => candidate.login === login);
    if (!user?.login) throw new RangeError(`no seed user with login ${login}`);
    return { login: user.login, name: user.name };
  }

  it('signs the grid worker in on the provider’s page (phone) and lands on their home', async () => {
    const opened = await openPage(browser, 'phone');
    const { page } = opened;
    const worker = seedLogin('grid-worker');
    await signInWithOpenIdProvider(
      page,
      webUrl,
      { login: worker.login, password: SAMPLE_PASSWORD },
      {
        onProviderPage: async (providerPage) => {
          await providerPage.getByRole('heading', { level: 1, name: /登录/ }).waitFor();
          await expectAccessible(providerPage);
          await screenshot(providerPage, 'oidc-sign-in');
        },
      },
    );
    await page.getByRole('heading', { level: 1, name: `您好，${worker.name}` }).waitFor();
    // The token came from the provider's token endpoint, not from the development routes.
    expect(opened.requests.all.some((url) => url.includes('/dev/token'))).toBe(false);
    expect(opened.requests.all.some((url) => /\/token$/.test(url))).toBe(true);
    await expectAccessible(page);
    await opened.close();
  });

  it('signs the urban-management staff in (desk): their name in the header, their desk in the menu', async () => {
    const opened = await openPage(browser, 'desk');
    const { page } = opened;
    const staff = seedLogin('staff-urban');
    await signInWithOpenIdProvider(page, webUrl, { login: staff.login, password: SAMPLE_PASSWORD });
    await page.getByRole('heading', { level: 1, name: `您好，${staff.name}` }).waitFor();
    await page.locator('.desk-header').getByText(staff.name, { exact: true }).waitFor();
    await page.locator('.desk-header').getByText('部门工作人员').waitFor();
    expect(opened.requests.all.some((url) => url.includes('/dev/token'))).toBe(false);
    await opened.close();
  });

  it('keeps a person on the provider’s page with a message when the password is wrong', async () => {
    const opened = await openPage(browser, 'phone');
    const { page } = opened;
    await page.goto(`${webUrl}/sign-in`);
    await page
      .getByRole('button', { name: /^(统一身份认证登录|Sign in with the district account)/ })
      .click();
    await page.locator('#login').fill('staff-urban');
    await page.locator('#password').fill('not-the-password');
    await page.locator('#sign-in').click();
    await page.getByRole('alert').filter({ hasText: '账号或密码不正确' }).waitFor();
    expect(new URL(page.url()).origin).not.toBe(new URL(webUrl).origin);
    await opened.close();
  });
});
