import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DEVELOPMENT_KEY_SET_FILE } from '@erqi/shared/util-auth';
import { WORKSPACE_ROOT } from '../compose/supergraph-config';
import { type ComposeExpectations, composeProblems } from './compose-check';
import { lastValue, parseDockerfile } from './dockerfile';
import { ENV_SECRETS, SECRET_FILES } from './secrets';

const COMPOSE = readFileSync(join(WORKSPACE_ROOT, 'docker', 'compose.yaml'), 'utf8');

function expectations(): ComposeExpectations {
  const runtime = parseDockerfile(
    readFileSync(join(WORKSPACE_ROOT, 'docker', 'Dockerfile'), 'utf8'),
  ).at(-1);
  const pom = readFileSync(join(WORKSPACE_ROOT, 'tools', 'kafka', 'pom.xml'), 'utf8');
  return {
    workdir: (runtime && lastValue(runtime, 'WORKDIR')) ?? '/',
    keySetFile: relative(WORKSPACE_ROOT, DEVELOPMENT_KEY_SET_FILE),
    kafkaVersion: /<kafka\.version>([^<]+)<\/kafka\.version>/.exec(pom)?.[1] ?? 'unknown',
    secretFiles: SECRET_FILES,
    envSecrets: ENV_SECRETS,
  };
}

describe('docker/compose.yaml', () => {
  it("agrees with every service's config schema, its ports, secrets, health checks and the broker", () => {
    expect(composeProblems(COMPOSE, expectations())).toEqual([]);
  }, 60_000);

  it('runs PostgreSQL, Kafka, the four subgraphs and the gateway', () => {
    for (const name of [
      'postgres',
      'kafka',
      'grid',
      'enterprise',
      'appeal',
      'volunteer',
      'gateway',
    ])
      expect(COMPOSE).toMatch(new RegExp(`^  ${name}:$`, 'm'));
  });

  it('names a misspelled variable, a value the config refuses, a secret nobody defined, a wait for a service without health check', () => {
    const broken = COMPOSE.replace(
      'KAFKA_BROKERS: kafka:9092\n  # Each',
      'KAFKA_BROKER: kafka:9092\n  # Each',
    )
      .replace('SEED_WHEN_EMPTY: ${SEED_WHEN_EMPTY:-true}', 'SEED_WHEN_EMPTY: yes')
      .replace(
        '- auth-jwks\n      - { source: kafka-appeal,',
        '- auth-jwks\n      - { source: kafka-apeal,',
      )
      .replace(
        "    healthcheck:\n      test: ['CMD', 'pg_isready'",
        "    x-healthcheck:\n      test: ['CMD', 'pg_isready'",
      );
    expect(broken).not.toBe(COMPOSE);
    const problems = composeProblems(broken, expectations());
    expect(problems).toEqual(
      expect.arrayContaining([
        'grid: KAFKA_BROKER is not a variable grid reads',
        'appeal: uses the secret kafka-apeal, which is not defined',
        expect.stringMatching(
          /^grid: its config refuses the environment: .*SEED_WHEN_EMPTY holds "yes"/s,
        ),
        'postgres: no health check',
        'grid: waits for postgres to be healthy, which has no health check',
      ]),
    );
  }, 60_000);
});
