import type { Browser } from 'playwright-core';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { developmentAuthHeader } from '../support/sign-in';
import { webSystem } from '../support/system-file';
import { shanghaiDate, signedInPage } from '../volunteer/volunteer-system';

/** 问题讲评's six steps as the officer's screen names them, in order. */
const SIX_STEPS = ['集中受理', '直办转办', '调查处理', '结案反馈', '评价回访', '整改提升'];

/**
 * 问题讲评 on the desk against the running system: the supervisor reports a misconduct case citing a
 * rule of 十不准 and finds it among its own reports; the discipline officer takes it through the six
 * steps to the 讲评 report and sees it in the figures; a LEADER neither reads the case nor has the screens.
 */
describe('the supervisor’s report and the discipline officer’s six steps', () => {
  const system = webSystem();
  const supervisor = seedUser('SUPERVISOR');
  const officer = seedUser('DISCIPLINE_OFFICER');
  const leader = seedUser('LEADER');
  const run = `${Date.now() % 100_000}`;
  const official = `窗口科员 样例${run}`; // sample
  let caseId = '';
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

  it('the supervisor records a finding on its ledger citing a rule of 十不准', async () => {
    const finding = `审批窗口要求清单外材料 ${run}`; // sample
    const page = await signedInPage(browser, system, opened, supervisor, 'desk', '/board/findings');
    await page.getByRole('heading', { level: 1, name: '暗访督导台账' }).waitFor();
    // antd draws its options as items of the dropdown (the listbox it keeps for screen readers is hidden).
    await page.getByLabel('责任部门').click();
    await page.getByLabel('责任部门').fill('城市管理');
    await page.locator('.ant-select-item-option', { hasText: '二七区城市管理局' }).click();
    await page.getByLabel('违反条款（十不准 / 十必须）').click();
    await page.getByLabel('违反条款（十不准 / 十必须）').fill('NO-01');
    await page.locator('.ant-select-item-option', { hasText: /^NO-01 / }).click();
    await page.getByLabel('问题', { exact: true }).fill(finding);
    await page.getByLabel('详细情况').fill('暗访发现窗口要求企业提供清单外的证明材料。'); // sample
    await page.getByLabel('整改时限').fill(shanghaiDate(7));
    await page.getByRole('button', { name: '记入台账' }).click();
    const card = page.locator('.ant-card').filter({ hasText: finding });
    await card.getByText(/违反条款：\s*NO-01/).waitFor();
    expect(await card.count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'supervisor-findings');
  });

  it('the supervisor reports a case citing a rule and finds it among its own reports', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      supervisor,
      'desk',
      '/discipline/report',
    );
    await page.getByRole('heading', { level: 1, name: '报告违法违纪案件' }).waitFor();
    await page.getByLabel('当事人姓名').fill(official);
    await page.getByLabel('当事人职务').fill('审批窗口科员');
    // antd draws its options as items of the dropdown (the listbox it keeps for screen readers is hidden).
    await page.getByLabel('所在部门').click();
    await page.getByLabel('所在部门').fill('城市管理');
    await page.locator('.ant-select-item-option', { hasText: '二七区城市管理局' }).click();
    await page.getByLabel('违反条款（十不准 / 十必须）').click();
    await page.getByLabel('违反条款（十不准 / 十必须）').fill('NO-01');
    await page.locator('.ant-select-item-option', { hasText: /^NO-01 / }).click();
    await page.keyboard.press('Escape');
    // Without what happened, nothing is sent.
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.getByText('此项必填').first().waitFor();
    await page.getByLabel('经过').fill('企业办理许可时被要求提供清单外材料，多次往返。'); // sample
    await expectAccessible(page);
    await screenshot(page, 'discipline-report');
    await page.getByRole('button', { name: '提交报告' }).click();
    await page.getByRole('heading', { level: 1, name: `${official}（审批窗口科员）` }).waitFor();
    caseId = /\/discipline\/cases\/([0-9a-f-]+)$/.exec(page.url())?.[1] ?? '';
    expect(caseId).not.toBe('');
    await page.getByText(/NO-01/).first().waitFor();

    await page.goto('/discipline/cases');
    await page.getByRole('heading', { level: 1, name: '我报告的案件' }).waitFor();
    await page.getByRole('link', { name: `${official}（审批窗口科员）` }).waitFor();
    await expectAccessible(page);
  });

  it('is invisible to a LEADER: NOT_FOUND by id, none in the list, no screen', async () => {
    const headers = await developmentAuthHeader(system.webUrl, leader);
    const byId = await postGraphQL(
      system.gatewayUrl,
      `query($id: ID!) { misconductCase(id: $id) { id } }`,
      { id: caseId },
      headers,
    );
    expect(byId.body.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const list = await postGraphQL<{ misconductCases: { totalCount: number } }>(
      system.gatewayUrl,
      `{ misconductCases(first: 100) { totalCount } }`,
      {},
      headers,
    );
    expect(list.body.data?.misconductCases.totalCount).toBe(0);
    const page = await signedInPage(
      browser,
      system,
      opened,
      leader,
      'desk',
      `/discipline/cases/${caseId}`,
    );
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await page.getByText(official).count()).toBe(0);
    expect(await page.getByRole('link', { name: '问题讲评' }).count()).toBe(0);
  });

  it('the discipline officer takes it through the six steps to the 讲评 report and the figures', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      officer,
      'desk',
      `/discipline/cases/${caseId}`,
    );
    await page.getByRole('heading', { level: 1, name: `${official}（审批窗口科员）` }).waitFor();
    let taken = 0;
    for (const step of SIX_STEPS) {
      await page.getByRole('heading', { name: `下一步：${step}` }).waitFor();
      const note = `第${taken + 1}步已办理 ${run}`; // sample
      await page.getByLabel('办理情况（必填）').fill(note);
      if (step === '调查处理') await expectAccessible(page);
      await page.getByRole('button', { name: `完成「${step}」` }).click();
      // On the case's history, under the step's own name.
      await page.locator('.ant-timeline-item').filter({ hasText: note }).waitFor();
      taken += 1;
    }
    expect(taken).toBe(6);
    await page.getByRole('heading', { name: '讲评', exact: true }).waitFor();
    await page.getByLabel('案件讲评').fill('窗口要求清单外材料，违反无事不扰十不准第一条。'); // sample
    await page.getByLabel('警示与整改要求').fill('各部门对照清单自查，清单外不得要求材料。'); // sample
    await page.getByRole('button', { name: '发布讲评' }).click();
    await page.getByRole('heading', { name: '讲评报告' }).waitFor();
    await page.getByText('各部门对照清单自查，清单外不得要求材料。').waitFor();
    await expectAccessible(page);
    await screenshot(page, 'discipline-case');

    await page.goto('/discipline/figures');
    await page.getByRole('heading', { level: 1, name: '讲评统计' }).waitFor();
    await page.getByRole('cell', { name: 'URBAN_MANAGEMENT' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'discipline-figures');
  });
});
