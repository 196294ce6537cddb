import { createKafkaClient } from '@erqi/shared/data-access-events';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  readTopics,
  recordEndOffsets,
  type TopicReader,
} from '@erqi/shared/data-access-topic-reader';
import { type RunningSystem, startSystem } from '@erqi/shared/feature-local-system';
import { departmentDispatchTopic } from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { collectiveEnterprise } from '@erqi/shared/util-seed-fixtures';
import type { Admin } from 'kafkajs';

/**
 * The appeal service files and dispatches an appeal from its own copies of the registries: with the
 * grid, enterprise and volunteer subgraphs stopped, submitAppeal through the gateway still succeeds and
 * the dispatch still reaches the lead department's topic. A system of its own, since it stops parts of it.
 */
describe('filing an appeal while grid, enterprise and volunteer are down', () => {
  const kafka = createKafkaClient({
    clientId: 'e2e-without-neighbours',
    logger: createLogger('e2e'),
    // Reads several departments' topics at once: the admin principal.
    principal: 'admin',
  });
  const leadTopic = departmentDispatchTopic('URBAN_MANAGEMENT');
  let system: RunningSystem;
  let admin: Admin;
  let reader: TopicReader;

  beforeAll(async () => {
    system = await startSystem();
    for (const name of ['grid', 'enterprise', 'volunteer']) await system.stopSubgraph(name);
    admin = kafka.admin();
    await admin.connect();
    reader = await readTopics(kafka, await recordEndOffsets(admin, [leadTopic]));
  }, 180_000);

  afterAll(async () => {
    await reader?.stop();
    await admin?.disconnect();
    await system?.stop();
  }, 60_000);

  it('files the appeal through the gateway and its dispatch reaches dispatch.department.URBAN_MANAGEMENT', async () => {
    const { body } = await postGraphQL<{
      submitAppeal: {
        id: string;
        status: string;
        dispatches: Array<{ targetCode: string; role: string }>;
        timeline: Array<{ note: string }>;
      };
    }>(
      system.gatewayUrl,
      `mutation($input: SubmitAppealInput!) { submitAppeal(input: $input) { id status dispatches { targetCode role } timeline { note } } }`,
      {
        input: {
          enterpriseId: collectiveEnterprise.id,
          title: '厂区外道路积水',
          description: '雨后积水严重，车辆无法通行。',
          category: 'SURROUNDINGS',
          channel: 'GRID_WORKER',
          handlingMode: 'JOINT',
        },
      },
      await authHeaderFor(seedUser('GRID_WORKER')),
    );
    expect(body.errors).toBeUndefined();
    const appeal = body.data?.submitAppeal;
    expect(appeal?.status).toBe('SUBMITTED');
    // The lead, the assisting department and the team covering the cell, all from the local copies.
    expect(
      appeal?.dispatches.map((dispatch) => `${dispatch.targetCode}:${dispatch.role}`).sort(),
    ).toEqual([
      'ALLIANCE_YOUTH:VOLUNTEER',
      'HOUSING_CONSTRUCTION:ASSISTING',
      'URBAN_MANAGEMENT:LEAD',
    ]);

    await reader.until(
      (records) => records.some((record) => record.key === appeal?.id),
      20_000,
      'the dispatch on the lead department’s topic',
    );
    const record = reader.records.find((candidate) => candidate.key === appeal?.id);
    expect(record?.headers['ce_type']).toBe('cn.erqi.appeal.dispatched');
    expect(JSON.parse(record?.value ?? '{}')).toMatchObject({
      appealId: appeal?.id,
      role: 'LEAD',
      target: { kind: 'DEPARTMENT', code: 'URBAN_MANAGEMENT' },
    });
  });
});
