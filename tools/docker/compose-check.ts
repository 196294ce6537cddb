import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, posix } from 'node:path';
import { WORKSPACE_ROOT } from '../compose/supergraph-config';
import {
  type ComposeFile,
  type ComposeService,
  dependencies,
  readComposeFile,
  requiredVariables,
  secretMounts,
  words,
} from './compose-file';
import { BROKER_FILES, COMPOSE_BROKER } from './kafka-compose';

/** How a service's own config loader judged the environment compose gives it. */
export interface ConfigReport {
  /** Every variable its schema declares. */
  properties: string[];
  /** The loader's error (a required variable missing, a bad value), if it refused. */
  problem: string | null;
}

/** What the compose file must agree with besides the config schemas. */
export interface ComposeExpectations {
  /** The image's WORKDIR (docker/Dockerfile's runtime stage). */
  workdir: string;
  /** The gateway's service-token key set, relative to dist/ (DEVELOPMENT_KEY_SET_FILE). */
  keySetFile: string;
  /** tools/kafka/pom.xml's Kafka version. */
  kafkaVersion: string;
  /** What `npm run docker:secrets` writes: secret name → file under docker/secrets, and docker/.env's variables. */
  secretFiles: Record<string, string>;
  envSecrets: readonly string[];
}

/** The app a service of the project's image runs (`dist/apps/<app>/src/main.js`), if any. */
export function appOf(service: ComposeService): string | undefined {
  return /^dist\/apps\/([\w-]+)\/src\/main\.js$/.exec(words(service.command)[0] ?? '')?.[1];
}

const runsProjectImage = (service: ComposeService): boolean => service.build !== undefined;

/**
 * Runs each app's config loader (apps/<app>/src/config.ts, from outside, in one child process) on the
 * environment compose gives the service: the schema's variables, and whether it accepts them.
 */
export function probeConfigs(
  requests: Record<string, { app: string; env: Record<string, string> }>,
): Record<string, ConfigReport> {
  const code = `
    require('reflect-metadata');
    const { join } = require('node:path');
    const requests = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
    const reports = {};
    for (const [service, { app, env }] of Object.entries(requests)) {
      const config = require(join(process.cwd(), 'apps', app, 'src', 'config.ts'));
      const schema = Object.values(config).find((v) => v && v.type === 'object' && v.properties);
      const load = Object.entries(config).find(([k, v]) => /^load\\w*Config$/.test(k) && typeof v === 'function');
      if (!schema || !load) throw new Error(app + ': config.ts exports no schema or loader');
      let problem = null;
      try { load[1](env); } catch (error) { problem = String(error.message); }
      reports[service] = { properties: Object.keys(schema.properties), problem };
    }
    process.stdout.write('\\n@@reports@@' + JSON.stringify(reports));
  `;
  const child = spawnSync(process.execPath, ['-r', '@swc-node/register', '-e', code], {
    cwd: WORKSPACE_ROOT,
    input: JSON.stringify(requests),
    encoding: 'utf8',
    env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin' },
    maxBuffer: 16 * 1024 * 1024,
  });
  const [, reports] = child.stdout.split('\n@@reports@@');
  if (child.status !== 0 || !reports) throw new Error(`the config probe failed:\n${child.stderr}`);
  return JSON.parse(reports) as Record<string, ConfigReport>;
}

const stringEnv = (service: ComposeService): Record<string, string> =>
  Object.fromEntries(
    Object.entries(service.environment ?? {}).map(([name, value]) => [
      name,
      value === null ? '' : String(value),
    ]),
  );

