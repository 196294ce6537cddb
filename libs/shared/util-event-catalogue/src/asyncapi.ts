import { type EventDefinition, eventCatalogue } from './events';

type Json = Record<string, unknown>;

/** The CloudEvents binary-mode headers every message carries. */
const cloudEventHeaders: Json = {
  type: 'object',
  required: ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time', 'content-type'],
  properties: {
    ce_specversion: { type: 'string', const: '1.0' },
    ce_id: { type: 'string', format: 'uuid', description: 'Unique per event: apply an event once by remembering its id' },
    ce_type: { type: 'string', description: 'Reverse-DNS event type, e.g. cn.erqi.appeal.dispatched' },
    ce_source: { type: 'string', description: 'The emitting service, e.g. /erqi/appeal' },
    ce_time: { type: 'string', format: 'date-time' },
    ce_subject: { type: 'string', description: 'The appeal id' },
    'content-type': { type: 'string', const: 'application/json' },
  },
};

const channelDescriptions: Record<string, { id: string; description: string; parameters?: Json }> = {
  'appeal.lifecycle': { id: 'appealLifecycle', description: 'Every lifecycle event of every appeal, keyed by appeal id.' },
  'dispatch.department.{departmentCode}': {
    id: 'departmentDispatch',
    description: "The appeals dispatched to one department (e.g. dispatch.department.MARKET_REGULATION). The department's systems subscribe here.",
    parameters: { departmentCode: { description: 'The department code, e.g. MARKET_REGULATION' } },
  },
  'dispatch.volunteer-team.{teamCode}': {
    id: 'volunteerTeamDispatch',
    description: 'Tasks spread to one volunteer team (e.g. dispatch.volunteer-team.BAGUAMIAO_CREW).',
    parameters: { teamCode: { description: 'The volunteer team code, e.g. BAGUAMIAO_CREW' } },
  },
  'supervision.escalations': { id: 'supervisionEscalations', description: 'Overdue appeals (督办) and supervision-ledger findings, for supervisors (监督员).' },
  'volunteer.lifecycle': { id: 'volunteerLifecycle', description: 'What volunteer teams did with their tasks, keyed by appeal id.' },
};

/** A TypeBox schema as plain JSON Schema (drops TypeBox's symbols and `$id`). */
function plainSchema(definition: EventDefinition): Json {
  const { $id: _id, ...schema } = JSON.parse(JSON.stringify(definition.schema)) as Json;
  return schema;
}

/**
 * The AsyncAPI 3 document of everything the platform publishes, generated from the event catalogue
 * (`npm run asyncapi` writes docs/asyncapi.json; a test fails when that file is stale or invalid).
 */
export function buildAsyncApiDocument(version: string): Json {
  const entries = Object.entries(eventCatalogue) as Array<[string, EventDefinition]>;
  const messages: Json = {};
  for (const [name, definition] of entries) {
    messages[name] = {
      name: definition.type,
      title: definition.type,
      summary: definition.summary,
      contentType: 'application/json',
      headers: cloudEventHeaders,
      payload: plainSchema(definition),
      bindings: { kafka: { key: { type: 'string', format: 'uuid', description: 'The appeal id: one appeal’s events stay in order' }, bindingVersion: '0.5.0' } },
    };
  }
  const channels: Json = {};
  const operations: Json = {};
  for (const [address, channel] of Object.entries(channelDescriptions)) {
    const carried = entries.filter(([, definition]) => definition.channels.includes(address));
    channels[channel.id] = {
      address,
      description: channel.description,
      ...(channel.parameters ? { parameters: channel.parameters } : {}),
      messages: Object.fromEntries(carried.map(([name]) => [name, { $ref: `#/components/messages/${name}` }])),
    };
    operations[`publish${channel.id[0]?.toUpperCase()}${channel.id.slice(1)}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${channel.id}` },
      summary: `The platform publishes to ${address}`,
      messages: carried.map(([name]) => ({ $ref: `#/channels/${channel.id}/messages/${name}` })),
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Erqi grid-governance events',
      version,
      description:
        'Events of the grid-governance platform on Kafka, in the CloudEvents Kafka binding (binary mode: ce_* headers, JSON value). ' +
        'Records are keyed by appeal id. A consumer that cannot apply a record after retries moves it to <topic>.dlq. See docs/EVENTS.md.',
    },
    defaultContentType: 'application/json',
    servers: { development: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'The single-node broker `npm start` runs (override with KAFKA_BROKERS)' } },
    channels,
    operations,
    components: { messages },
  };
}
