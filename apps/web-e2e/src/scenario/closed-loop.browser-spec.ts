import type { Browser, Page } from 'playwright-core';
import { type GraphQLResponse, postGraphQL } from '@erqi/shared/util-graphql-client';
import { enterpriseByName, seedUsers } from '@erqi/shared/util-seed-fixtures';
import { expectAccessible } from '../support/accessibility';
import { type DeviceName, launchBrowser, type OpenedPage, openPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { signInWithDevelopmentPicker, type Who } from '../support/sign-in';
import { webSystem } from '../support/system-file';
import { testPng } from '../field/test-photo';

const BAFANG = '河南八方顺亿实业有限公司';
/** 周边环境与市政设施: its default dispatch rule sends it to URBAN_MANAGEMENT, whose staff sign in. */
const CATEGORY = '周边环境与市政设施';
const FEEDBACK = '已更换路灯灯泡并恢复照明。';
const EVALUATION = '处理及时，照明已恢复。';

interface AppealsPage {
  nodes: Array<{ id: string; title: string; status: string }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * One appeal followed through by every role, each in its own browser context signed in with the
 * development picker, against the system the browser tests start (no request of the page stubbed):
 * the grid worker files it with a photo, the department it was dispatched to reports in and resolves
 * it at the desk, the enterprise evaluates it in the app, and the leader's board counts it.
 */
describe('closed loop: one appeal from the grid worker to the leader', () => {
  const system = webSystem();
  const bafang = enterpriseByName(BAFANG);
  const title = `厂区门口路灯损坏 闭环 ${Date.now() % 100_000}`;
  let browser: Browser;
  const opened: OpenedPage[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    // Each page is checked for requests off the machine as it closes.
    while (opened.length > 0) await opened.pop()?.close();
    await browser?.close();
  });

  async function signedIn(who: Who, device: DeviceName): Promise<Page> {
    const page = await openPage(browser, device, { baseURL: system.webUrl });
    opened.push(page);
    await signInWithDevelopmentPicker(page.page, system.webUrl, who);
    return page.page;
  }

  /** The board's big figure as a number (e.g. `57`). */
  async function figure(page: Page, testId: string): Promise<number> {
    const tile = page.getByTestId(testId);
    await tile.waitFor();
    return Number((await tile.textContent()) ?? NaN);
  }

  /**
   * The Authorization header of the user signed in on this page: the token the development sign-in
   * gave it (the system under test trusts its own dev routes and OpenID provider, not the seed-token
   * key of libs/shared/util-seed-tokens).
   */
  async function authHeaderOf(page: Page): Promise<Record<string, string>> {
    const token = await page.evaluate(() => localStorage.getItem('erqi.token'));
    return { authorization: `Bearer ${token ?? ''}` };
  }

  /** The appeals of 八方顺亿 with this scenario's title the gateway holds (every page of them). */
  async function appealsTitled(asUser: Page): Promise<Array<{ id: string; status: string }>> {
    const found: Array<{ id: string; status: string }> = [];
    let after: string | null = null;
    do {
      const { body }: { body: GraphQLResponse<{ appeals: AppealsPage }> } = await postGraphQL(
        system.gatewayUrl,
        `query Mine($enterpriseId: ID, $after: String) {
          appeals(first: 100, after: $after, enterpriseId: $enterpriseId) {
            nodes { id title status }
            pageInfo { hasNextPage endCursor }
          }
        }`,
        { enterpriseId: bafang.id, after },
        await authHeaderOf(asUser),
      );
      expect(body.errors).toBeUndefined();
      const page: AppealsPage | undefined = body.data?.appeals;
      found.push(
        ...(page?.nodes
          .filter((node) => node.title === title)
          .map(({ id, status }) => ({ id, status })) ?? []),
      );
      after = page?.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return found;
  }

  /** The department the appeal was dispatched to (its lead department), asked as the grid worker. */
  async function leadDepartment(asUser: Page, id: string): Promise<string> {
    const { body } = await postGraphQL<{ appeal: { leadDepartment: { code: string } | null } }>(
      system.gatewayUrl,
      `query Lead($id: ID!) { appeal(id: $id) { leadDepartment { code } } }`,
      { id },
      await authHeaderOf(asUser),
    );
    expect(body.errors).toBeUndefined();
    return body.data?.appeal.leadDepartment?.code ?? '';
  }

  /** Where the scenario got to: a timeout then says which role's step it stopped in. */
  const started = Date.now();
  function step(name: string): void {
    process.stdout.write(`[closed-loop] ${Math.round((Date.now() - started) / 1000)} s: ${name}\n`);
  }

  it('is filed with a photo, reported in and resolved, evaluated, and counted on the board', async () => {
    step('leader notes the board');
    // 2 (first): the leader's figures before the appeal exists.
    const board = await signedIn('LEADER', 'desk');
    await board.goto('/board');
    await board.getByRole('heading', { name: /驾驶舱/ }).waitFor();
    const totalBefore = await figure(board, 'figure-total');
    const resolvedBefore = await figure(board, 'figure-resolved');

    step('grid worker files');
    // 1: the seed grid worker of the enterprise-exclusive cells files it with a photo, on a phone.
    const worker = await signedIn('GRID_WORKER', 'phone');
    await worker.goto('/cells');
    await worker.getByRole('heading', { name: '我的网格' }).waitFor();
    await worker.getByRole('link', { name: /BGM-E01/ }).click();
    await worker.getByText(BAFANG).first().waitFor();
    await worker.getByRole('link', { name: '提交诉求' }).click();
    await worker.getByRole('heading', { name: '提交诉求' }).waitFor();
    await worker.getByLabel('企业').selectOption({ label: `${BAFANG}（BGM-E01）` });
    await worker.getByLabel('诉求标题').fill(title);
    await worker.getByLabel('详细描述').fill('晚班下班路段无照明，员工出行不便。');
    await worker.getByLabel('诉求类别').selectOption({ label: CATEGORY });
    // 紧急: the form's default 跟踪盯办 needs a progress note before 结案反馈, which the desk does not offer.
    await worker.getByLabel('办理方式').selectOption({ label: '紧急事项（1 个工作日）' });
    await worker
      .locator('input[type=file]')
      .setInputFiles({ name: 'street-light.png', mimeType: 'image/png', buffer: testPng() });
    await worker.getByRole('img', { name: '现场照片 1' }).waitFor();
    await worker.getByRole('button', { name: '提交' }).click();

    await worker.getByRole('heading', { name: '诉求', exact: true }).waitFor();
    const listed = worker.getByRole('link', { name: title });
    await listed.waitFor();
    expect(await listed.count()).toBe(1);
    await listed.click();
    await worker.getByRole('heading', { name: title }).waitFor();
    const workerTimeline = worker.getByRole('list', { name: '办理轨迹' });
    await workerTimeline.getByText('待受理').first().waitFor();
    expect(await workerTimeline.getByRole('listitem').first().textContent()).toContain('赵磊');
    await worker.getByRole('img', { name: '现场照片 1' }).waitFor();
    await expectAccessible(worker);
    const id = new URL(worker.url()).pathname.split('/').pop() ?? '';
    expect(await appealsTitled(worker)).toEqual([{ id, status: 'SUBMITTED' }]);

    step('department reports in and resolves');
    // 3: the department it was dispatched to, at its desk.
    const departmentCode = await leadDepartment(worker, id);
    expect(departmentCode).toBe('URBAN_MANAGEMENT');
    const staff = seedUsers.find(
      (user) => user.role === 'DEPARTMENT_STAFF' && user.departmentCode === departmentCode,
    );
    if (!staff) throw new Error(`no seed user of ${departmentCode}`);
    const desk = await signedIn({ subject: staff.subject }, 'desk');
    await desk.goto('/desk');
    const row = desk.getByRole('row').filter({ hasText: title });
    await row.waitFor();
    expect(await row.textContent()).toMatch(/剩余 \d+ 小时 \d+ 分（工作时间）|超时未报到/);
    await desk.getByRole('button', { name: `报到: ${title}` }).click();
    await desk
      .getByRole('status')
      .filter({ hasText: `报到成功: ${title}` })
      .waitFor();
    await row.waitFor({ state: 'detached' });

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
    await desk.getByLabel('反馈给企业的办理结果').fill(FEEDBACK);
    await desk.getByRole('button', { name: '结案反馈' }).click();
    await desk.getByText('已办结待评价').first().waitFor();
    await expectAccessible(desk);

    step('enterprise evaluates');
    // 4: the enterprise sees the feedback and evaluates it in the app (RESOLVED → EVALUATED).
    const enterprise = await signedIn('ENTERPRISE', 'phone');
    await enterprise.goto('/appeals');
    await enterprise.getByRole('heading', { name: '诉求', exact: true }).waitFor();
    await enterprise.getByRole('link', { name: title }).click();
    await enterprise.getByRole('heading', { name: title }).waitFor();
    await enterprise.getByText('已反馈待评价').first().waitFor();
    await enterprise.getByText(FEEDBACK).first().waitFor();
    await enterprise.getByRole('group', { name: '评价' }).getByLabel('5 星').check();
    await enterprise.getByLabel('评价意见').fill(EVALUATION);
    await expectAccessible(enterprise);
    await screenshot(enterprise, 'appeal-evaluate');
    await enterprise.getByRole('button', { name: '提交评价' }).click();
    const enterpriseTimeline = enterprise.getByRole('list', { name: '办理轨迹' });
    await enterpriseTimeline.getByText('已评价').first().waitFor();
    await enterprise.getByText(EVALUATION).first().waitFor();
    // Evaluated: nothing left for the enterprise to do.
    expect(await enterprise.getByRole('button', { name: '提交评价' }).count()).toBe(0);

    step('leader sees the figures change');
    // 5: the leader's board counts one more appeal, and one more 已办结.
    await board.reload();
    expect(await figure(board, 'figure-total')).toBe(totalBefore + 1);
    expect(await figure(board, 'figure-resolved')).toBe(resolvedBefore + 1);

    // Exactly one such appeal on the server, where the enterprise left it.
    expect(await appealsTitled(enterprise)).toEqual([{ id, status: 'EVALUATED' }]);
    // Four roles' screens one after another on a busy two-core machine.
  }, 300_000);
});