function checkApp(
  name: string,
  app: string,
  compose: ComposeFile,
  report: ConfigReport,
  expected: ComposeExpectations,
): string[] {
  const service = compose.services[name] as ComposeService;
  const env = stringEnv(service);
  const problems: string[] = [];
  const mounted = secretMounts(service).map((mount) => mount.target);
  for (const variable of Object.keys(env))
    if (!report.properties.includes(variable))
      problems.push(`${name}: ${variable} is not a variable ${app} reads`);
  if (report.problem)
    problems.push(`${name}: its config refuses the environment: ${report.problem}`);
  if (env['NODE_ENV'] === 'production' && !env['AUTH_JWKS_FILE'] && !env['AUTH_JWKS_URL'])
    problems.push(`${name}: production needs AUTH_JWKS_FILE or AUTH_JWKS_URL`);
  if (env['AUTH_JWKS_FILE'] && !mounted.includes(env['AUTH_JWKS_FILE']))
    problems.push(`${name}: AUTH_JWKS_FILE ${env['AUTH_JWKS_FILE']} is no secret mounted in it`);
  const port = env['PORT'];
  if (!port) problems.push(`${name}: PORT is not set (its health check asks process.env.PORT)`);
  for (const mapping of service.ports ?? []) {
    const target = typeof mapping === 'string' ? mapping.split(':').at(-1) : String(mapping.target);
    if (target !== port)
      problems.push(`${name}: publishes container port ${target}, but PORT is ${port}`);
  }
  if (
    env['KAFKA_CREDENTIALS_DIR'] &&
    !mounted.includes(posix.join(env['KAFKA_CREDENTIALS_DIR'], `${app}.json`))
  )
    problems.push(
      `${name}: no ${app}.json secret in KAFKA_CREDENTIALS_DIR ${env['KAFKA_CREDENTIALS_DIR']}`,
    );
  if (
    report.properties.includes('KAFKA_BROKERS') &&
    env['KAFKA_BROKERS'] !== `${COMPOSE_BROKER.host}:${COMPOSE_BROKER.port}`
  )
    problems.push(`${name}: KAFKA_BROKERS is not ${COMPOSE_BROKER.host}:${COMPOSE_BROKER.port}`);
  if (env['DATABASE_URL']) {
    const url = new URL(env['DATABASE_URL']);
    const database = stringEnv(compose.services[url.hostname] ?? {});
    if (
      database['POSTGRES_USER'] !== decodeURIComponent(url.username) ||
      database['POSTGRES_PASSWORD'] !== decodeURIComponent(url.password) ||
      database['POSTGRES_DB'] !== url.pathname.slice(1)
    )
      problems.push(
        `${name}: DATABASE_URL names no user, password and database of a service ${url.hostname}`,
      );
  }
  for (const [variable, value] of Object.entries(env)) {
    const subgraph = /^(\w+)_SUBGRAPH_URL$/.exec(variable)?.[1]?.toLowerCase();
    if (!subgraph) continue;
    const url = new URL(value);
    const target = compose.services[url.hostname];
    if (url.hostname !== subgraph || !target || stringEnv(target)['PORT'] !== url.port)
      problems.push(`${name}: ${variable} ${value} is not the ${subgraph} service on its PORT`);
  }
  if (app === 'gateway') {
    const keySet = posix.join(expected.workdir, 'dist', expected.keySetFile);
    if (
      !secretMounts(service).some(
        (mount) => mount.source === 'auth-key-set' && mount.target === keySet,
      )
    )
      problems.push(
        `${name}: the auth-key-set secret is not mounted at ${keySet}, where the image reads it`,
      );
  }
  return problems;
}

function checkKafka(compose: ComposeFile, expected: ComposeExpectations): string[] {
  const problems: string[] = [];
  const kafka = compose.services[COMPOSE_BROKER.host];
  if (!kafka) return [`no ${COMPOSE_BROKER.host} service`];
  if (kafka.image !== `apache/kafka:${expected.kafkaVersion}`)
    problems.push(
      `kafka: image ${kafka.image} is not apache/kafka:${expected.kafkaVersion}, development's version`,
    );
  const mounts = (service: ComposeService) =>
    (service.volumes ?? []).map((volume) =>
      typeof volume === 'string'
        ? { source: volume.split(':')[0] ?? '', target: volume.split(':')[1] ?? '' }
        : { source: volume.source ?? '', target: volume.target },
    );
  if (!mounts(kafka).some((mount) => mount.target === COMPOSE_BROKER.logDir))
    problems.push(`kafka: no volume at its log.dirs ${COMPOSE_BROKER.logDir}`);
  const setup = Object.entries(compose.services).find(([, service]) =>
    words(service.command).includes('configure'),
  );
  if (!setup) return [...problems, 'no service writes the broker configuration'];
  const [setupName, setupService] = setup;
  const folder = words(setupService.command).at(-1);
  const shared = mounts(setupService).find((mount) => mount.target === folder);
  const read = mounts(kafka).find((mount) => mount.source === shared?.source);
  if (!shared || !read) return [...problems, `kafka does not mount the volume ${setupName} writes`];
  const text = [
    ...words(kafka.entrypoint),
    ...words(kafka.command),
    ...words(kafka.healthcheck?.test),
  ].join(' ');
  for (const file of Object.values(BROKER_FILES))
    if (!text.includes(posix.join(read.target, file))) problems.push(`kafka: never reads ${file}`);
  const principals = secretMounts(setupService).map((mount) =>
    posix.basename(mount.target, '.json'),
  );
  for (const principal of Object.keys(expected.secretFiles).filter((secret) =>
    secret.startsWith('kafka-'),
  ))
    if (!principals.includes(principal.slice('kafka-'.length)))
      problems.push(`${setupName}: lacks the ${principal} secret`);
  return problems;
}

