import type { Browser } from 'playwright-core';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { signedInPage } from '../volunteer/volunteer-system';

/**
 * 八卦庙社区 against the running system: the staff member sees the members with the 征迁 figures and
 * pays the month's elder allowance (a second run pays no one twice); the resident opens its own
 * household and sees what the community paid it.
 */
describe('the community’s screens', () => {
  const system = webSystem();
  const staff = seedUser('COMMUNITY_STAFF');
  const resident = seedUser('RESIDENT');
  let browser: Browser;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    while (opened.length > 0) await opened.pop()?.close();
  });

  it('shows staff the households, wherever they live, with the relocation figures', async () => {
    const page = await signedInPage(browser, system, opened, staff, 'desk', '/community/members');
    await page.getByRole('heading', { level: 1, name: '社区成员' }).waitFor();
    await page.getByTestId('relocation-figures').filter({ hasText: '已征迁 558 户' }).waitFor();
    await page.getByText('BGM-0001').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'community-members');
  });

  it('pays the month’s allowance once, however often staff press the button', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      staff,
      'phone',
      '/community/allowance',
    );
    await page.getByRole('heading', { level: 1, name: '高龄补贴发放' }).waitFor();
    const pay = page.getByRole('button', { name: '发放本月补贴' });
    await pay.click();
    await page.getByRole('status').filter({ hasText: '本次新发放' }).waitFor();
    await page.getByTestId('allowance-total').filter({ hasText: '每人每月 100 元' }).waitFor();
    await pay.click();
    await page.getByRole('status').filter({ hasText: '本次新发放 0 人' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'community-allowance');
  });

  it('shows the resident its own household and what the community paid it', async () => {
    const page = await signedInPage(browser, system, opened, resident, 'phone', '/my/household');
    await page.getByRole('heading', { level: 1, name: '我的家庭' }).waitFor();
    await page.getByText('BGM-0001').waitFor();
    await page.getByTestId('ledger-total').filter({ hasText: '社区累计发放' }).waitFor();
    await expectAccessible(page);
  });
});
