import { currentRequest } from '@erqi/shared/util-request-scope';
import { type DestinationStream, type Logger as PinoLogger, pino } from 'pino';

/** Details logged with a line: plain values that serialise to JSON. */
export type LogDetails = Record<string, unknown>;

/**
 * What services log through: one JSON line per event with the time, level, service, the request id
 * (inside a request) and the details. A thin face over pino so that call sites read `info(message, details)`.
 */
export interface Logger {
  debug(message: string, details?: LogDetails): void;
  info(message: string, details?: LogDetails): void;
  warn(message: string, details?: LogDetails): void;
  error(message: string, details?: LogDetails): void;
  /** A logger whose every line also carries `bindings` (e.g. a worker's name). */
  child(bindings: LogDetails): Logger;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** `json` for machines (production), `pretty` for people (development), `auto` picks. */
export const LOG_FORMATS = ['auto', 'json', 'pretty'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LoggerOptions {
  /** @default 'info' */
  level?: LogLevel;
  /** `auto` is pretty outside production when pino-pretty is installed (a devDependency), else JSON. @default 'auto' */
  format?: LogFormat;
  /** @default the NODE_ENV the caller read; only `auto` looks at it. @default 'development' */
  nodeEnv?: string | undefined;
  /** Where lines go (tests collect them). @default standard output */
  destination?: DestinationStream;
}

type PrettyFactory = (options: Record<string, unknown>) => DestinationStream;

/** pino-pretty when installed: a production install (`--omit=dev`) has none and logs JSON. */
function loadPretty(): PrettyFactory | undefined {
  try {
    // A plain require: the package is optional, so it cannot be a static import.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const loaded = require('pino-pretty') as PrettyFactory | { default: PrettyFactory };
    return typeof loaded === 'function' ? loaded : loaded.default;
  } catch {
    return undefined;
  }
}

function destinationFor(options: LoggerOptions): DestinationStream | undefined {
  if (options.destination) return options.destination;
  const format = options.format ?? 'auto';
  const wantsPretty =
    format === 'pretty' ||
    (format === 'auto' && (options.nodeEnv ?? 'development') !== 'production');
  const pretty = wantsPretty ? loadPretty() : undefined;
  // Synchronous, in this thread: a worker-thread transport would outlive a test or a quick `--seed` run.
  return pretty?.({
    sync: true,
    singleLine: true,
    colorize: process.stdout.isTTY,
    translateTime: 'SYS:HH:MM:ss.l',
    ignore: 'pid,hostname',
  });
}

function wrap(logger: PinoLogger): Logger {
  return {
    debug: (message, details) => logger.debug(details ?? {}, message),
    info: (message, details) => logger.info(details ?? {}, message),
    warn: (message, details) => logger.warn(details ?? {}, message),
    error: (message, details) => logger.error(details ?? {}, message),
    child: (bindings) => wrap(logger.child(bindings)),
  };
}

/** A service's logger: every line names the service and, inside a request, its request id. */
export function createLogger(service: string, options: LoggerOptions = {}): Logger {
  const base = pino(
    {
      level: options.level ?? 'info',
      base: { service },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Read at each line, so background work (relays, consumers) logs without an id and requests with theirs.
      mixin: () => {
        const request = currentRequest();
        return request ? { requestId: request.requestId } : {};
      },
    },
    destinationFor(options) ?? pino.destination({ sync: true }),
  );
  return wrap(base);
}
