import type { Browser, Page } from 'playwright-core';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage, openPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { testPng } from './test-photo';

const GRID_WORKER = '专属网格员 赵磊';
const ENTERPRISE = '八方顺亿 企业联络员';
const BAFANG = '河南八方顺亿实业有限公司';

interface SeedUser {
  subject: string;
  name: string;
}

/** The grid worker's and the enterprise's screens in a real browser against the running system. */
describe('field screens: grid worker and enterprise', () => {
  let browser: Browser;
  let base: string;
  let gatewayUrl: string;
  const opened: OpenedPage[] = [];
  const run = `${Date.now() % 100_000}`;
  let filedAppealPath: string | undefined;

  beforeAll(async () => {
    const system = webSystem();
    base = system.webUrl;
    gatewayUrl = system.gatewayUrl;
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    // Fails the test when a page asked for anything off this machine.
    while (opened.length) await opened.pop()?.close();
  });

  async function signedIn(device: 'phone' | 'desk', name: string): Promise<Page> {
    const page = await openPage(browser, device);
    opened.push(page);
    // The development sign-in routes, as the picker page calls them (the page's own /app-config.json
    // comes with the OpenID branch): the token is where the app keeps it before the app starts.
    const users = (await (await fetch(`${base}/dev/seed-users`)).json()) as SeedUser[];
    const subject = users.find((user) => user.name === name)?.subject;
    const answer = await fetch(`${base}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ subject }),
    });
    const { token } = (await answer.json()) as { token: string };
    await page.context.addInitScript((value) => localStorage.setItem('erqi.token', value), token);
    await page.page.goto(`${base}/`);
    await page.page.getByRole('heading', { name: /您好/ }).waitFor();
    return page.page;
  }

  /** How many appeals with this title the gateway holds, asked as the signed-in user. */
  async function appealsTitled(page: Page, title: string): Promise<number> {
    const token = await page.evaluate(() => localStorage.getItem('erqi.token'));
    const response = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ appeals(first: 100) { nodes { title } } }' }),
    });
    const body = (await response.json()) as { data: { appeals: { nodes: { title: string }[] } } };
    return body.data.appeals.nodes.filter((appeal) => appeal.title === title).length;
  }

  async function fillForm(page: Page, title: string, withPhoto: boolean): Promise<void> {
    await page.getByRole('heading', { name: '提交诉求' }).waitFor();
    await page.getByLabel('企业').selectOption({ label: `${BAFANG}（BGM-E01）` });
    await page.getByLabel('诉求标题').fill(title);
    await page.getByLabel('详细描述').fill('晚班下班路段无照明，员工出行不便。');
    await page.getByLabel('诉求类别').selectOption({ index: 1 });
    if (withPhoto) {
      await page
        .locator('input[type=file]')
        .setInputFiles({ name: 'street-light.png', mimeType: 'image/png', buffer: testPng() });
      await page.getByRole('img', { name: '现场照片 1' }).waitFor();
    }
  }

  it('我的网格 → 网格详情 → 提交诉求 with a photo → in the list and on its timeline (phone)', async () => {
    const page = await signedIn('phone', GRID_WORKER);
    await page.goto(`${base}/cells`);
    await page.getByRole('heading', { name: '我的网格' }).waitFor();
    await page.getByRole('link', { name: /BGM-E01/ }).waitFor();
    expect(await page.getByRole('link', { name: /BGM-E0[123]/ }).count()).toBe(3);
    expect(await page.locator('svg.cell-map polygon').count()).toBe(3);
    await expectAccessible(page);
    await screenshot(page, 'my-cells');

    await page.getByRole('link', { name: /BGM-E01/ }).click();
    await page.getByRole('heading', { name: /BGM-E01/ }).waitFor();
    await page.getByText(BAFANG).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'cell-detail');

    const title = `厂区门口路灯损坏 ${run}`;
    await page.getByRole('link', { name: '提交诉求' }).click();
    await fillForm(page, title, true);
    await expectAccessible(page);
    await screenshot(page, 'file-appeal');
    await page.getByRole('button', { name: '提交' }).click();

    await page.getByRole('heading', { name: '诉求', exact: true }).waitFor();
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    // Filed (待受理), then dispatched by the system: the first step is the grid worker's filing.
    await page.getByRole('list', { name: '办理轨迹' }).getByText('待受理').first().waitFor();
    expect(
      await page
        .getByRole('list', { name: '办理轨迹' })
        .getByRole('listitem')
        .first()
        .textContent(),
    ).toContain('赵磊');
    const photo = page.getByRole('img', { name: '现场照片 1' });
    await photo.waitFor();
    expect(await photo.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(1600);
    await expectAccessible(page);
    await screenshot(page, 'appeal-detail');
    filedAppealPath = new URL(page.url()).pathname;
    expect(await appealsTitled(page, title)).toBe(1);
  });

  it('files offline: 待发送 until the network is back, then exactly one appeal on the server', async () => {
    const page = await signedIn('phone', GRID_WORKER);
    await page.goto(`${base}/appeals/new`);
    const title = `离线提交 ${run}`;
    await fillForm(page, title, true);
    await page.context().setOffline(true);
    await page.getByRole('button', { name: '提交' }).click();
    const waiting = page.locator('.queued-list').getByText(title);
    await waiting.waitFor();
    expect(await page.locator('.queued-list').getByText('待发送', { exact: true }).count()).toBe(1);
    expect(await appealsTitled(page, title)).toBe(0);

    await page.context().setOffline(false);
    await waiting.waitFor({ state: 'detached', timeout: 60_000 });
    await page.getByRole('link', { name: title }).waitFor();
    // A reload starts the app again (another flush): still exactly one.
    await page.reload();
    await page.getByRole('link', { name: title }).waitFor();
    expect(await appealsTitled(page, title)).toBe(1);
  });

  it('refuses a file that is not an image before upload, and keeps what was typed', async () => {
    const page = await signedIn('phone', GRID_WORKER);
    await page.goto(`${base}/appeals/new`);
    await fillForm(page, `不是图片 ${run}`, false);
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await page.getByRole('alert').filter({ hasText: '“notes.txt”不是图片' }).waitFor();
    expect(await page.getByLabel('诉求标题').inputValue()).toBe(`不是图片 ${run}`);
  });

  it('shows the same screens on a desk, accessibly', async () => {
    const page = await signedIn('desk', GRID_WORKER);
    const screens: Array<[string, string, RegExp]> = [
      ['my-cells', '/cells', /我的网格/],
      ['file-appeal', '/appeals/new', /提交诉求/],
    ];
    for (const [name, path, heading] of screens) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
      await screenshot(page, name);
    }
    await page.goto(`${base}/cells`);
    await page.getByRole('link', { name: /BGM-E01/ }).waitFor();
    expect(await page.locator('svg.cell-map polygon').count()).toBe(3);
    await page.getByRole('link', { name: /BGM-E01/ }).click();
    await page.getByRole('heading', { name: /BGM-E01/ }).waitFor();
    await page.getByText(BAFANG).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'cell-detail');
    if (filedAppealPath) {
      await page.goto(`${base}${filedAppealPath}`);
      await page.getByRole('list', { name: '办理轨迹' }).waitFor();
      await page.getByRole('img', { name: '现场照片 1' }).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'appeal-detail');
    }
  });

  it('the enterprise follows its appeals, sees who inspected it and its projects, accessibly', async () => {
    const page = await signedIn('phone', ENTERPRISE);
    for (const [path, heading] of [
      ['/appeals', '诉求'],
      ['/inspections', '谁来检查'],
      ['/projects', '我的项目'],
    ] as const) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectAccessible(page);
    }
    await page.goto(`${base}/appeals`);
    // The appeal the grid worker filed for this enterprise is on its list too.
    const filed = page.getByRole('link', { name: `厂区门口路灯损坏 ${run}` });
    await filed.waitFor();
    expect(await filed.count()).toBe(1);
  });
});
