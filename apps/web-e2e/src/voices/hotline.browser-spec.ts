import type { Browser } from 'playwright-core';
import { enterpriseByName } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { signedInPage } from '../volunteer/volunteer-system';

/**
 * A whistle (营商环境吹哨报到热线): the operator files a caller's appeal for any registered enterprise
 * on the same filing page as everyone, with no channel to choose; the appeal comes back with the
 * channel the server set from who filed it, and stands in the operator's own list.
 */
describe('the hotline operator files an appeal', () => {
  const system = webSystem();
  const run = `${Date.now() % 100_000}`;
  const title = `来电：园区路灯不亮 ${run}`; // sample
  const enterprise = enterpriseByName('郑州晨雨食品有限公司');
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

  it('files with the channel set by the server, never chosen', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      seedUser('HOTLINE_OPERATOR'),
      'phone',
      '/appeals/new',
    );
    await page.getByRole('heading', { level: 1, name: '提交诉求' }).waitFor();
    await page.getByText('诉求渠道由系统按您的身份确定，无需选择。').waitFor();
    expect(await page.getByLabel(/渠道/).count()).toBe(0);
    const enterpriseField = page.getByLabel('企业', { exact: true });
    const value = await enterpriseField
      .locator('option', { hasText: enterprise.name })
      .getAttribute('value');
    await enterpriseField.selectOption(value ?? '');
    await page.getByLabel('诉求标题').fill(title);
    await page
      .getByLabel('详细描述')
      .fill('企业来电：园区东门路灯连续一周不亮，夜班员工出行不便。'); // sample
    await page.getByLabel('诉求类别').selectOption({ label: '周边环境与市政设施' });
    await expectAccessible(page);
    await screenshot(page, 'hotline-filing');
    await page.getByRole('button', { name: '提交', exact: true }).click();

    await page.waitForURL((url) => url.pathname === '/appeals');
    const link = page.getByRole('link', { name: title });
    await link.waitFor();
    await link.click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('营商环境吹哨报到热线', { exact: true }).waitFor();
    await page.getByText(enterprise.name).first().waitFor();
    await expectAccessible(page);
  });
});
