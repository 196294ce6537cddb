import { createKafkaClient } from '@erqi/shared/data-access-events';
import {
  readTopics,
  recordEndOffsets,
  type TopicReader,
} from '@erqi/shared/data-access-topic-reader';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  departmentDispatchTopic,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import type { Admin } from 'kafkajs';
import { systemAddresses } from '../support/system-file';

/**
 * An appeal filed in an enterprise-exclusive cell reaches, through the gateway, the outbox and the real
 * broker, every department and volunteer team that must act; the team gets a task; a department reports in.
 */
describe('an appeal spread to departments and a volunteer team', () => {
  const system = systemAddresses();
  const kafka = createKafkaClient({
    clientId: 'e2e',
    logger: createLogger('e2e'),
    // Reads several departments' and teams' topics at once: the admin principal.
    principal: 'admin',
  });
  // SURROUNDINGS is led by URBAN_MANAGEMENT with HOUSING_CONSTRUCTION assisting, and volunteer-eligible;
  // the collective enterprise's cell BGM-E01 is covered by the ALLIANCE_YOUTH team.
  const topics = [
    departmentDispatchTopic('URBAN_MANAGEMENT'),
    departmentDispatchTopic('HOUSING_CONSTRUCTION'),
    volunteerTeamDispatchTopic('ALLIANCE_YOUTH'),
  ];
  let admin: Admin;
  let reader: TopicReader;
  let appealId: string;

  beforeAll(async () => {
    admin = kafka.admin();
    await admin.connect();
    reader = await readTopics(kafka, await recordEndOffsets(admin, topics));
    const { body } = await postGraphQL<{ submitAppeal: { id: string } }>(
      system.gatewayUrl,
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: collectiveEnterprise.id,
          title: '厂区外排水沟堵塞',
          description: '雨天积水，影响员工通行。',
          category: 'SURROUNDINGS',
          channel: 'GRID_WORKER',
          handlingMode: 'JOINT',
        },
      },
      await authHeaderFor(seedUser('GRID_WORKER')),
    );
    expect(body.errors).toBeUndefined();
    appealId = body.data?.submitAppeal.id ?? '';
  }, 60_000);

  afterAll(async () => {
    await reader?.stop();
    await admin?.disconnect();
  });

  it('puts one CloudEvent on each department topic and on the team topic, keyed by the appeal', async () => {
    const ours = () => reader.records.filter((record) => record.key === appealId);
    await reader.until(() => ours().length >= topics.length, 20_000, 'the three dispatches');
    await reader.caughtUp(admin, 10_000);
    expect(
      ours()
        .map((record) => record.topic)
        .sort(),
    ).toEqual([...topics].sort());
    for (const record of ours()) {
      expect(record.headers).toMatchObject({
        ce_specversion: '1.0',
        ce_type: 'cn.erqi.appeal.dispatched',
        ce_source: '/erqi/appeal',
        ce_subject: appealId,
        'content-type': 'application/json',
      });
      expect(record.headers['ce_id']).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(record.headers['ce_time'] ?? '')).not.toBeNaN();
      const data = JSON.parse(record.value) as {
        appealId: string;
        role: string;
        target: { code: string };
      };
      expect(data.appealId).toBe(appealId);
      expect(record.topic.endsWith(data.target.code)).toBe(true);
    }
    const roles = ours()
      .map((record) => (JSON.parse(record.value) as { role: string }).role)
      .sort();
    expect(roles).toEqual(['ASSISTING', 'LEAD', 'VOLUNTEER']);
  });

  it('gives the volunteer team a task, visible on the appeal through the gateway', async () => {
    const teamLead = await authHeaderFor(seedUser('VOLUNTEER_LEAD'));
    const deadline = Date.now() + 20_000;
    let tasks: Array<{ status: string; team: { code: string } }> = [];
    while (tasks.length === 0 && Date.now() < deadline) {
      const { body } = await postGraphQL<{ appeal: { volunteerTasks: typeof tasks } }>(
        system.gatewayUrl,
        `query($id: ID!) { appeal(id: $id) { volunteerTasks { status team { code } } } }`,
        { id: appealId },
        teamLead,
      );
      expect(body.errors).toBeUndefined();
      tasks = body.data?.appeal.volunteerTasks ?? [];
      if (tasks.length === 0) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(tasks).toEqual([{ status: 'OPEN', team: { code: 'ALLIANCE_YOUTH' } }]);
  });

  it('records the lead department reporting in (报到) on the timeline, once', async () => {
    const ACKNOWLEDGE = `mutation($id: ID!) { acknowledgeDispatch(appealId: $id, departmentCode: "URBAN_MANAGEMENT") {
      dispatches { targetCode acknowledgedAt } timeline { actor note } } }`;
    const urbanManagement = await authHeaderFor(
      seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'URBAN_MANAGEMENT'),
    );
    const { body } = await postGraphQL<{
      acknowledgeDispatch: {
        dispatches: Array<{ targetCode: string; acknowledgedAt: string | null }>;
        timeline: Array<{ actor: string; note: string }>;
      };
    }>(system.gatewayUrl, ACKNOWLEDGE, { id: appealId }, urbanManagement);
    expect(body.errors).toBeUndefined();
    const lead = body.data?.acknowledgeDispatch.dispatches.find(
      (dispatch) => dispatch.targetCode === 'URBAN_MANAGEMENT',
    );
    expect(lead?.acknowledgedAt).not.toBeNull();
    expect(
      body.data?.acknowledgeDispatch.timeline.filter((entry) => entry.actor === 'URBAN_MANAGEMENT'),
    ).toHaveLength(1);

    const again = await postGraphQL(
      system.gatewayUrl,
      ACKNOWLEDGE,
      { id: appealId },
      urbanManagement,
    );
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });
});