/**
 * Everything wrong with docker/compose.yaml, as sentences (none: it is right): each app's variables
 * against its config schema and loader, ports, secrets, health checks, `depends_on` conditions, the broker.
 */
export function composeProblems(source: string, expected: ComposeExpectations): string[] {
  const problems: string[] = [];
  for (const variable of requiredVariables(source))
    if (!expected.envSecrets.includes(variable))
      problems.push(`compose requires ${variable}, which npm run docker:secrets does not write`);
  const sample = Object.fromEntries(
    expected.envSecrets.map((name) => [name, `sample-${name}-`.padEnd(40, 'x')]),
  );
  const compose = readComposeFile(source, sample);
  const services = Object.entries(compose.services);
  const apps = Object.fromEntries(
    services.flatMap(([name, service]) => {
      const app = runsProjectImage(service) ? appOf(service) : undefined;
      return app ? [[name, { app, env: stringEnv(service) }]] : [];
    }),
  );
  const reports = probeConfigs(apps);
  for (const [name, { app }] of Object.entries(apps))
    problems.push(...checkApp(name, app, compose, reports[name] as ConfigReport, expected));
  for (const [name, service] of services) {
    if (runsProjectImage(service)) {
      const entry = words(service.command)[0] ?? '';
      if (!existsSync(join(WORKSPACE_ROOT, entry.replace(/^dist\//, '').replace(/\.js$/, '.ts'))))
        problems.push(`${name}: runs ${entry}, built from no source file`);
    }
    const oneShot = service.restart === 'no';
    const healthy =
      service.healthcheck &&
      !service.healthcheck.disable &&
      words(service.healthcheck.test).length > 0;
    if (!oneShot && !healthy) problems.push(`${name}: no health check`);
    for (const [target, condition] of Object.entries(dependencies(service))) {
      const dependency = compose.services[target];
      if (!dependency) problems.push(`${name}: depends on ${target}, no such service`);
      else if (
        condition === 'service_healthy' &&
        (!dependency.healthcheck || dependency.healthcheck.disable)
      )
        problems.push(`${name}: waits for ${target} to be healthy, which has no health check`);
      else if (condition === 'service_completed_successfully' && dependency.restart !== 'no')
        problems.push(`${name}: waits for ${target} to complete, which restarts`);
      else if (!['service_healthy', 'service_completed_successfully'].includes(condition))
        problems.push(`${name}: depends on ${target} without waiting for it (${condition})`);
    }
    for (const { source: secret } of secretMounts(service))
      if (!compose.secrets?.[secret])
        problems.push(`${name}: uses the secret ${secret}, which is not defined`);
  }
  const used = new Set(
    services.flatMap(([, service]) => secretMounts(service).map((mount) => mount.source)),
  );
  for (const [secret, definition] of Object.entries(compose.secrets ?? {})) {
    if (!used.has(secret)) problems.push(`the secret ${secret} is used by no service`);
    const file = expected.secretFiles[secret];
    if (!file || definition.file !== `./secrets/${file}`)
      problems.push(`the secret ${secret} is not a file npm run docker:secrets writes`);
  }
  return [...problems, ...checkKafka(compose, expected)];
}
