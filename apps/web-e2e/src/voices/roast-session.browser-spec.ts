import type { Browser } from 'playwright-core';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { shanghaiDate, signedInPage } from '../volunteer/volunteer-system';

/**
 * 吐槽大会 from session to appeal: the office (ADMIN) sets a session up with 体验官 一号 attending,
 * records the officer's complaint, which comes back as an appeal (channel 营商环境体验官) and stands
 * in the session's report; the appeal opens from the report; the officer reads the session it attended.
 */
describe('a 吐槽大会 on the desk', () => {
  const system = webSystem();
  const run = `${Date.now() % 100_000}`;
  const place = `二七区政务服务中心 三楼会议室 ${run}`; // sample
  const title = `吐槽：办理施工许可来回跑 ${run}`; // sample
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

  it('sets up a session, records a complaint as an appeal and shows it in the report', async () => {
    const page = await signedInPage(browser, system, opened, seedUser('ADMIN'), 'desk', '/roast');
    await page.getByRole('heading', { level: 1, name: '营商环境吐槽大会' }).waitFor();

    await page.getByLabel('日期').fill(shanghaiDate(0));
    await page.getByLabel('地点').fill(place);
    await page.getByLabel('主题（可选）').fill('工程建设项目审批'); // sample
    await page.getByRole('checkbox', { name: /^营商环境体验官 一号（/ }).check();
    await page.getByRole('button', { name: '创建吐槽大会' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已创建：${shanghaiDate(0)} · ${place}` })
      .waitFor();

    await page.getByRole('link', { name: `${shanghaiDate(0)} · ${place}` }).click();
    await page.getByRole('heading', { level: 1, name: `吐槽大会（${shanghaiDate(0)}）` }).waitFor();
    const officers = page.getByRole('list', { name: '参加的体验官' });
    await officers.getByText(`营商环境体验官 一号（${collectiveEnterprise.name}）`).waitFor();
    await page.getByText('意见 0 条，已办结 0 条').waitFor();

    const officer = page.getByLabel('提出意见的体验官');
    const officerValue = await officer
      .locator('option', { hasText: '营商环境体验官 一号' })
      .getAttribute('value');
    await officer.selectOption(officerValue ?? '');
    await page.getByLabel('意见标题').fill(title);
    await page.getByLabel('意见内容').fill('同一份材料在三个窗口各交一次，希望一窗受理。'); // sample
    await page.getByLabel('诉求类别').selectOption({ label: '周边环境与市政设施' });
    await page.getByRole('button', { name: '记录并转为诉求' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已转为诉求：${title}（待受理，渠道：营商环境体验官）` })
      .waitFor();

    const report = page.getByRole('table', { name: '吐槽大会报告' });
    const row = report.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toContain('营商环境体验官 一号');
    expect(await row.textContent()).toContain('待受理');
    await page.getByText('意见 1 条，已办结 0 条').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'roast-session');

    // The complaint is an appeal like any other, with its channel.
    await row.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByText('营商环境体验官', { exact: true }).waitFor();
    await page.getByText(collectiveEnterprise.name).first().waitFor();
  });

  it('shows the officer who attended the session and its complaint in the report, with no way to record', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      seedUser('EXPERIENCE_OFFICER'),
      'phone',
      '/roast',
    );
    await page.getByRole('heading', { level: 1, name: '营商环境吐槽大会' }).waitFor();
    expect(await page.getByRole('button', { name: '创建吐槽大会' }).count()).toBe(0);
    await page.getByRole('link', { name: `${shanghaiDate(0)} · ${place}` }).click();
    const report = page.getByRole('table', { name: '吐槽大会报告' });
    await report.getByRole('row').filter({ hasText: title }).waitFor();
    expect(await page.getByRole('button', { name: '记录并转为诉求' }).count()).toBe(0);
    // The officer reads the report, not the appeal (it files its own): the title is no link.
    expect(await report.getByRole('link', { name: title }).count()).toBe(0);
    await expectAccessible(page);
  });
});
