import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startExtraGateway } from '@erqi/shared/feature-local-system';
import { seriousAccessibilityViolations, expectAccessible } from '../support/accessibility';
import { launchBrowser, openPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';

/** Width and height of a PNG, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/**
 * The browser harness itself, against a small page served by a development gateway over the running
 * subgraphs: what the web app's tests rely on must catch what it promises to catch.
 */
describe('browser test harness', () => {
  let browser: Browser;
  let gateway: { url: string; stop: () => Promise<void> };
  let base: string;
  const shots = mkdtempSync(join(tmpdir(), 'erqi-shots-'));

  beforeAll(async () => {
    gateway = await startExtraGateway(webSystem().subgraphUrls, {
      env: { NODE_ENV: 'development', WEB_APP_DIR: join(__dirname, 'fixture-app') },
    });
    base = gateway.url.replace('127.0.0.1', 'localhost');
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await gateway?.stop();
    rmSync(shots, { recursive: true, force: true });
  });

  it('signs a seed user in through the development routes on a phone, accessibly', async () => {
    const opened = await openPage(browser, 'phone');
    const { page } = opened;
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: /GRID_WORKER/ }).click();
    await page.getByRole('status').filter({ hasText: '已登录' }).waitFor();
    expect(await page.getByRole('status').textContent()).toMatch(/^已登录：.+/);
    expect(await page.evaluate(() => sessionStorage.getItem('token'))).toMatch(/^ey/);
    await expectAccessible(page);
    const file = await screenshot(page, 'harness-sign-in', shots);
    expect(file).toBe(join(shots, 'harness-sign-in-phone.png'));
    // 390 × 844 CSS pixels at device scale 2.
    expect(pngSize(file)).toEqual({ width: 780, height: 1688 });
    await opened.close();
  });

  it('opens a desk page at 1366 × 768 and names its screenshot after the device', async () => {
    const opened = await openPage(browser, 'desk');
    await opened.page.goto(`${base}/`);
    await opened.page.getByRole('button', { name: /区领导 一号（LEADER）/ }).waitFor();
    const file = await screenshot(opened.page, 'harness-sign-in', shots);
    expect(pngSize(file)).toEqual({ width: 1366, height: 768 });
    expect(opened.requests.all.every((url) => url.startsWith(base))).toBe(true);
    await opened.close();
  });

  it('fails the test when the page asks for anything off this machine', async () => {
    const opened = await openPage(browser, 'phone');
    await opened.page.goto(`${base}/`);
    await opened.page.getByRole('button', { name: '打开外部链接' }).click();
    await opened.page.waitForEvent('requestfailed');
    await expect(opened.close()).rejects.toThrow('http://cdn.example.com/');
  });

  it('fails the test on a serious accessibility violation, naming the rule', async () => {
    const opened = await openPage(browser, 'desk');
    await opened.page.goto(`${base}/bad.html`);
    const rules = (await seriousAccessibilityViolations(opened.page)).map((v) => v.rule);
    expect(rules).toEqual(expect.arrayContaining(['image-alt', 'button-name']));
    await expect(expectAccessible(opened.page)).rejects.toThrow('image-alt');
    await opened.close();
  });
});
