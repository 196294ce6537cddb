import type { Browser } from 'playwright-core';
import { volunteers } from '@erqi/shared/util-seed-fixtures';
import { seedUser } from '@erqi/shared/util-seed-tokens';
import { expectAccessible } from '../support/accessibility';
import { launchBrowser, type OpenedPage } from '../support/browser';
import { screenshot } from '../support/screenshots';
import { webSystem } from '../support/system-file';
import { shanghaiDate, shanghaiLocal, signedInPage } from './volunteer-system';

/**
 * The 八卦庙 crew's lead (队长, `lead-baguamiao`) at the desk against the running system: creates an
 * activity, adds a post and a shift (a shift that ends before it starts is refused on its field),
 * sees the shift under 缺岗 above the posts, signs a member up and checks them in.
 */
describe('the volunteer lead at the desk', () => {
  const system = webSystem();
  const lead = seedUser('VOLUNTEER_LEAD', (user) => user.teamCode === 'BAGUAMIAO_CREW');
  // Not the member the volunteer's spec signs in as: its shifts stay its own.
  const member = volunteers.find(
    (volunteer) =>
      volunteer.teamCode === 'BAGUAMIAO_CREW' && volunteer.id !== seedUser('VOLUNTEER').volunteerId,
  );
  const run = `${Date.now() % 100_000}`;
  const activityName = `社区冬季义诊 ${run}`; // sample
  const place = `东门 ${run}`; // sample
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

  it('plans a shift, sees it under 缺岗 first, signs a member up and checks them in', async () => {
    const name = member?.name ?? '';
    const page = await signedInPage(browser, system, opened, lead, 'desk', '/team');
    await page.getByRole('heading', { level: 1, name: '活动排班' }).waitFor();

    await page.getByRole('button', { name: '新建活动' }).click();
    await page.getByLabel('活动编码').fill(`WINTER_CLINIC_${run}`);
    await page.getByLabel('活动名称').fill(activityName);
    await page.getByLabel('地点', { exact: true }).fill('八卦庙社区');
    await page.getByLabel('开始日期').fill(shanghaiDate(0));
    await page.getByLabel('结束日期').fill(shanghaiDate(1));
    await page.getByRole('button', { name: '创建活动' }).click();
    await page.getByRole('heading', { level: 2, name: activityName }).waitFor();

    await page.getByRole('button', { name: '新增岗位' }).click();
    await page.getByLabel('秩序维护').check();
    await page.locator('form[id^="post-"]').getByLabel('地点').fill(place);
    await page.getByRole('button', { name: '添加岗位' }).click();
    const postLabel = `秩序维护 · ${place}`;
    const shiftForm = page.getByRole('form', { name: `添加班次：${postLabel}` });
    await shiftForm.waitFor();

    // Starts in ten minutes: open to sign-up, and its check-in window (30 minutes before) is open.
    const start = new Date(Math.ceil((Date.now() + 10 * 60_000) / 60_000) * 60_000);
    await shiftForm.getByLabel('开始时间').fill(shanghaiLocal(start));
    await shiftForm
      .getByLabel('结束时间')
      .fill(shanghaiLocal(new Date(start.getTime() - 3_600_000)));
    await shiftForm.getByLabel('需要人数').fill('2');
    await shiftForm.getByRole('button', { name: '添加班次' }).click();
    // Refused on its field, in the server's words; nothing added.
    await shiftForm.locator('.ant-form-item-has-error').filter({ hasText: '结束时间' }).waitFor();
    await shiftForm
      .getByLabel('结束时间')
      .fill(shanghaiLocal(new Date(start.getTime() + 2 * 3_600_000)));
    await shiftForm.getByRole('button', { name: '添加班次' }).click();

    const gaps = page.getByRole('region', { name: /^缺岗/ });
    const gap = gaps.getByRole('listitem').filter({ hasText: postLabel });
    await gap.waitFor();
    expect(await gap.textContent()).toContain('缺 2 人');
    // 缺岗 comes before the posts.
    const gapsBox = await gaps.boundingBox();
    const postsBox = await page.getByRole('heading', { name: '岗位与班次' }).boundingBox();
    expect(gapsBox && postsBox && gapsBox.y < postsBox.y).toBe(true);

    await page.getByRole('button', { name: new RegExp(`^报名与签到：${postLabel} · `) }).click();
    await page.getByLabel('为队员报名').selectOption({ label: name });
    await page.getByRole('button', { name: '报名', exact: true }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已报名：${name}` })
      .waitFor();
    await page.getByRole('button', { name: `签到：${name}` }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `已签到：${name}` })
      .waitFor();
    await page.getByRole('button', { name: `签退：${name}` }).waitFor();
    await gap.filter({ hasText: '缺 1 人' }).waitFor();
    await expectAccessible(page);
    await screenshot(page, 'volunteer-lead');
  });

  it('shows the roster on a phone accessibly', async () => {
    const page = await signedInPage(browser, system, opened, lead, 'phone', '/team');
    await page.getByRole('heading', { level: 1, name: '活动排班' }).waitFor();
    await page.getByRole('region', { name: /^缺岗/ }).waitFor();
    await page.waitForLoadState('networkidle');
    await expectAccessible(page);
    await screenshot(page, 'volunteer-lead');
    await page.getByRole('tab', { name: /^任务/ }).click();
    await page.getByRole('tab', { name: '队员' }).click();
    await page.getByRole('button', { name: '登记队员' }).waitFor();
    await expectAccessible(page);
    expect(await page.getByRole('alert').count()).toBe(0);
  });
});
