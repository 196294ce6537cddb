import { createKafkaClient } from '@erqi/shared/data-access-events';
import { startExtraGateway } from '@erqi/shared/feature-local-system';
import {
  readTopics,
  recordEndOffsets,
  type TopicReader,
} from '@erqi/shared/data-access-topic-reader';
import { departmentDispatchTopic } from '@erqi/shared/util-event-catalogue';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { createLogger } from '@erqi/shared/util-logging';
import { appeals, collectiveEnterprise, gridCells } from '@erqi/shared/util-seed-fixtures';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import { createHash } from 'node:crypto';
import type { Admin } from 'kafkajs';
import { Client } from 'pg';
import { systemAddresses } from '../support/system-file';
import { jsonProblems, xmlProblems } from './georeport-validation';

/**
 * The Open311 GeoReport v2 face at /open311/v2/ on the gateway: every endpoint in JSON and XML checked
 * against the spec's field lists (JSON schema, XSD with xmllint); filing with an API key an ADMIN
 * issued, the appeal appearing through GraphQL with its dispatch and on the department's topic; the
 * refusals the spec lists; and an anonymous reader seeing seeded appeals without anything personal.
 */
describe('the Open311 GeoReport v2 face', () => {
  const system = systemAddresses();
  const base = system.gatewayUrl.replace(/\/graphql$/, '/open311/v2');
  // A point inside BGM-E01, the collective enterprise's cell (a 0.01° square from 113.58, 34.68).
  const insideCell = { lat: '34.685', long: '113.585' };
  let admin: Record<string, string>;
  let enterpriseKey: string;
  let staffKey: string;
  let revokedKey: string;

  const ISSUE = `mutation($input: IssueOpen311ApiKeyInput!) { issueOpen311ApiKey(input: $input) { key apiKey { id role revokedAt } } }`;

  async function issue(input: Record<string, unknown>): Promise<{ key: string; id: string }> {
    const { body } = await postGraphQL<{
      issueOpen311ApiKey: { key: string; apiKey: { id: string } };
    }>(system.gatewayUrl, ISSUE, { input }, admin);
    expect(body.errors).toBeUndefined();
    const issued = body.data?.issueOpen311ApiKey;
    return { key: issued?.key ?? '', id: issued?.apiKey.id ?? '' };
  }

  const enterpriseUser = seedUser('ENTERPRISE');
  beforeAll(async () => {
    admin = await authHeaderFor(seedUser('ADMIN'));
    enterpriseKey = (
      await issue({
        label: 'FixMyStreet 二七 (e2e)',
        role: 'ENTERPRISE',
        subject: enterpriseUser.subject,
        name: enterpriseUser.name,
        enterpriseId: collectiveEnterprise.id,
      })
    ).key;
    const staff = seedUser('DEPARTMENT_STAFF');
    staffKey = (
      await issue({
        label: 'a department dashboard',
        role: 'DEPARTMENT_STAFF',
        subject: staff.subject,
      })
    ).key;
    const toRevoke = await issue({
      label: 'a client that leaked its key',
      role: 'ENTERPRISE',
      subject: enterpriseUser.subject,
      enterpriseId: collectiveEnterprise.id,
    });
    revokedKey = toRevoke.key;
    const { body } = await postGraphQL<{ revokeOpen311ApiKey: { revokedAt: string | null } }>(
      system.gatewayUrl,
      `mutation($id: ID!) { revokeOpen311ApiKey(id: $id) { revokedAt } }`,
      { id: toRevoke.id },
      admin,
    );
    expect(body.data?.revokeOpen311ApiKey.revokedAt).not.toBeNull();
  });

  async function appealCount(): Promise<number> {
    const { body } = await postGraphQL<{ appeals: { totalCount: number } }>(
      system.gatewayUrl,
      '{ appeals(first: 1) { totalCount } }',
      {},
      admin,
    );
    return body.data?.appeals.totalCount ?? Number.NaN;
  }

  async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${base}/${path}`, { headers });
  }

  function post(format: 'json' | 'xml', fields: Record<string, string>): Promise<Response> {
    return fetch(`${base}/requests.${format}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
  }

  const filing = (extra: Record<string, string> = {}): Record<string, string> => ({
    api_key: enterpriseKey,
    jurisdiction_id: '410103',
    service_code: 'SURROUNDINGS',
    description: '厂区东门外人行道井盖缺失\n夜间有行人跌落风险，请尽快处理。',
    media_url: 'https://photos.example.org/manhole.jpg',
    ...insideCell,
    ...extra,
  });

  it('checks answers for real: the schema and the XSD refuse one that lacks a required field', () => {
    expect(jsonProblems('errors', [{ code: 400 }])).not.toEqual([]);
    expect(
      jsonProblems('service_requests', [{ service_request_id: 'x', status: 'pending' }]),
    ).not.toEqual([]);
    expect(xmlProblems('<errors><error><code>400</code></error></errors>')).not.toBe('');
    expect(
      xmlProblems('<services><service><service_code>A</service_code></service></services>'),
    ).not.toBe('');
  });

  it('keeps only a hash of each key, never the key itself', async () => {
    const database = new Client({ connectionString: system.databaseUrl });
    await database.connect();
    try {
      const { rows } = await database.query<{ key_hash: string }>(
        'SELECT key_hash FROM appeal.open311_api_key',
      );
      const hash = createHash('sha256').update(enterpriseKey).digest('hex');
      expect(rows.map((row) => row.key_hash)).toContain(hash);
      expect(JSON.stringify(rows)).not.toContain(enterpriseKey);
    } finally {
      await database.end();
    }
  });

  describe('discovery and services', () => {
    it('answers discovery in JSON and XML as the spec lists', async () => {
      const json = await get('discovery.json');
      expect(json.status).toBe(200);
      const document = (await json.json()) as {
        endpoints: Array<{ url: string; formats: string[] }>;
      };
      expect(jsonProblems('discovery', document)).toEqual([]);
      expect(document.endpoints[0]?.formats).toEqual(['application/json', 'text/xml']);
      const xml = await get('discovery.xml');
      expect(xml.headers.get('content-type')).toMatch(/^text\/xml/);
      expect(xmlProblems(await xml.text())).toBe('');
    });

    it('lists the appeal categories as services in JSON and XML', async () => {
      const json = await get('services.json');
      const services = (await json.json()) as Array<{
        service_code: string;
        service_name: string;
        metadata: boolean;
      }>;
      expect(jsonProblems('services', services)).toEqual([]);
      expect(services.find((service) => service.service_code === 'SURROUNDINGS')).toMatchObject({
        metadata: true,
      });
      const xml = await (await get('services.xml')).text();
      expect(xmlProblems(xml)).toBe('');
      expect(xml).toContain('<service_code>SURROUNDINGS</service_code>');
    });

    it('defines a service’s attributes (the enterprise, the handling mode) in JSON and XML; an unknown code is 404', async () => {
      const json = await get('services/SURROUNDINGS.json');
      const definition = (await json.json()) as {
        attributes: Array<{ code: string; values?: unknown[] }>;
      };
      expect(jsonProblems('service_definition', definition)).toEqual([]);
      expect(definition.attributes.map((attribute) => attribute.code)).toEqual([
        'enterprise_id',
        'handling_mode',
      ]);
      expect(xmlProblems(await (await get('services/SURROUNDINGS.xml')).text())).toBe('');
      const unknown = await get('services/NO_SUCH_THING.json');
      expect(unknown.status).toBe(404);
      expect(jsonProblems('errors', await unknown.json())).toEqual([]);
      const unknownXml = await get('services/NO_SUCH_THING.xml');
      expect(unknownXml.status).toBe(404);
      expect(xmlProblems(await unknownXml.text())).toBe('');
    });
  });

  describe('filing a request with an API key', () => {
    const kafka = createKafkaClient({
      clientId: 'e2e-open311',
      logger: createLogger('e2e'),
      principal: 'admin',
    });
    const topic = departmentDispatchTopic('URBAN_MANAGEMENT');
    let kafkaAdmin: Admin;
    let reader: TopicReader;
    beforeAll(async () => {
      kafkaAdmin = kafka.admin();
      await kafkaAdmin.connect();
      reader = await readTopics(kafka, await recordEndOffsets(kafkaAdmin, [topic]));
    });
    afterAll(async () => {
      await reader?.stop();
      await kafkaAdmin?.disconnect();
    });

    it('files an OPEN311 appeal that GraphQL shows with its dispatch, and the lead department hears of it', async () => {
      const response = await post('json', filing());
      expect(response.status).toBe(200);
      const answer = (await response.json()) as Array<{
        service_request_id: string;
        service_notice: string;
      }>;
      expect(jsonProblems('post_response', answer)).toEqual([]);
      const id = answer[0]?.service_request_id ?? '';
      expect(answer[0]?.service_notice).toMatch(/^To be resolved by .+ \(Beijing time\)/);

      const { body } = await postGraphQL<{
        appeal: {
          channel: string;
          title: string;
          description: string;
          enterprise: { id: string };
          dispatches: Array<{
            role: string;
            targetCode: string;
            department: { name: string } | null;
          }>;
          timeline: Array<{ note: string }>;
        };
      }>(
        system.gatewayUrl,
        `query($id: ID!) { appeal(id: $id) { channel title description enterprise { id }
          dispatches { role targetCode department { name } } timeline { note } } }`,
        { id },
        admin,
      );
      expect(body.errors).toBeUndefined();
      const appeal = body.data?.appeal;
      expect(appeal?.channel).toBe('OPEN311');
      expect(appeal?.title).toBe('厂区东门外人行道井盖缺失');
      expect(appeal?.enterprise.id).toBe(collectiveEnterprise.id);
      expect(appeal?.timeline[0]?.note).toContain('Open311');
      const lead = appeal?.dispatches.find((dispatch) => dispatch.role === 'LEAD');
      expect(lead?.targetCode).toBe('URBAN_MANAGEMENT');

      await reader.until(
        () => reader.records.some((record) => record.key === id),
        20_000,
        'the dispatch',
      );
      const event = reader.records.find((record) => record.key === id);
      expect(event?.headers['ce_type']).toBe('cn.erqi.appeal.dispatched');

      // Read back through the face by the filer (a bearer token): the personal part is theirs to see.
      const own = await get(`requests/${id}.json`, await authHeaderFor(enterpriseUser));
      const [record] = (await own.json()) as Array<Record<string, unknown>>;
      expect(record).toMatchObject({
        service_request_id: id,
        status: 'open',
        status_notes: 'SUBMITTED',
        service_code: 'SURROUNDINGS',
        agency_responsible: lead?.department?.name,
        media_url: 'https://photos.example.org/manhole.jpg',
        lat: 34.685,
        long: 113.585,
        address_id: 'BGM-E01',
      });
      expect(record?.['description']).toContain('井盖缺失');
      expect(Date.parse(String(record?.['expected_datetime']))).toBeGreaterThan(Date.now());
    });

    it('answers a filing in XML as the spec lists', async () => {
      const response = await post('xml', filing({ address_string: '侯寨路 八方顺亿东门' }));
      expect(response.status).toBe(200);
      const xml = await response.text();
      expect(xmlProblems(xml)).toBe('');
      expect(xml).toMatch(/<service_request_id>[0-9a-f-]{36}<\/service_request_id>/);
    });

    it('refuses a point outside every grid cell with the spec’s error, and files nothing', async () => {
      const before = await appealCount();
      for (const format of ['json', 'xml'] as const) {
        const response = await post(format, filing({ lat: '39.9', long: '116.4' }));
        expect(response.status).toBe(400);
        const text = await response.text();
        if (format === 'json') {
          const errors = JSON.parse(text) as Array<{ code: number; description: string }>;
          expect(jsonProblems('errors', errors)).toEqual([]);
          expect(errors[0]).toMatchObject({ code: 400 });
          expect(errors[0]?.description).toMatch(/outside every grid cell/);
        } else expect(xmlProblems(text)).toBe('');
      }
      expect(await appealCount()).toBe(before);
    });

    it('refuses another jurisdiction (404), a revoked key and a role that may not file (403), a missing key (403)', async () => {
      const wrong = await post('json', filing({ jurisdiction_id: '410102' }));
      expect(wrong.status).toBe(404);
      expect((await wrong.json()) as unknown).toEqual([
        { code: 404, description: expect.stringMatching(/jurisdiction_id/) },
      ]);

      const revoked = await post('json', filing({ api_key: revokedKey }));
      expect(revoked.status).toBe(403);
      const revokedErrors = (await revoked.json()) as Array<{ description: string }>;
      expect(jsonProblems('errors', revokedErrors)).toEqual([]);
      expect(revokedErrors[0]?.description).toMatch(/revoked/);

      const staff = await post(
        'json',
        filing({ api_key: staffKey, 'attribute[enterprise_id]': collectiveEnterprise.id }),
      );
      expect(staff.status).toBe(403);

      const { api_key: _omitted, ...withoutKey } = filing();
      const missing = await post('xml', withoutKey);
      expect(missing.status).toBe(403);
      expect(xmlProblems(await missing.text())).toBe('');
    });
  });

  describe('the same rules as GraphQL', () => {
    it('lets only ADMIN issue keys', async () => {
      const { body } = await postGraphQL(
        system.gatewayUrl,
        ISSUE,
        { input: { label: 'mine', role: 'ADMIN', subject: 'me' } },
        await authHeaderFor(enterpriseUser),
      );
      expect(body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it('refuses an enterprise key filing for another enterprise (403), and a grid worker key outside its cells', async () => {
      const other = appeals.find((appeal) => appeal.enterpriseId !== collectiveEnterprise.id);
      const response = await post(
        'json',
        filing({ 'attribute[enterprise_id]': other?.enterpriseId ?? '' }),
      );
      expect(response.status).toBe(403);
      const worker = seedUser('GRID_WORKER');
      const outside = gridCells.find((cell) => cell.code !== 'BGM-E01');
      const workerKey = (
        await issue({
          label: 'a grid worker’s phone app',
          role: 'GRID_WORKER',
          subject: worker.subject,
          gridCellIds: outside ? [outside.id] : [],
        })
      ).key;
      // The key's cells are the ones the ADMIN bound it to: the collective enterprise is not in them.
      const refused = await post(
        'json',
        filing({ api_key: workerKey, 'attribute[enterprise_id]': collectiveEnterprise.id }),
      );
      expect(refused.status).toBe(403);
    });

    it('shows a signed-in enterprise its own appeals in full and others’ public part only', async () => {
      const requests = (await (
        await get('requests.json', await authHeaderFor(enterpriseUser))
      ).json()) as Array<{ service_request_id: string; description: string | null }>;
      const own = appeals.find((appeal) => appeal.enterpriseId === collectiveEnterprise.id);
      const other = appeals.find((appeal) => appeal.enterpriseId !== collectiveEnterprise.id);
      const byId = (id: string | undefined) =>
        requests.find((request) => request.service_request_id === id);
      expect(byId(own?.id)?.description).toBe(own?.description);
      expect(byId(other?.id)).toBeDefined();
      expect(byId(other?.id)?.description).toBeNull();
    });

    it('counts the face’s requests against the gateway’s rate limit: 429 in the spec’s error list', async () => {
      const gateway = await startExtraGateway(system.subgraphUrls, {
        env: { GATEWAY_RATE_LIMIT_PER_SECOND: '0.2', GATEWAY_RATE_LIMIT_BURST: '3' },
      });
      try {
        const url = `${gateway.url}/open311/v2/services.json`;
        for (let i = 0; i < 3; i += 1) expect((await fetch(url)).status).toBe(200);
        const limited = await fetch(url);
        expect(limited.status).toBe(429);
        expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        const errors = (await limited.json()) as Array<{ code: number; description: string }>;
        expect(jsonProblems('errors', errors)).toEqual([]);
        expect(errors[0]?.code).toBe(429);
      } finally {
        await gateway.stop();
      }
    });
  });

  describe('reading requests anonymously', () => {
    const seeded = appeals[0];

    it('lists seeded appeals with code, status, dates and cell, and no description, enterprise or person', async () => {
      const response = await get('requests.json');
      expect(response.status).toBe(200);
      const text = await response.text();
      const requests = JSON.parse(text) as Array<Record<string, unknown>>;
      expect(jsonProblems('service_requests', requests)).toEqual([]);
      const one = requests.find((request) => request['service_request_id'] === seeded?.id);
      expect(one).toBeDefined();
      expect(one).toMatchObject({
        service_code: seeded?.categoryCode,
        status_notes: seeded?.status,
        status: 'open',
      });
      expect(one?.['requested_datetime']).toMatch(/\+08:00$/);
      expect(one?.['updated_datetime']).toMatch(/\+08:00$/);
      expect(one?.['address_id']).toBe(
        gridCells.find((candidate) => candidate.id === seeded?.gridCellId)?.code,
      );
      expect(one?.['description']).toBeNull();
      expect(one?.['media_url']).toBeNull();
      for (const request of requests) expect(request['description']).toBeNull();
      // Nothing personal anywhere in the answer: not the seeded description, the enterprise or the filer.
      expect(text).not.toContain(seeded?.description ?? '');
      expect(text).not.toContain(collectiveEnterprise.name);
      expect(text).not.toContain(enterpriseUser.name);
      expect(text).not.toContain('井盖缺失');
    });

    it('answers the list, one request and the filters in XML and JSON as the spec lists', async () => {
      expect(xmlProblems(await (await get('requests.xml')).text())).toBe('');
      const one = await get(`requests/${seeded?.id}.xml`);
      expect(one.status).toBe(200);
      const xml = await one.text();
      expect(xmlProblems(xml)).toBe('');
      expect(xml).toContain(`<service_request_id>${seeded?.id}</service_request_id>`);
      expect(xml).toContain('<description/>');
      const closed = (await (await get('requests.json?status=closed')).json()) as Array<{
        status: string;
      }>;
      expect(closed.length).toBeGreaterThan(0);
      expect(closed.every((request) => request.status === 'closed')).toBe(true);
      const byCode = (await (
        await get(
          `requests.json?service_code=${seeded?.categoryCode}&service_request_id=${seeded?.id}`,
        )
      ).json()) as Array<{ service_request_id: string }>;
      expect(byCode.map((request) => request.service_request_id)).toEqual([seeded?.id]);
      const future = (await (
        await get('requests.json?start_date=2099-01-01T00:00:00Z')
      ).json()) as unknown[];
      expect(future).toEqual([]);
      const missing = await get('requests/00000000-0000-4000-8000-000000000000.json');
      expect(missing.status).toBe(404);
      expect(jsonProblems('errors', await missing.json())).toEqual([]);
      const otherDistrict = await get('requests.json?jurisdiction_id=410102');
      expect(otherDistrict.status).toBe(404);
    });
  });
});
