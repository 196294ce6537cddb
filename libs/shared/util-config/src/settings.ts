import { type Static, type TProperties, Type } from '@sinclair/typebox';

/** What every service reads: how it runs, where it listens, how it logs and whose tokens it believes. */
export function serviceSettings(defaults: { port: number }) {
  return {
    NODE_ENV: Type.Union(
      [Type.Literal('development'), Type.Literal('production'), Type.Literal('test')],
      {
        default: 'development',
        description: 'production hides error internals, turns introspection off and logs JSON',
      },
    ),
    HOST: Type.String({
      default: '127.0.0.1',
      minLength: 1,
      description: 'interface to listen on (0.0.0.0 in a container)',
    }),
    PORT: Type.Integer({
      default: defaults.port,
      minimum: 0,
      maximum: 65535,
      description: 'port to listen on (0 picks a free one)',
    }),
    LOG_LEVEL: Type.Union(
      [
        Type.Literal('fatal'),
        Type.Literal('error'),
        Type.Literal('warn'),
        Type.Literal('info'),
        Type.Literal('debug'),
        Type.Literal('trace'),
        Type.Literal('silent'),
      ],
      {
        default: 'info',
        description: 'lowest level logged',
      },
    ),
    LOG_FORMAT: Type.Union([Type.Literal('auto'), Type.Literal('json'), Type.Literal('pretty')], {
      default: 'auto',
      description:
        'json lines, or pretty lines for people; auto is pretty outside production when pino-pretty is installed',
    }),
    AUTH_ISSUER: Type.String({
      default: 'https://auth.erqi.local',
      minLength: 1,
      description: 'the iss every token must carry',
    }),
    AUTH_AUDIENCE: Type.String({
      default: 'erqi-grid-governance',
      minLength: 1,
      description: 'the aud every token must carry',
    }),
    AUTH_JWKS_URL: Type.Optional(
      Type.String({
        pattern: '^https?://',
        description:
          "the identity provider's JWKS URL; production needs it (or AUTH_JWKS_FILE); unset in development: the development key set",
      }),
    ),
    AUTH_JWKS_FILE: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'a JWKS file of the signing keys (by kid), read again after a rotation',
      }),
    ),
    SHUTDOWN_DRAIN_MS: Type.Integer({
      default: 10_000,
      minimum: 0,
      description:
        'on SIGTERM/SIGINT, how long requests in flight may take to finish before the service exits',
    }),
    SERVICE_TOKEN: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          "this service's own token towards the others; unset: one signed with the development key",
      }),
    ),
    ...tracingSettings(),
  } satisfies TProperties;
}

/**
 * The standard OpenTelemetry variables the services honour (read at start-up by
 * libs/shared/util-tracing, before this config loads; listed here so they are checked and documented).
 */
function tracingSettings() {
  return {
    OTEL_EXPORTER_OTLP_ENDPOINT: Type.Optional(
      Type.String({
        pattern: '^https?://',
        description:
          'OTLP/HTTP collector to send traces to (JSON, at <endpoint>/v1/traces), e.g. http://otel-collector:4318; unset: no traces',
      }),
    ),
    OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: Type.Optional(
      Type.String({
        pattern: '^https?://',
        description: 'the full traces URL, instead of OTEL_EXPORTER_OTLP_ENDPOINT + /v1/traces',
      }),
    ),
    OTEL_EXPORTER_OTLP_HEADERS: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'headers for the collector, e.g. authorization=Bearer%20…,x-tenant=erqi',
      }),
    ),
    OTEL_TRACES_EXPORTER: Type.Optional(
      Type.String({
        pattern: '^\\s*(otlp|console|none)\\s*(,\\s*(otlp|console|none)\\s*)*$',
        description:
          'otlp, console (spans on stdout) or none, separated by commas; unset: otlp when an endpoint is set, else none',
      }),
    ),
    OTEL_SERVICE_NAME: Type.Optional(
      Type.String({
        minLength: 1,
        description: "service.name on this process's spans; unset: the service's own name",
      }),
    ),
    OTEL_SDK_DISABLED: Type.Optional(
      Type.Boolean({ description: 'true turns tracing off whatever else is set' }),
    ),
  } satisfies TProperties;
}

/** What every subgraph reads besides: its database, the Kafka cluster, whether to seed an empty database. */
export function subgraphSettings(defaults: { port: number }) {
  return {
    ...serviceSettings(defaults),
    DATABASE_URL: Type.Optional(
      Type.String({
        pattern: '^postgres(ql)?://',
        description:
          'PostgreSQL to use; unset: PGLITE_DATA_DIR, else postgres://postgres@127.0.0.1:5432/erqi',
      }),
    ),
    PGLITE_DATA_DIR: Type.Optional(
      Type.String({
        minLength: 1,
        description: 'folder of the embedded store (PGlite), used when DATABASE_URL is unset',
      }),
    ),
    KAFKA_BROKERS: Type.String({
      default: '127.0.0.1:9092',
      pattern: '^[^,\\s]+(,[^,\\s]+)*$',
      description: 'Kafka bootstrap brokers, host:port separated by commas',
    }),
    KAFKA_SASL_USERNAME: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          "this service's SCRAM user on the broker; unset: its file under .data/kafka/credentials (development), else none",
      }),
    ),
    KAFKA_SASL_PASSWORD: Type.Optional(
      Type.String({ minLength: 1, description: 'the SCRAM password of KAFKA_SASL_USERNAME' }),
    ),
    KAFKA_CREDENTIALS_DIR: Type.Optional(
      Type.String({
        minLength: 1,
        description:
          'folder of SCRAM credentials files, <principal>.json, read when KAFKA_SASL_USERNAME is unset (docker/compose.yaml mounts its secrets there); unset: .data/kafka/credentials',
      }),
    ),
    KAFKA_SASL_MECHANISM: Type.Union(
      [Type.Literal('scram-sha-256'), Type.Literal('scram-sha-512')],
      { default: 'scram-sha-256', description: 'the SCRAM mechanism to sign in with' },
    ),
    SEED_WHEN_EMPTY: Type.Boolean({
      default: false,
      description:
        "load the article's seed data when the service's main table is empty (npm start sets it)",
    }),
  } satisfies TProperties;
}

/** The common part of every subgraph's config, as read. */
export type SubgraphConfig = Static<
  ReturnType<typeof Type.Object<ReturnType<typeof subgraphSettings>>>
>;

/** The common part of every service's config (the gateway's too), as read. */
export type ServiceConfig = Static<
  ReturnType<typeof Type.Object<ReturnType<typeof serviceSettings>>>
>;
