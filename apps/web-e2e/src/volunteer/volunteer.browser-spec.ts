import type { Browser } from 'playwright-core';
import { enterpriseByName, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { eventually, gatewayAs, shanghaiDate, signedInPage } from './volunteer-system';

const crew = volunteerTeams.find((team) => team.code === 'BAGUAMIAO_CREW');
/** An enterprise of BGM-E03, a cell the crew covers: its JOINT appeals are spread to the crew. */
const waterTown = enterpriseByName('郑州贾鲁水镇文化旅游有限公司');

/**
 * The volunteer (志愿者 of the 八卦庙 crew, `volunteer-1`) on its phone against the running system:
 * signs up to a shift of its team's post, finds it under 我的班次, accepts (接单), starts and completes
 * a task spread to the crew with a note, and sees its hours. The lead plans the shift and a grid worker
 * files the appeal through the gateway, as their own screens would.
 */
describe('the volunteer on its phone', () => {
  const system = webSystem();
  const gql = gatewayAs(system);
  const lead = seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'BAGUAMIAO_CREW');
  const member = seedUser('VOLUNTEER');
  const run = `${Date.now() % 100_000}`;
  const place = `南门广场 ${run}`; // sample
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

  /** The lead plans tomorrow morning's 秩序维护 at a new post: 3 people needed. */
  async function planShift(): Promise<void> {
    const { createVolunteerActivity: activity } = await gql<{
      createVolunteerActivity: { id: string };
    }>(
      lead,
      `mutation($input: CreateVolunteerActivityInput!) { createVolunteerActivity(input: $input) { id } }`,
      {
        input: {
          code: `WINTER_PATROL_${run}`,
          name: `冬季社区巡查 ${run}`, // sample
          location: '八卦庙社区',
          startsOn: shanghaiDate(0),
          endsOn: shanghaiDate(2),
        },
      },
    );
    const { addVolunteerPost: post } = await gql<{ addVolunteerPost: { id: string } }>(
      lead,
      `mutation($input: AddVolunteerPostInput!) { addVolunteerPost(input: $input) { id } }`,
      { input: { activityId: activity.id, teamId: crew?.id, duty: 'ORDER_KEEPING', place } },
    );
    const tomorrow = shanghaiDate(1);
    await gql(
      lead,
      `mutation($input: AddVolunteerShiftInput!) { addVolunteerShift(input: $input) { id } }`,
      {
        input: {
          postId: post.id,
          startsAt: `${tomorrow}T09:00:00+08:00`,
          endsAt: `${tomorrow}T13:00:00+08:00`,
          requiredHeadcount: 3,
        },
      },
    );
  }

  it('signs up to a shift of its team and finds it under 我的班次', async () => {
    await planShift();
    const page = await signedInPage(browser, system, opened, member, 'phone', '/my/shifts');
    await page.getByRole('heading', { level: 1, name: '我的班次' }).waitFor();
    const signUp = page.getByRole('button', { name: new RegExp(`^报名：秩序维护 · ${place} · `) });
    await signUp.waitFor();
    // Tomorrow's shift: no 签到 yet (the window opens 30 minutes before it starts).
    expect(await page.getByRole('button', { name: new RegExp(`^签到：.*${place}`) }).count()).toBe(
      0,
    );
    await signUp.click();
    await page
      .getByRole('status')
      .filter({ hasText: `已报名：秩序维护 · ${place}` })
      .waitFor();
    await signUp.waitFor({ state: 'detached' });
    // Under 已报名的班次, with the way back out before it starts.
    const cancel = page.getByRole('button', { name: new RegExp(`^取消报名：秩序维护 · ${place}`) });
    await cancel.waitFor();
    await expectAccessible(page);
    await screenshot(page, 'volunteer-shifts');

    // It stays signed up after a reload: the server holds the sign-up.
    await page.reload();
    await cancel.waitFor();
  });

  it('accepts a task spread to its team, starts it and completes it with a note', async () => {
    const title = `灯会入口人流疏导 ${run}`; // sample
    const { submitAppeal } = await gql<{ submitAppeal: { id: string } }>(
      seedUser('GRID_WORKER'),
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: waterTown.id,
          title,
          description: '灯会期间游客集中，需要志愿者协助疏导。', // sample
          category: 'SURROUNDINGS',
          channel: 'GRID_WORKER',
          handlingMode: 'JOINT',
        },
      },
    );
    // The dispatch reaches the volunteer service through the broker.
    await eventually('the crew’s task', async () => {
      const data = await gql<{ volunteerTeam: { tasks: Array<{ appeal: { id: string } }> } }>(
        member,
        `query($team: ID!) { volunteerTeam(id: $team) { tasks(first: 100) { appeal { id } } } }`,
        { team: crew?.id },
      );
      return data.volunteerTeam.tasks.find((task) => task.appeal.id === submitAppeal.id);
    });

    const page = await signedInPage(browser, system, opened, member, 'phone', '/my/tasks');
    await page.getByRole('heading', { level: 1, name: '我的任务' }).waitFor();
    await page.getByRole('button', { name: `接单：${title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已接单：${title}` })
      .waitFor();
    await page.getByRole('button', { name: `开始处理：${title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已开始处理：${title}` })
      .waitFor();

    // An empty note is refused on the field before anything is sent.
    await page.getByRole('button', { name: `完成：${title}` }).click();
    await page.getByRole('alert').filter({ hasText: '请填写完成说明' }).waitFor();
    const note = '已在入口疏导人流，秩序正常'; // sample
    await page.getByLabel(`完成说明：${title}`).fill(note);
    await expectAccessible(page);
    await screenshot(page, 'volunteer-tasks');
    await page.getByRole('button', { name: `完成：${title}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已完成：${title}` })
      .waitFor();
    await page.getByText(`完成说明：${note}`).waitFor();

    // The lead sees it done with the member's note.
    const { volunteerTeam } = await gql<{
      volunteerTeam: {
        tasks: Array<{ status: string; completionNote: string | null; appeal: { id: string } }>;
      };
    }>(
      lead,
      `query($team: ID!) { volunteerTeam(id: $team) { tasks(first: 100) { status completionNote appeal { id } } } }`,
      { team: crew?.id },
    );
    expect(volunteerTeam.tasks.find((task) => task.appeal.id === submitAppeal.id)).toEqual({
      status: 'DONE',
      completionNote: note,
      appeal: { id: submitAppeal.id },
    });
  });

  it('shows its hours by month and by activity, accessibly', async () => {
    const page = await signedInPage(browser, system, opened, member, 'phone', '/my/hours');
    await page.getByRole('heading', { level: 1, name: '我的时长' }).waitFor();
    await page.getByTestId('hours-total').waitFor();
    expect(await page.getByTestId('hours-total').textContent()).toMatch(/^\d+\.\d 小时$/);
    await page.getByRole('heading', { name: '按月' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'volunteer-hours');
  });
});
