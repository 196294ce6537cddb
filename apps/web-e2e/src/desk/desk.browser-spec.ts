import type { Browser, Page } from 'playwright-core';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { collectiveEnterprise, type SeedUser } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { type DeviceName, launchBrowser, openPage, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { developmentAuthHeader, developmentToken } from '../support/sign-in';
import { webSystem } from '../support/system-file';

/**
 * The department desk, the leader's board and the volunteer lead in a real browser against the
 * system `npm start` runs. The other roles' steps (filing the appeal) go through the gateway with
 * seed tokens, as their own apps would send them.
 */
describe('department desk, leader board and volunteer lead', () => {
  const system = webSystem();
  const urbanStaff = seedUser(
    'DEPARTMENT_STAFF',
    (user) => user.departmentCode === 'URBAN_MANAGEMENT',
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
    // Each page is checked for requests off the machine as it closes.
    while (opened.length > 0) await opened.pop()?.close();
  });

  /** A page signed in as the seed user (the token the development sign-in would store). */
  async function signedIn(user: SeedUser, device: DeviceName, path: string): Promise<Page> {
    const page = await openPage(browser, device, { baseURL: system.webUrl });
    opened.push(page);
    const token = await developmentToken(system.webUrl, user);
    await page.context.addInitScript((value) => localStorage.setItem('erqi.token', value), token);
    await page.page.goto(path);
    return page.page;
  }

  /** The enterprise files an appeal (郑好拍) that the rules dispatch to URBAN_MANAGEMENT. */
  async function fileAppeal(title: string): Promise<string> {
    const { body } = await postGraphQL<{ submitAppeal: { id: string } }>(
      system.gatewayUrl,
      `mutation File($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: collectiveEnterprise.id,
          title,
          description: '厂区门口路灯损坏，夜班工人下班路段无照明。',
          category: 'SURROUNDINGS',
          channel: 'ENTERPRISE_APP',
          handlingMode: 'URGENT',
        },
      },
      await developmentAuthHeader(system.webUrl, seedUser('ENTERPRISE')),
    );
    expect(body.errors).toBeUndefined();
    return body.data?.submitAppeal.id ?? '';
  }

  /** The board's big figure, as printed (e.g. `57`, `87.5%`). */
  async function figure(page: Page, testId: string): Promise<string> {
    const tile = page.getByTestId(testId);
    await tile.waitFor();
    return (await tile.textContent()) ?? '';
  }

  it('reports in and resolves an appeal at the department desk, and the leader sees the figures change', async () => {
    const leaderBoard = await signedIn(seedUser('LEADER'), 'desk', '/board');
    const totalBefore = Number(await figure(leaderBoard, 'figure-total'));
    const resolvedBefore = Number(await figure(leaderBoard, 'figure-resolved'));

    const title = `路灯损坏 ${Date.now()}`;
    const id = await fileAppeal(title);

    const desk = await signedIn(urbanStaff, 'desk', '/desk');
    const row = desk.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    // The countdown to the report-in deadline, with its status word beside the colour.
    expect(await row.textContent()).toMatch(/剩余 \d+ 小时 \d+ 分（工作时间）|超时未报到/);
    expect(await row.textContent()).toMatch(/今日到期|按时|已超时/);
    await expectAccessible(desk);
    await screenshot(desk, 'desk-dispatches');

    await desk.getByRole('button', { name: `报到: ${title}` }).click();
    await desk
      .getByRole('status')
      .filter({ hasText: `报到成功: ${title}` })
      .waitFor();
    // Reported in: it leaves 待报到.
    await desk.getByRole('row').filter({ hasText: title }).waitFor({ state: 'detached' });

    await desk.goto(`/desk/appeals/${id}`);
    await desk.getByRole('heading', { name: `办理：${title}` }).waitFor();
    await desk
      .getByText(/已于 .* 报到/)
      .first()
      .waitFor();
    await desk.getByRole('button', { name: '受理' }).click();
    await desk.getByText('已受理').first().waitFor();
    await desk.getByRole('button', { name: '直办' }).click();
    await desk.getByText('办理中').first().waitFor();
    await desk.getByLabel('反馈给企业的办理结果').fill('已更换路灯灯泡并恢复照明。');
    await expectAccessible(desk);
    await screenshot(desk, 'desk-handle');
    await desk.getByRole('button', { name: '结案反馈' }).click();
    await desk.getByText('已办结待评价').first().waitFor();
    await desk.getByText('已更换路灯灯泡并恢复照明。').first().waitFor();

    const phone = await signedIn(urbanStaff, 'phone', `/desk/appeals/${id}`);
    await phone.getByText('已办结待评价').first().waitFor();
    await expectAccessible(phone);
    await screenshot(phone, 'desk-handle');

    await leaderBoard.reload();
    expect(Number(await figure(leaderBoard, 'figure-total'))).toBe(totalBefore + 1);
    expect(Number(await figure(leaderBoard, 'figure-resolved'))).toBe(resolvedBefore + 1);
  });

  it('refuses a second report-in and says why, in Chinese, keeping the desk usable', async () => {
    const title = `二次报到 ${Date.now()}`;
    const id = await fileAppeal(title);
    const desk = await signedIn(urbanStaff, 'desk', `/desk/appeals/${id}`);
    await desk.getByRole('button', { name: '报到' }).waitFor();
    // Another desk of the department reports in first.
    await postGraphQL(
      system.gatewayUrl,
      `mutation { acknowledgeDispatch(appealId: "${id}", departmentCode: "URBAN_MANAGEMENT") { id } }`,
      {},
      await developmentAuthHeader(system.webUrl, urbanStaff),
    );
    await desk.getByRole('button', { name: '报到' }).click();
    await desk.getByRole('alert').filter({ hasText: '状态已变化' }).waitFor();
    expect(await desk.getByRole('alert').first().textContent()).toContain('刷新后再试');
  });

  const screens: Array<{
    name: string;
    user: () => SeedUser;
    path: string;
    ready: string;
    /** Data the screen should show (the desk's list is empty once the tests above reported in). */
    prepare?: () => Promise<unknown>;
  }> = [
    { name: 'board', user: () => seedUser('LEADER'), path: '/board', ready: '驾驶舱' },
    {
      name: 'board-overdue',
      user: () => seedUser('SUPERVISOR'),
      path: '/board/overdue',
      ready: '超时清单',
    },
    {
      name: 'board-findings',
      user: () => seedUser('SUPERVISOR'),
      path: '/board/findings',
      ready: '暗访督导台账',
    },
    {
      name: 'volunteer-roster',
      user: () => seedUser('VOLUNTEER_LEAD'),
      path: '/team',
      ready: '活动排班',
    },
    {
      name: 'desk-dispatches',
      user: () => urbanStaff,
      path: '/desk',
      ready: '待报到',
      prepare: () => fileAppeal(`门前积水 ${Date.now()}`),
    },
  ];

  for (const screen of screens)
    for (const device of ['phone', 'desk'] as const)
      it(`shows ${screen.path} on a ${device} accessibly`, async () => {
        await screen.prepare?.();
        const page = await signedIn(screen.user(), device, screen.path);
        await page.getByRole('heading', { level: 1 }).filter({ hasText: screen.ready }).waitFor();
        await page.waitForLoadState('networkidle');
        await expectAccessible(page);
        // desk-dispatches at desk size is taken with its countdowns by the first test.
        if (!(screen.name === 'desk-dispatches' && device === 'desk'))
          await screenshot(page, screen.name);
        expect(await page.getByRole('alert').count()).toBe(0);
      });
});
