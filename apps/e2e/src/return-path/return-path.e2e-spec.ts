import { sendSettled } from '@erqi/shared/data-access-topic-reader';
import { createKafkaClient, TopicProvisioner } from '@erqi/shared/data-access-events';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  createCloudEvent,
  departmentAcknowledgementTopic,
  eventCatalogue,
  toKafkaRecord,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import type { Producer } from 'kafkajs';
import { systemAddresses } from '../support/system-file';

type Timeline = Array<{ actor: string; note: string }>;

/**
 * Work goes out by event and comes back by event: a department reports in (报到) by publishing to its
 * acknowledgement topic, and a volunteer team's progress on its task reaches the appeal's timeline.
 */
describe('the return path onto the appeal’s timeline', () => {
  const system = systemAddresses();
  const logger = createLogger('e2e');
  const kafka = createKafkaClient({
    clientId: 'department-URBAN_MANAGEMENT',
    logger,
    // Also forges reports on another department's topic (the DLQ case): the admin principal.
    principal: 'admin',
  });
  let producer: Producer;
  let appealId: string;
  let supervisor: Record<string, string>;

  const timeline = async (): Promise<Timeline> => {
    const { body } = await postGraphQL<{ appeal: { timeline: Timeline } }>(
      system.gatewayUrl,
      `query($id: ID!) { appeal(id: $id) { timeline { actor note } } }`,
      { id: appealId },
      supervisor,
    );
    expect(body.errors).toBeUndefined();
    return body.data?.appeal.timeline ?? [];
  };
  const untilTimeline = async (
    what: string,
    done: (entries: Timeline) => boolean,
  ): Promise<Timeline> => {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const entries = await timeline();
      if (done(entries)) return entries;
      if (Date.now() > deadline)
        throw new Error(`timed out waiting for ${what}; the timeline: ${JSON.stringify(entries)}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    supervisor = await authHeaderFor(seedUser('SUPERVISOR'));
    const topic = departmentAcknowledgementTopic('URBAN_MANAGEMENT');
    await new TopicProvisioner({ kafka, logger }).ensure([topic]);
    producer = kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
    });
    await producer.connect();
    const { body } = await postGraphQL<{ submitAppeal: { id: string } }>(
      system.gatewayUrl,
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id } }`,
      {
        input: {
          enterpriseId: collectiveEnterprise.id,
          title: '厂区门口井盖缺失',
          description: '夜间有安全隐患。',
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
    await producer?.disconnect();
  });

  it('shows a department’s report published as an event, once, even when it is sent twice', async () => {
    const { type } = eventCatalogue.departmentReportedIn;
    const report = createCloudEvent({
      type,
      source: '/departments/URBAN_MANAGEMENT',
      subject: appealId,
      data: {
        appealId,
        departmentCode: 'URBAN_MANAGEMENT',
        reportedAt: new Date().toISOString(),
        note: '城管中队已接单',
      },
    });
    await sendSettled(producer, {
      topic: departmentAcknowledgementTopic('URBAN_MANAGEMENT'),
      acks: -1,
      messages: [toKafkaRecord(report, appealId), toKafkaRecord(report, appealId)],
    });
    const entries = await untilTimeline('the report on the timeline', (all) =>
      all.some((entry) => entry.actor === 'URBAN_MANAGEMENT'),
    );
    expect(
      entries.filter((entry) => entry.actor === 'URBAN_MANAGEMENT').map((entry) => entry.note),
    ).toEqual([expect.stringContaining('城管中队已接单')]);

    // The mutation after the event: the same code, which finds the report already made.
    const again = await postGraphQL(
      system.gatewayUrl,
      `mutation($id: ID!) { acknowledgeDispatch(appealId: $id, departmentCode: "URBAN_MANAGEMENT") { id } }`,
      { id: appealId },
      await authHeaderFor(
        seedUser('DEPARTMENT_STAFF', (user) => user.departmentCode === 'URBAN_MANAGEMENT'),
      ),
    );
    expect(again.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
  });

  it('shows the volunteer team taking on, starting and finishing its task', async () => {
    const teamLead = await authHeaderFor(seedUser('VOLUNTEER_LEAD'));
    const deadline = Date.now() + 20_000;
    let taskId: string | undefined;
    while (!taskId && Date.now() < deadline) {
      const { body } = await postGraphQL<{ appeal: { volunteerTasks: Array<{ id: string }> } }>(
        system.gatewayUrl,
        `query($id: ID!) { appeal(id: $id) { volunteerTasks { id } } }`,
        { id: appealId },
        teamLead,
      );
      taskId = body.data?.appeal.volunteerTasks[0]?.id;
      if (!taskId) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(taskId).toBeDefined();
    for (const status of ['IN_PROGRESS', 'DONE']) {
      const { body } = await postGraphQL(
        system.gatewayUrl,
        `mutation($id: ID!, $status: VolunteerTaskStatus!) { updateVolunteerTaskStatus(id: $id, status: $status) { status } }`,
        { id: taskId, status },
        teamLead,
      );
      expect(body.errors).toBeUndefined();
    }
    const entries = await untilTimeline('the finished task on the timeline', (all) =>
      all.some((entry) => entry.note.includes('(DONE)')),
    );
    expect(
      entries.filter((entry) => entry.actor === 'ALLIANCE_YOUTH').map((entry) => entry.note),
    ).toEqual([
      '志愿服务: ALLIANCE_YOUTH took on the task (OPEN)',
      '志愿服务: ALLIANCE_YOUTH started the task (IN_PROGRESS)',
      '志愿服务: ALLIANCE_YOUTH finished the task (DONE)',
    ]);
  });
});
