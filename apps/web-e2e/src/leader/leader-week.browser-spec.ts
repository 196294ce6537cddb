import type { Browser } from 'playwright-core';
import { enterpriseByName } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { eventually, gatewayAs, signedInPage } from '../volunteer/volunteer-system';

/** 贾鲁水镇: an enterprise the seed leader liaises with (领导联系企业), in the grid worker's cells. */
const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');

interface CaseView {
  leaderId: string | null;
  handlingMode: string;
  timeline: Array<{ note: string }>;
}

/**
 * The leader's week (区领导 一号, on the board's desk size) against the running system: a grid worker
 * files a case for an enterprise the leader liaises with; the leader claims it onto its ledger
 * (我的领办), finds it and the key project (重点项目) under 联系企业, logs a 调研 visit linked to it and
 * changes its handling mode with a reason, which its timeline shows.
 */
describe('the leader’s week', () => {
  const system = webSystem();
  const gql = gatewayAs(system);
  const leader = seedUser('LEADER');
  const run = `${Date.now() % 100_000}`;
  const title = `景区停车场扩建审批 ${run}`; // sample
  let appealId = '';
  let browser: Browser;
  const opened: OpenedPage[] = [];

  const caseOf = async (): Promise<CaseView> =>
    (
      await gql<{ appeal: CaseView }>(
        leader,
        `query($id: ID!) { appeal(id: $id) { leaderId handlingMode timeline { note } } }`,
        { id: appealId },
      )
    ).appeal;

  beforeAll(async () => {
    browser = await launchBrowser();
    const { submitAppeal } = await gql<{ submitAppeal: { id: string } }>(
      seedUser('GRID_WORKER'),
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: waterTown.id,
          title,
          description: '节假日游客多，停车场需扩建，审批进度慢。', // sample
          category: 'LICENSING',
          handlingMode: 'TRACKED',
        },
      },
    );
    appealId = submitAppeal.id;
    // The leader reads it once the enterprise registry's liaisons reached the appeal service (by event).
    await eventually('the liaison case', async () => {
      const { appeals } = await gql<{ appeals: { nodes: Array<{ id: string }> } }>(
        leader,
        `{ appeals(first: 100) { nodes { id } } }`,
      );
      return appeals.nodes.find((node) => node.id === appealId);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    while (opened.length > 0) await opened.pop()?.close();
  });

  it('claims a case of a liaison enterprise onto 我的领办', async () => {
    const page = await signedInPage(browser, system, opened, leader, 'desk', '/board/my-cases');
    await page.getByRole('heading', { level: 1, name: '我的领办' }).waitFor();
    const claim = page.getByRole('button', { name: `认领：${title}` });
    await claim.waitFor();
    await expectAccessible(page);
    await claim.click();
    await claim.waitFor({ state: 'detached' });
    // Now among the cases on my ledger, by my id.
    await page.getByRole('link', { name: title }).waitFor();
    expect((await caseOf()).leaderId).toBe(leader.subject);
    await screenshot(page, 'leader-my-cases');
  });

  it('sees its liaison enterprises with their appeals and the key project under 联系企业', async () => {
    const page = await signedInPage(browser, system, opened, leader, 'desk', '/board/liaisons');
    await page.getByRole('heading', { level: 1, name: '联系企业' }).waitFor();
    await page.getByRole('heading', { name: '重点项目' }).waitFor();
    await page.getByText('河南八方顺亿实业有限公司 新厂房建设项目').first().waitFor();
    await page.getByRole('heading', { name: waterTown.name }).waitFor();
    await page.getByRole('link', { name: title }).waitFor();
    expect(await page.getByRole('link', { name: title }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'leader-liaisons');
  });

  it('logs a 调研 visit linked to the case, which its timeline shows', async () => {
    const place = `贾鲁水镇景区停车场 ${run}`; // sample
    const page = await signedInPage(browser, system, opened, leader, 'desk', '/board/visits');
    await page.getByRole('heading', { level: 1, name: '调研走访' }).waitFor();
    await page.getByLabel('走访地点').fill(place);
    await page.getByLabel('发现的问题').fill('节假日车位缺口约200个，需加快审批'); // sample
    await page.getByRole('checkbox', { name: title }).check();
    await expectAccessible(page);
    await page.getByRole('button', { name: '保存调研记录' }).click();
    await page.getByText(new RegExp(`· ${place}$`)).waitFor();
    await screenshot(page, 'leader-visits');
    expect((await caseOf()).timeline.map((entry) => entry.note).join('\n')).toContain(
      `调研: 区领导 一号 visited ${place}`,
    );
  });

  it('changes the case’s handling mode only with a reason, and the timeline shows it', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      leader,
      'desk',
      `/board/cases/${appealId}`,
    );
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    await page.getByLabel('新的办理方式').click();
    // antd draws its options as items of the dropdown (the listbox it keeps for screen readers is hidden).
    await page.locator('.ant-select-item-option', { hasText: '领导领办（建账）' }).click();
    // No reason: refused on the field, nothing sent.
    await page.getByRole('button', { name: '确认调整' }).click();
    await page.getByText('请填写调整原因').waitFor();
    expect((await caseOf()).handlingMode).toBe('TRACKED');
    const reason = '涉及规划、住建多个审批环节，需领导建账协调'; // sample
    await page.getByLabel('调整原因（必填，记入办理过程）').fill(reason);
    await page.getByRole('button', { name: '确认调整' }).click();
    await page.getByText(new RegExp(reason)).waitFor();
    // The button back from its loading state (faded while the change was on its way).
    await page.locator('button.ant-btn-loading').waitFor({ state: 'detached' });
    await expectAccessible(page);
    await screenshot(page, 'leader-case');
    const changed = await caseOf();
    expect(changed.handlingMode).toBe('LEDGER');
    expect(changed.timeline.at(-1)?.note).toContain(reason);
  });
});
