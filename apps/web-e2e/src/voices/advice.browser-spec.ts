import type { Browser } from 'playwright-core';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { signedInPage } from '../volunteer/volunteer-system';

/**
 * 顾问团 advice: an adviser writes to 市场监管局 with a due date; the department's desk finds it
 * awaiting a written response, cannot send an empty one, answers it; the adviser sees the answer.
 */
describe('a 顾问团 advice note and its written response', () => {
  const system = webSystem();
  const run = `${Date.now() % 100_000}`;
  const title = `关于推行“证照联办”的建议 ${run}`; // sample
  const answer = `已牵头制定证照联办清单，下月起在政务服务中心试行。${run}`; // sample
  const marketStaff = seedUser(
    'DEPARTMENT_STAFF',
    (user) => user.departmentCode === 'MARKET_REGULATION',
  );
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

  it('lets an adviser write a note to a department with a due date', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      seedUser('ADVISER'),
      'desk',
      '/advice',
    );
    await page.getByRole('heading', { level: 1, name: '顾问团建议' }).waitFor();
    await page.getByLabel('致部门').selectOption({ label: '二七区市场监督管理局' });
    await page.getByLabel('建议标题').fill(title);
    await page.getByLabel('建议内容').fill('企业开办涉及的多个许可可合并一次申报、并联审批。'); // sample
    // The suggested due date (two days on, 18:00) is kept.
    await page.getByRole('button', { name: '提交建议' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已提交：${title}` })
      .waitFor();
    const card = page
      .locator('.ant-card')
      .filter({ has: page.locator('.ant-card-head-title', { hasText: title }) });
    await card.getByText('待答复').waitFor();
    await card.getByText('致 二七区市场监督管理局').waitFor();
    // The author by name, not by its role code.
    expect(await card.textContent()).not.toContain('ADVISER:');
    await card.getByText('按时').waitFor();
    expect(await card.textContent()).toContain('答复期限');
    await expectAccessible(page);
    await screenshot(page, 'advice-adviser');
  });

  it('lets the department answer it in writing, which the adviser then reads', async () => {
    const desk = await signedInPage(browser, system, opened, marketStaff, 'desk', '/advice');
    await desk.getByRole('heading', { level: 1, name: '顾问团建议（待书面答复）' }).waitFor();
    const card = desk
      .locator('.ant-card')
      .filter({ has: desk.locator('.ant-card-head-title', { hasText: title }) });
    await card.waitFor();
    // A response is required: an empty one is refused on the spot, nothing is sent.
    await card.getByRole('button', { name: '提交书面答复' }).click();
    await card.getByRole('alert').filter({ hasText: '请填写书面答复' }).waitFor();
    await card.getByLabel(`书面答复：${title}`).fill(answer);
    await expectAccessible(desk);
    await card.getByRole('button', { name: '提交书面答复' }).click();
    await card.getByText('已书面答复').waitFor();
    await card.getByText(answer).waitFor();
    await screenshot(desk, 'advice-department');

    const adviser = await signedInPage(
      browser,
      system,
      opened,
      seedUser('ADVISER'),
      'phone',
      '/advice',
    );
    const mine = adviser
      .locator('.ant-card')
      .filter({ has: adviser.locator('.ant-card-head-title', { hasText: title }) });
    await mine.getByText('已书面答复').waitFor();
    await mine.getByText(answer).waitFor();
    await mine.getByText('已办结').waitFor();
    expect(await mine.textContent()).toContain(answer);
  });
});
