import type { Browser, Page } from 'playwright-core';
import type { SeedUser } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { type DeviceName, launchBrowser, openPage, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { developmentToken } from '../support/sign-in';
import { webSystem } from '../support/system-file';

/** 易企办 in a real browser: the enterprise applies on its phone, the department approves at its desk, the board shows it. */
describe('易企办: an enterprise applies, the department approves', () => {
  const system = webSystem();
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

  async function signedIn(user: SeedUser, device: DeviceName, path: string): Promise<Page> {
    const page = await openPage(browser, device, { baseURL: system.webUrl });
    opened.push(page);
    const token = await developmentToken(system.webUrl, user);
    await page.context.addInitScript((value) => localStorage.setItem('erqi.token', value), token);
    await page.page.goto(path);
    return page.page;
  }

  it('applies for a 免证办 matter with its certificate looked up; a department that does not decide it never sees it', async () => {
    const phone = await signedIn(seedUser('ENTERPRISE'), 'phone', '/easy-business');
    await phone.getByRole('heading', { name: '易企办' }).waitFor();
    await phone.getByText(/政务服务事项清单 · 共 \d+ 项/).waitFor();
    await expectAccessible(phone);
    await screenshot(phone, 'easy-business-list');
    await phone.getByText('企业投资项目备案').click();
    // The business licence is looked up (免证), not asked for.
    const licence = phone.locator('.adm-form-item').filter({ hasText: '营业执照' });
    await licence.locator('.adm-radio-checked', { hasText: '免证（数据共享）' }).waitFor();
    await expectAccessible(phone);
    await screenshot(phone, 'easy-business-apply');
    await phone.getByRole('button', { name: '提交申请' }).click();
    const mine = phone.locator('.application').filter({ hasText: '企业投资项目备案' }).first();
    await mine.waitFor();
    expect(await mine.textContent()).toMatch(/已受理/);
    expect(await mine.textContent()).toMatch(/免证：LICENSE/);
    await screenshot(phone, 'easy-business-mine');

    const desk = await signedIn(marketStaff, 'desk', '/desk/easy-business');
    await desk.getByRole('heading', { name: '易企办 · 办件' }).waitFor();
    // MARKET_REGULATION does not decide a 发改委 matter: it is not on its desk.
    await desk.getByRole('tab', { name: '办件（按时限）' }).waitFor();
    expect(await desk.getByText('企业投资项目备案').count()).toBe(0);
    await desk.getByRole('tab', { name: '本部门事项清单' }).click();
    await desk.getByText('食品经营许可（新办）').waitFor();
    await expectAccessible(desk);
    await screenshot(desk, 'easy-business-desk-matters');
  });

  it('a 容缺 application waits for its material at the desk, then is approved', async () => {
    const phone = await signedIn(seedUser('ENTERPRISE'), 'phone', '/easy-business');
    await phone.getByRole('searchbox').fill('SCJG-0006');
    await phone.getByRole('searchbox').press('Enter');
    await phone.getByText('食品经营许可（新办）').click();
    await phone
      .locator('.adm-form-item')
      .filter({ hasText: '经营场所平面布局图' })
      .getByText('容缺后补')
      .click();
    // Within the hour: before the five working days run out, whatever the time of the test.
    const soon = new Date(Date.now() + 8 * 3600_000 + 60 * 60_000).toISOString().slice(0, 16);
    await phone.locator('input[type="datetime-local"]').fill(soon);
    await phone.getByRole('button', { name: '提交申请' }).click();
    const mine = phone.locator('.application').filter({ hasText: '食品经营许可（新办）' }).first();
    await mine.waitFor();
    expect(await mine.textContent()).toMatch(/待补齐：LAYOUT/);

    const desk = await signedIn(marketStaff, 'desk', '/desk/easy-business');
    const row = desk
      .getByRole('row')
      .filter({ hasText: '食品经营许可（新办）' })
      .filter({ hasText: '待补齐' })
      .first();
    await row.waitFor();
    expect(await row.textContent()).toMatch(/剩余 [\d.]+ 个工作日/);
    expect(await row.textContent()).toMatch(/今日到期|按时/);
    await expectAccessible(desk);
    await screenshot(desk, 'easy-business-desk');
    // Approving before the material came is refused, and says why.
    await row.getByRole('button', { name: '准予: 食品经营许可（新办）' }).click();
    await desk.getByRole('alert').filter({ hasText: '当前状态不能这样办理' }).waitFor();

    await mine.getByRole('button', { name: '已补齐' }).click();
    await phone
      .locator('.application')
      .filter({ hasText: '食品经营许可（新办）' })
      .filter({ hasNotText: '待补齐' })
      .first()
      .waitFor();

    await desk.reload();
    const ready = desk
      .getByRole('row')
      .filter({ hasText: '食品经营许可（新办）' })
      .filter({ hasText: '已受理' })
      .first();
    await ready.getByRole('button', { name: '准予: 食品经营许可（新办）' }).click();
    await desk
      .getByRole('row')
      .filter({ hasText: '食品经营许可（新办）' })
      .filter({ hasNotText: '已受理' })
      .first()
      .waitFor();

    const board = await signedIn(seedUser('LEADER'), 'desk', '/board/easy-business');
    await board.getByRole('heading', { name: '易企办 2024 年目标' }).waitFor();
    await board.getByText('免证可办事项').waitFor();
    await board.getByRole('row').filter({ hasText: '市场监管局' }).first().waitFor();
    await expectAccessible(board);
    await screenshot(board, 'easy-business-board');
  });
});
