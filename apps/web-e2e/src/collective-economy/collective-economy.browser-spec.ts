import type { Browser, Page } from 'playwright-core';
import type { SeedUser } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { type DeviceName, launchBrowser, openPage, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { developmentToken } from '../support/sign-in';
import { webSystem } from '../support/system-file';

/**
 * 集体经济 beside the leader's board, in a real browser against the seeded system: the collective
 * enterprise's 2023 revenue against the plan it made for 2024, and the 企业联盟's jobs.
 */
describe('collective economy on the leader’s board', () => {
  const system = webSystem();
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

  async function printed(page: Page, testId: string): Promise<string> {
    const tile = page.getByTestId(testId);
    await tile.waitFor();
    return ((await tile.textContent()) ?? '').trim();
  }

  it('shows a leader the collective enterprise against its plan and the alliance’s nearly 200 jobs', async () => {
    const page = await signedIn(seedUser('LEADER'), 'desk', '/board');
    // Reached from the board's menu, as a leader would.
    await page.getByRole('menuitem', { name: /集体经济/ }).click();
    await page.getByRole('heading', { name: '集体经济 · 企业联盟' }).waitFor();
    await page.getByText('社区集体企业：河南八方顺亿实业有限公司').waitFor();
    expect(await printed(page, 'collective-revenue')).toBe('400万元');
    expect(await printed(page, 'collective-plan')).toBe('500万元');
    await page.getByText('2023年营业收入').waitFor();
    await page.getByText('2024年计划营收').waitFor();
    expect(await printed(page, 'alliance-members')).toBe('22');
    const jobs = Number(await printed(page, 'alliance-jobs'));
    expect(jobs).toBeGreaterThanOrEqual(190);
    expect(jobs).toBeLessThanOrEqual(200);
    // Invented members say so.
    const member = page.getByRole('row').filter({ hasText: '郑州凯旋路物流有限公司' });
    await member.waitFor();
    expect(await member.textContent()).toContain('示例');
    await expectAccessible(page);
    await screenshot(page, 'collective-economy');
  });

  it('fits a supervisor’s phone', async () => {
    const page = await signedIn(seedUser('SUPERVISOR'), 'phone', '/board/economy');
    expect(await printed(page, 'collective-revenue')).toBe('400万元');
    await page.getByRole('heading', { name: '集体经济 · 企业联盟' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'collective-economy');
  });

  it('is no door for a grid worker', async () => {
    const page = await signedIn(seedUser('GRID_WORKER'), 'phone', '/board/economy');
    await page.getByRole('heading', { name: '页面不存在' }).waitFor();
    expect(await page.getByTestId('collective-revenue').count()).toBe(0);
  });
});
