import { MalformedEvent } from '@erqi/shared/util-event-catalogue';

/**
 * What a consumer does with a failure: `permanent` can never be applied (it goes to `<topic>.dlq` at
 * once); `transient` (the database or the broker away, a serialization failure, a deadlock) and
 * `unclassified` (most likely a bug being fixed) are retried until the message is applied, never
 * dead-lettered, because a message moved aside there would be applied out of order or not at all.
 */
export type FailureKind = 'permanent' | 'transient' | 'unclassified';

/**
 * PostgreSQL SQLSTATE classes and codes that pass by themselves: 08 connection exception, 40 transaction
 * rollback (40001 serialization failure, 40P01 deadlock), 53 insufficient resources, 55P03 lock not
 * available, 57P01–57P03 the server shutting down or not yet up, 57014 statement timeout.
 */
const TRANSIENT_SQLSTATE_CLASSES = ['08', '40', '53'];
const TRANSIENT_SQLSTATES = new Set(['55P03', '57P01', '57P02', '57P03', '57014']);
/** 22 data exception: the event's data cannot be stored whatever happens (e.g. invalid input syntax). */
const PERMANENT_SQLSTATE_CLASSES = ['22'];

/** Node's socket errors when the database or the broker is unreachable. */
const TRANSIENT_NODE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EAI_AGAIN',
  'ENOTFOUND',
]);

/** node-postgres and its pool say these in words, without a code. */
const TRANSIENT_MESSAGES = [
  /connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /connection is closed/i,
  /client has encountered a connection error/i,
  /cannot use a pool after calling end/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

/** Classifies a failure to apply a message (see `FailureKind`). */
export function classifyFailure(error: unknown): FailureKind {
  if (error instanceof MalformedEvent) return 'permanent';
  for (const cause of causes(error)) {
    const code = stringField(cause, 'code');
    if (code !== undefined) {
      if (TRANSIENT_NODE_CODES.has(code) || TRANSIENT_SQLSTATES.has(code)) return 'transient';
      if (/^[0-9A-Z]{5}$/.test(code)) {
        const sqlClass = code.slice(0, 2);
        if (TRANSIENT_SQLSTATE_CLASSES.includes(sqlClass)) return 'transient';
        if (PERMANENT_SQLSTATE_CLASSES.includes(sqlClass)) return 'permanent';
      }
    }
    // kafkajs marks the broker errors worth retrying.
    if (stringField(cause, 'name')?.startsWith('KafkaJS') && isRetriable(cause)) return 'transient';
    const message = stringField(cause, 'message');
    if (message && TRANSIENT_MESSAGES.some((pattern) => pattern.test(message))) return 'transient';
  }
  return 'unclassified';
}

/** The error, what TypeORM wrapped (`driverError`), its `cause` and an AggregateError's parts. */
function causes(error: unknown, depth = 0): unknown[] {
  if (typeof error !== 'object' || error === null || depth > 4) return [];
  const record = error as { driverError?: unknown; cause?: unknown; errors?: unknown };
  const nested = [
    record.driverError,
    record.cause,
    ...(Array.isArray(record.errors) ? record.errors : []),
  ];
  return [error, ...nested.flatMap((cause) => causes(cause, depth + 1))];
}

function stringField(value: unknown, field: string): string | undefined {
  const found = (value as Record<string, unknown>)[field];
  return typeof found === 'string' ? found : undefined;
}

function isRetriable(value: unknown): boolean {
  return (value as { retriable?: unknown }).retriable === true;
}
