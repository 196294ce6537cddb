import type { Browser } from 'playwright-core';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { gatewayAs, shanghaiDate, signedInPage } from '../volunteer/volunteer-system';

/**
 * 二七帮 on the phone against the running system: the market regulator publishes a policy (through
 * the gateway, as its desk would); the collective enterprise sees it among its matches — and for a
 * near miss what it lacks — applies for the subsidy and follows it under 补贴申请; the exclusive
 * cells' grid worker finds it under 政策提醒, brought by the event.
 */
describe('二七帮: a policy matched, applied for and noticed', () => {
  const system = webSystem();
  const gql = gatewayAs(system);
  const staff = seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'MARKET_REGULATION');
  const run = `${Date.now() % 100_000}`;
  const title = `小微企业数字化改造补贴 ${run}（样例）`; // sample
  let browser: Browser;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    const { createPolicy } = await gql<{ createPolicy: { id: string } }>(
      staff,
      `mutation($input: CreatePolicyInput!) { createPolicy(input: $input) { id } }`,
      {
        input: {
          title,
          summary: '小型、微型企业购置数字化设备的，按投资额给予补贴。样例数据。',
          amountCap: 30_000,
          opensOn: shanghaiDate(0),
          closesOn: shanghaiDate(60),
          eligibility: { sizeClasses: ['SMALL', 'MICRO'] },
        },
      },
    );
    await gql(staff, `mutation($id: ID!) { publishPolicy(id: $id) { id } }`, {
      id: createPolicy.id,
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    while (opened.length > 0) await opened.pop()?.close();
  });

  it('shows the enterprise its match and what it lacks elsewhere, and takes its application', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      seedUser('ENTERPRISE'),
      'phone',
      '/erqi-help',
    );
    await page.getByRole('heading', { level: 1, name: '政策匹配' }).waitFor();
    // A near miss of the seed: 专精特新 is what the collective enterprise lacks.
    await page
      .getByRole('list', { name: /^专精特新中小企业一次性奖励（样例） 还差的条件$/ })
      .getByText('专精特新：要求 专精特新企业（本企业：否）')
      .waitFor();

    const amount = page.getByRole('textbox', { name: `申请金额（元）：${title}` });
    await amount.fill('40000');
    await page.getByRole('button', { name: `申请补贴：${title}` }).click();
    // Over the cap: said on the field, nothing sent.
    await page.getByRole('alert').filter({ hasText: '金额不能超过政策上限 3万元' }).waitFor();
    await amount.fill('25000');
    await page.getByRole('button', { name: `申请补贴：${title}` }).click();
    await page.getByRole('status').filter({ hasText: '已提交申请' }).waitFor();
    // The server holds it: one application, for the amount typed, under this policy.
    const { subsidyApplications } = await gql<{
      subsidyApplications: {
        nodes: Array<{ status: string; requestedAmount: number; policy: { title: string } }>;
      };
    }>(
      seedUser('ENTERPRISE'),
      `query { subsidyApplications(first: 50) { nodes { status requestedAmount policy { title } } } }`,
    );
    expect(subsidyApplications.nodes.filter((node) => node.policy.title === title)).toEqual([
      { status: 'APPLIED', requestedAmount: 25_000, policy: { title } },
    ]);
    await expectAccessible(page);
    await screenshot(page, 'erqi-help-matches');

    await page.getByRole('link', { name: '补贴申请' }).click();
    await page.getByRole('heading', { level: 1, name: '补贴申请' }).waitFor();
    const item = page.getByText(title);
    await item.waitFor();
    await page.getByText('已申报').first().waitFor();
    await page
      .getByText(/申请 2\.5万元/)
      .first()
      .waitFor();
    await expectAccessible(page);
    await screenshot(page, 'erqi-help-subsidies');
  });

  it("shows the grid worker the policy among its cells' notices", async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      seedUser('GRID_WORKER'),
      'phone',
      '/policy-notices',
    );
    await page.getByRole('heading', { level: 1, name: '政策提醒' }).waitFor();
    // The event arrives within seconds; a reload asks again.
    const notice = page.getByText(new RegExp(`^${title.replace(/[()（）]/g, '.')} · 区市场监管局`));
    for (let tries = 0; tries < 20 && (await notice.count()) === 0; tries += 1) {
      await page.reload();
      await page.getByRole('heading', { level: 1, name: '政策提醒' }).waitFor();
      await page.waitForLoadState('networkidle');
    }
    await notice.first().waitFor();
    const { policyNotices } = await gql<{
      policyNotices: { nodes: Array<{ title: string; enterpriseName: string }> };
    }>(
      seedUser('GRID_WORKER'),
      `query { policyNotices(first: 100) { nodes { title enterpriseName } } }`,
    );
    expect(policyNotices.nodes).toContainEqual({
      title,
      enterpriseName: collectiveEnterprise.name,
    });
    await page.getByText(collectiveEnterprise.name).first().waitFor();
    await expectAccessible(page);
    await screenshot(page, 'erqi-help-notices');
  });
});
