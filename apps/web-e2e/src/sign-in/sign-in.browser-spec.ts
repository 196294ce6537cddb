import type { Browser } from 'playwright-core';
import { expectAccessible } from '../support/accessibility';
import { type DeviceName, launchBrowser, openPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { signInAsButtonName, signInWithDevelopmentPicker } from '../support/sign-in';
import { webSystem } from '../support/system-file';
import { seedUsers } from '@erqi/shared/util-seed-fixtures';

/** Anyone opening the app: the sign-in page in their language, then their own home. */
describe('sign-in', () => {
  const { webUrl } = webSystem();
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  it.each<DeviceName>(['phone', 'desk'])(
    'shows the sign-in page in Chinese with every seed user to pick (%s)',
    async (device) => {
      const opened = await openPage(browser, device);
      const { page } = opened;
      await page.goto(`${webUrl}/`);
      // Not signed in: any address leads to the sign-in page.
      await page.waitForURL(`${webUrl}/sign-in`);
      expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
      await page.getByRole('heading', { level: 1, name: '二七区网格治理' }).waitFor();
      await page.getByRole('heading', { name: '开发环境：选择种子用户' }).waitFor();
      for (const user of seedUsers)
        await page.getByRole('button', { name: signInAsButtonName(user.name) }).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'sign-in');
      await opened.close();
    },
  );

  it('switches the sign-in page to English', async () => {
    const opened = await openPage(browser, 'phone');
    const { page } = opened;
    await page.goto(`${webUrl}/sign-in`);
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Erqi Grid Governance' }).waitFor();
    await page.getByRole('heading', { name: 'Development: pick a seed user' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const worker = seedUsers.find((user) => user.role === 'GRID_WORKER');
    await page.getByRole('button', { name: `Sign in as ${worker?.name ?? ''}` }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'sign-in-en');
    await opened.close();
  });

  it.each<DeviceName>(['phone', 'desk'])(
    'signs the grid worker in with the development picker and lands on their home (%s)',
    async (device) => {
      const opened = await openPage(browser, device);
      const { page } = opened;
      const worker = await signInWithDevelopmentPicker(page, webUrl, 'GRID_WORKER');
      expect(new URL(page.url()).pathname).toBe('/');
      await page.getByRole('heading', { level: 1, name: `您好，${worker.name}` }).waitFor();
      await page.getByText('网格员', { exact: true }).first().waitFor();
      await page.getByRole('navigation', { name: '主导航' }).waitFor();
      // A fresh page of the same browser context stays signed in (the token is kept on the device).
      await page.reload();
      await page.getByRole('heading', { level: 1, name: `您好，${worker.name}` }).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'home-grid-worker');
      await opened.close();
    },
  );
});
