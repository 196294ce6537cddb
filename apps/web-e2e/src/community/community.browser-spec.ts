import type { Browser } from 'playwright-core';
import { residents } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { eventually, gatewayAs, shanghaiDate, signedInPage } from '../volunteer/volunteer-system';

/**
 * 八卦庙社区 against the running system: the staff member sees the members with the 征迁 figures and
 * pays the month's elder allowance (a second run pays no one twice); the resident opens its own
 * household and sees what the community paid it; an elder whose birthday visit carried a
 * suggestion (意见表) sees the appeal it became, with its status and steps.
 */
describe('the community’s screens', () => {
  const system = webSystem();
  const staff = seedUser('COMMUNITY_STAFF');
  const resident = seedUser('RESIDENT');
  const elder = seedUser('RESIDENT', (user) => user.login === 'resident-elder-1');
  const admin = seedUser('ADMIN');
  const gql = gatewayAs(system);
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

  it('shows staff the households, wherever they live, with the relocation figures', async () => {
    const page = await signedInPage(browser, system, opened, staff, 'desk', '/community/members');
    await page.getByRole('heading', { level: 1, name: '社区成员' }).waitFor();
    await page.getByTestId('relocation-figures').filter({ hasText: '已征迁 558 户' }).waitFor();
    await page.getByText('BGM-0001').waitFor();
    // Staff see members in full: the first household's people by name, not masked.
    expect(await page.getByTestId('relocation-figures').textContent()).toContain('558');
    await expectAccessible(page);
    await screenshot(page, 'community-members');
  });

  it('pays the month’s allowance once, however often staff press the button', async () => {
    const page = await signedInPage(
      browser,
      system,
      opened,
      staff,
      'phone',
      '/community/allowance',
    );
    await page.getByRole('heading', { level: 1, name: '高龄补贴发放' }).waitFor();
    const pay = page.getByRole('button', { name: '发放本月补贴' });
    await pay.click();
    await page.getByRole('status').filter({ hasText: '本次新发放' }).waitFor();
    await page.getByTestId('allowance-total').filter({ hasText: '每人每月 100 元' }).waitFor();
    await pay.click();
    await page.getByRole('status').filter({ hasText: '本次新发放 0 人' }).waitFor();
    expect(await page.getByRole('status').filter({ hasText: '本次新发放 0 人' }).count()).toBe(1);
    await expectAccessible(page);
    await screenshot(page, 'community-allowance');
  });

  it('shows the resident its own household and what the community paid it', async () => {
    const page = await signedInPage(browser, system, opened, resident, 'phone', '/my/household');
    await page.getByRole('heading', { level: 1, name: '我的家庭' }).waitFor();
    await page.getByText('BGM-0001').waitFor();
    await page.getByTestId('ledger-total').filter({ hasText: '社区累计发放' }).waitFor();
    // Only its own household: no other household's 户号 on the page.
    expect(await page.getByText('BGM-0002').count()).toBe(0);
    await expectAccessible(page);
  });

  it('shows the elder what became of the suggestion it made on its birthday visit', async () => {
    const born = residents.find((person) => person.id === elder.residentId)?.birthDate;
    if (!born) throw new RangeError('The seed needs an elder RESIDENT');
    // The latest birthday up to today: the visit is recorded in that month (80 or more then).
    const today = shanghaiDate();
    const thisYear = `${today.slice(0, 4)}${born.slice(4)}`;
    const visitedOn =
      thisYear <= today ? thisYear : `${Number(today.slice(0, 4)) - 1}${born.slice(4)}`;
    const text = `希望回迁小区增设老年食堂（浏览器测试 ${Date.now()}）`;
    const recorded = await gql<{
      recordBirthdayVisit: { suggestion: { appeal: { id: string } } | null };
    }>(
      staff,
      `mutation($input: RecordBirthdayVisitInput!) {
         recordBirthdayVisit(input: $input) { suggestion { appeal { id } } } }`,
      { input: { residentId: elder.residentId, visitedOn, satisfaction: 5, suggestion: text } },
    );
    const appealId = recorded.recordBirthdayVisit.suggestion?.appeal.id;
    if (!appealId) throw new TypeError('The visit recorded no suggestion');
    // The suggestion travels the broker to the appeal service; the office then accepts it.
    await eventually('the suggestion filed as an appeal', async () => {
      try {
        return (
          await gql<{ appeal: { id: string } }>(
            admin,
            'query($id: ID!) { appeal(id: $id) { id } }',
            {
              id: appealId,
            },
          )
        ).appeal.id;
      } catch {
        return undefined;
      }
    });
    await gql(
      admin,
      'mutation($id: ID!) { acceptAppeal(id: $id, note: "已受理，转相关部门") { id } }',
      {
        id: appealId,
      },
    );

    const page = await signedInPage(browser, system, opened, elder, 'phone', '/my/household');
    await page.getByRole('heading', { level: 1, name: '我的家庭' }).waitFor();
    const suggestion = page.getByTestId('suggestion').filter({ hasText: text });
    await suggestion.getByTestId('suggestion-status').filter({ hasText: '已受理' }).waitFor();
    const steps = suggestion.getByRole('list', { name: '办理轨迹' });
    await steps.getByText('待受理', { exact: false }).first().waitFor();
    await steps.getByText('已受理，转相关部门', { exact: false }).waitFor();
    expect(await suggestion.count()).toBe(1);
    // The office handled it; the page names no one in full.
    expect(await page.getByText(admin.name ?? '平台管理员').count()).toBe(0);
    await expectAccessible(page);
    await screenshot(page, 'community-my-suggestions');
  });
});
