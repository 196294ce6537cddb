import { type EventDefinition, eventCatalogue } from './events';
import { type TopicDeclaration, topicCatalogue, topicDeclarationOf } from './topic-catalogue';

type Json = Record<string, unknown>;

/** The CloudEvents binary-mode headers every message carries. */
const cloudEventHeaders: Json = {
  type: 'object',
  required: ['ce_specversion', 'ce_id', 'ce_type', 'ce_source', 'ce_time', 'content-type'],
  properties: {
    ce_specversion: { type: 'string', const: '1.0' },
    ce_id: {
      type: 'string',
      format: 'uuid',
      description: 'Unique per event: apply an event once by remembering its id',
    },
    ce_type: {
      type: 'string',
      description: 'Reverse-DNS event type, e.g. cn.erqi.appeal.dispatched',
    },
    ce_source: { type: 'string', description: 'The emitting service, e.g. /erqi/appeal' },
    ce_time: { type: 'string', format: 'date-time' },
    ce_subject: {
      type: 'string',
      description:
        'What the event is about: the appeal id, or the registry entry (department, cell, enterprise, team) id',
    },
    ce_traceparent: {
      type: 'string',
      pattern: '^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}',
      description:
        'CloudEvents distributed-tracing extension: the W3C traceparent of the change that made the event; absent when that ran outside a trace',
    },
    ce_tracestate: {
      type: 'string',
      description:
        'CloudEvents distributed-tracing extension: the W3C tracestate with ce_traceparent',
    },
    traceparent: {
      type: 'string',
      description:
        'W3C Trace Context of the publish (the Kafka hop, a child of ce_traceparent): continue the trace from it',
    },
    tracestate: { type: 'string', description: 'W3C tracestate with traceparent' },
    'content-type': { type: 'string', const: 'application/json' },
  },
};

/** A channel id from a topic name: `dispatch.department.{departmentCode}` → `dispatchDepartment`. */
function channelId(topic: string): string {
  const words = topic
    .replace(/\{[A-Za-z]+\}/g, '')
    .split(/[.-]/)
    .filter(Boolean);
  return words
    .map((word, index) => (index === 0 ? word : `${word[0]?.toUpperCase() ?? ''}${word.slice(1)}`))
    .join('');
}

const parameterDescriptions: Record<string, string> = {
  departmentCode: 'The department code, e.g. MARKET_REGULATION',
  teamCode: 'The volunteer team code, e.g. BAGUAMIAO_CREW',
};

function parametersOf(topic: string): Json | undefined {
  const names = [...topic.matchAll(/\{([A-Za-z]+)\}/g)].map((match) => match[1] ?? '');
  if (names.length === 0) return undefined;
  return Object.fromEntries(
    names.map((name) => [name, { description: parameterDescriptions[name] ?? name }]),
  );
}

function describeTopic(topic: TopicDeclaration): string {
  const kept =
    topic.cleanupPolicy === 'compact'
      ? 'compacted (the latest record per key, kept for ever)'
      : `kept ${Math.round((topic.retentionMs ?? 0) / 86_400_000)} days`;
  const readers = topic.readers.length > 0 ? topic.readers.join(', ') : 'nobody in particular';
  return `${topic.description} Key: ${topic.key}. ${topic.partitions} partition(s), ${kept}. Written by ${topic.writer}; read by ${readers}.`;
}

const ourServices = new Set(['grid', 'enterprise', 'appeal', 'volunteer']);

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
    const key =
      topicDeclarationOf(definition.channels[0] ?? '')?.key ??
      topicCatalogue.find((topic) => topic.name === definition.channels[0])?.key;
    messages[name] = {
      name: definition.type,
      title: definition.type,
      summary: definition.summary,
      contentType: 'application/json',
      headers: cloudEventHeaders,
      payload: plainSchema(definition),
      bindings: {
        kafka: {
          key: {
            type: 'string',
            description: `The ${key ?? 'entity id'}: records with one key stay in order`,
          },
          bindingVersion: '0.5.0',
        },
      },
    };
  }
  const channels: Json = {};
  const operations: Json = {};
  // Dead-letter topics carry whatever could not be applied; docs/EVENTS.md describes them.
  for (const topic of topicCatalogue.filter((declaration) => !declaration.name.endsWith('.dlq'))) {
    const id = channelId(topic.name);
    const carried = entries.filter(([, definition]) => definition.channels.includes(topic.name));
    const parameters = parametersOf(topic.name);
    channels[id] = {
      address: topic.name,
      description: describeTopic(topic),
      ...(parameters ? { parameters } : {}),
      messages: Object.fromEntries(
        carried.map(([name]) => [name, { $ref: `#/components/messages/${name}` }]),
      ),
    };
    const sends = ourServices.has(topic.writer);
    operations[`${sends ? 'publish' : 'receive'}${id[0]?.toUpperCase() ?? ''}${id.slice(1)}`] = {
      action: sends ? 'send' : 'receive',
      channel: { $ref: `#/channels/${id}` },
      summary: sends
        ? `The ${topic.writer} service publishes to ${topic.name}`
        : `The appeal service reads ${topic.name}, written by a ${topic.writer}`,
      messages: carried.map(([name]) => ({ $ref: `#/channels/${id}/messages/${name}` })),
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Erqi grid-governance events',
      version,
      description:
        'Events of the grid-governance platform on Kafka, in the CloudEvents Kafka binding (binary mode: ce_* headers, JSON value). ' +
        'Every topic is declared in the topic catalogue (partitions, retention, compaction, writer, readers) and created by the services; the broker creates none on its own. A consumer that cannot apply a record after retries moves it to <topic>.dlq. See docs/EVENTS.md.',
    },
    defaultContentType: 'application/json',
    servers: {
      development: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'The single-node broker `npm start` runs (override with KAFKA_BROKERS)',
      },
    },
    channels,
    operations,
    components: { messages },
  };
}
