import { sendSettled } from '@erqi/shared/data-access-topic-reader';
import { createKafkaClient } from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  eventCatalogue,
  toKafkaRecord,
  VISIT_NEEDS_TOPIC,
} from '@erqi/shared/util-event-catalogue';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { enterprises } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { systemAddresses } from '../support/system-file';

interface NeedView {
  id: string;
  appealId: string | null;
  appeal: { id: string; status: string; channel: string; title: string } | null;
}

const VISIT = `query($id: ID!) {
  enterpriseVisit(id: $id) { id needs { id appealId appeal { id status channel title } } }
}`;

/**
 * 万人助万企 through the whole house: a grid worker logs a visit, raises a need as an appeal, the event
 * crosses the real broker to the appeal service, and the visit shows the appeal's status through the
 * gateway (federation). The same need redelivered, even under another event id, files nothing twice.
 */
describe('a visit’s need becomes an appeal, once', () => {
  const system = systemAddresses();
  const worker = seedUser('GRID_WORKER');
  const enterprise = enterprises.find((candidate) =>
    worker.gridCellIds?.includes(candidate.gridCellId),
  );
  const kafka = createKafkaClient({
    clientId: 'visit-to-appeal-e2e',
    logger: createLogger('e2e'),
    // Replays the enterprise service's own record, as a redelivery would: the admin principal.
    principal: 'admin',
  });
  let producer: Producer;
  let database: Client;
  let headers: Record<string, string>;

  const gql = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
    const { body } = await postGraphQL<T>(system.gatewayUrl, query, variables, headers);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  const until = async <T>(what: string, probe: () => Promise<T | undefined>): Promise<T> => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      const value = await probe();
      if (value !== undefined) return value;
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  beforeAll(async () => {
    headers = await authHeaderFor(worker);
    producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
    await producer.connect();
    database = new Client({ connectionString: system.databaseUrl });
    await database.connect();
  });

  afterAll(async () => {
    await producer?.disconnect();
    await database?.end();
  });

  it('files the appeal on the visit channel and shows its progress on the visit', async () => {
    if (!enterprise) throw new Error('the seed gives the grid worker no enterprise');
    const { logEnterpriseVisit: visit } = await gql<{
      logEnterpriseVisit: { id: string; needs: Array<{ id: string }> };
    }>(
      `mutation($input: LogEnterpriseVisitInput!) { logEnterpriseVisit(input: $input) { id needs { id } } }`,
      {
        input: {
          enterpriseId: enterprise.id,
          summary: '万人助万企 走访：了解用工与周边环境',
          needs: [{ text: '厂区东门外排水沟堵塞，雨天积水' }],
        },
      },
    );
    const needId = visit.needs[0]?.id;
    const { raiseVisitNeedAsAppeal: raised } = await gql<{
      raiseVisitNeedAsAppeal: { appealId: string };
    }>(
      `mutation($needId: ID!) { raiseVisitNeedAsAppeal(needId: $needId, input: { category: "SURROUNDINGS" }) { appealId } }`,
      { needId },
    );

    const need = await until('the appeal on the visit', async () => {
      const view = await gql<{ enterpriseVisit: { needs: NeedView[] } }>(VISIT, { id: visit.id });
      const found = view.enterpriseVisit.needs[0];
      return found?.appeal ? found : undefined;
    });
    expect(need.appeal).toMatchObject({
      id: raised.appealId,
      status: 'SUBMITTED',
      channel: 'ENTERPRISE_VISIT',
      title: '厂区东门外排水沟堵塞，雨天积水',
    });

    // The grid worker follows it like any appeal of its cells: it was dispatched.
    const appeal = await gql<{ appeal: { timeline: Array<{ note: string }> } }>(
      `query($id: ID!) { appeal(id: $id) { timeline { note } } }`,
      { id: raised.appealId },
    );
    expect(appeal.appeal.timeline[0]?.note).toContain('万人助万企走访');
  });

  it('files nothing twice when the need arrives again, under the same or another event id', async () => {
    if (!enterprise) throw new Error('the seed gives the grid worker no enterprise');
    const { logEnterpriseVisit: visit } = await gql<{
      logEnterpriseVisit: { id: string; needs: Array<{ id: string }> };
    }>(
      `mutation($input: LogEnterpriseVisitInput!) { logEnterpriseVisit(input: $input) { id needs { id } } }`,
      {
        input: {
          enterpriseId: enterprise.id,
          summary: '回访',
          needs: [{ text: '希望协调员工通勤公交' }],
        },
      },
    );
    const { raiseVisitNeedAsAppeal: raised } = await gql<{
      raiseVisitNeedAsAppeal: { appealId: string };
    }>(`mutation($needId: ID!) { raiseVisitNeedAsAppeal(needId: $needId) { appealId } }`, {
      needId: visit.needs[0]?.id,
    });
    await until('the first delivery applied', async () => {
      const view = await gql<{ enterpriseVisit: { needs: NeedView[] } }>(VISIT, { id: visit.id });
      return view.enterpriseVisit.needs[0]?.appeal ?? undefined;
    });

    // The enterprise service's own record, sent again as it left the outbox, and once more under a new event id.
    const { rows } = await database.query<{
      event_id: string;
      payload: string;
      headers: Record<string, string>;
    }>(`SELECT event_id, payload, headers FROM enterprise.outbox_message WHERE message_key = $1`, [
      raised.appealId,
    ]);
    expect(rows).toHaveLength(1);
    const data = JSON.parse(rows[0]?.payload ?? '{}') as Record<string, unknown>;
    const { type, source } = eventCatalogue.visitNeedRaised;
    const original = createCloudEvent({
      id: rows[0]?.event_id ?? '',
      type,
      source,
      subject: raised.appealId,
      data,
    });
    const replay = createCloudEvent({ type, source, subject: raised.appealId, data });
    await sendSettled(producer, {
      topic: VISIT_NEEDS_TOPIC,
      acks: -1,
      messages: [toKafkaRecord(original, raised.appealId), toKafkaRecord(replay, raised.appealId)],
    });
    // Applied (its id remembered) means the consumer has seen it; the appeal is still one.
    await until('the replay applied', async () => {
      const applied = await database.query(
        `SELECT 1 FROM appeal.applied_event WHERE event_id = $1`,
        [replay.id],
      );
      return applied.rowCount ? true : undefined;
    });
    const appeals = await database.query(`SELECT id FROM appeal.appeal WHERE id = $1`, [
      raised.appealId,
    ]);
    expect(appeals.rowCount).toBe(1);
    const submissions = await database.query(
      `SELECT 1 FROM appeal.timeline_entry WHERE appeal_id = $1 AND from_status IS NULL`,
      [raised.appealId],
    );
    expect(submissions.rowCount).toBe(1);
    const listed = await gql<{ appeals: { nodes: Array<{ title: string }> } }>(
      `query($enterpriseId: ID!) { appeals(enterpriseId: $enterpriseId, channel: ENTERPRISE_VISIT, first: 100) { nodes { title } } }`,
      { enterpriseId: enterprise.id },
    );
    const titles = listed.appeals.nodes
      .map((node) => node.title)
      .filter((title) => title === '希望协调员工通勤公交');
    expect(titles).toHaveLength(1);
  });
});
