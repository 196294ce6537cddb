import type { Browser } from 'playwright-core';
import { enterprises } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { signedInPage } from '../volunteer/volunteer-system';

/**
 * 万人助万企 on the grid worker's phone against the running system: logs a visit with two needs heard,
 * turns one into an appeal in one step, and sees the appeal's progress on the visit once the appeal
 * service has filed it (an event across the broker), then opens the appeal itself.
 */
describe('the grid worker’s visit becomes an appeal', () => {
  const system = webSystem();
  const worker = seedUser('GRID_WORKER');
  const enterprise = enterprises.find((candidate) =>
    worker.gridCellIds?.includes(candidate.gridCellId),
  );
  const run = `${Date.now() % 100_000}`;
  const need = `厂区北门外路灯不亮 ${run}`; // sample
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

  it('logs a visit, raises a need and follows the appeal it became', async () => {
    if (!enterprise) throw new Error('the seed gives the grid worker no enterprise');
    const page = await signedInPage(browser, system, opened, worker, 'phone', '/visits');
    await page.getByRole('heading', { level: 1, name: '万人助万企 走访' }).waitFor();

    const form = page.getByRole('form', { name: '登记走访' });
    // Refused before anything is sent: no enterprise chosen.
    await form.getByRole('button', { name: '保存走访' }).click();
    await form.getByText('请选择走访的企业').waitFor();
    await form.getByText(enterprise.name, { exact: true }).click();
    await form.getByLabel('走访情况').fill(`了解生产经营情况 ${run}`);
    await form.getByLabel('企业诉求').fill(`${need}\n希望了解稳岗补贴申报`);
    await expectAccessible(page);
    await screenshot(page, 'visit-log');
    await form.getByRole('button', { name: '保存走访' }).click();

    await page.getByRole('heading', { level: 1, name: '走访详情' }).waitFor();
    const needs = page.locator('.visit-detail');
    await needs.getByText(`1. ${need}`).waitFor();
    await page.getByRole('button', { name: `转为诉求：${need}` }).click();
    // The appeal service files it (an event away) and the visit shows its progress.
    await needs.getByText('诉求进度：待受理').waitFor({ timeout: 60_000 });
    // The other need is still only heard.
    await page.getByRole('button', { name: '转为诉求：希望了解稳岗补贴申报' }).waitFor();
    // One need became an appeal, the other was only heard.
    expect(await needs.getByText('诉求进度：').count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'visit-detail');

    await needs.getByRole('link', { name: '查看诉求' }).click();
    await page.getByText(need).first().waitFor();
    await page.getByText('万人助万企走访').first().waitFor();
  });
});
