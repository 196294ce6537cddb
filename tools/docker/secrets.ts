import { readKafkaCredentials, writeKafkaCredentials } from '@erqi/shared/data-access-events';
import { currentDevelopmentKey, writeDevelopmentJwks } from '@erqi/shared/util-auth';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '../compose/supergraph-config';
import { bootstrapPrincipals, newCredentials } from '../kafka/kafka-security';

/** Where `npm run docker:secrets` writes what docker/compose.yaml hands its containers (git- and docker-ignored). */
export const SECRETS_DIR = join(WORKSPACE_ROOT, 'docker', 'secrets');
/** Variables docker compose reads for docker/compose.yaml (its project folder's `.env`). */
export const COMPOSE_ENV_FILE = join(WORKSPACE_ROOT, 'docker', '.env');

/** Secret files by compose secret name, relative to SECRETS_DIR. */
export const SECRET_FILES = {
  'auth-jwks': 'auth/jwks.json',
  'auth-key-set': 'auth/service-key-set.json',
  ...Object.fromEntries(
    bootstrapPrincipals().map((principal) => [`kafka-${principal}`, `kafka/${principal}.json`]),
  ),
} as Record<string, string>;

/** The variables of docker/.env this writes, each a random value made once. */
export const ENV_SECRETS = ['POSTGRES_PASSWORD', 'ENTERPRISE_CODE_SECRET'] as const;

/**
 * Makes whatever is missing, keeps what is there: the Kafka SCRAM credentials of the bootstrap
 * principals, the key set the gateway signs its service token with and its public JWKS, and docker/.env.
 * Secret files are readable by all (compose mounts them as they are, and the containers' user is not
 * their owner): the folder, 0700, keeps them from other users of this machine.
 */
export async function writeComposeSecrets(
  dir = SECRETS_DIR,
  envFile = COMPOSE_ENV_FILE,
): Promise<string[]> {
  const made: string[] = [];
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  chmodSync(dir, 0o700);
  const kafkaDir = join(dir, 'kafka');
  for (const principal of bootstrapPrincipals()) {
    if (readKafkaCredentials(principal, kafkaDir)) continue;
    writeKafkaCredentials(principal, newCredentials(principal), kafkaDir);
    made.push(`kafka/${principal}.json`);
  }
  const keySet = {
    file: join(dir, SECRET_FILES['auth-key-set'] ?? ''),
    legacyFile: join(dir, 'auth', 'none'),
  };
  if (!existsSync(keySet.file)) made.push(SECRET_FILES['auth-key-set'] ?? '');
  await currentDevelopmentKey(keySet);
  await writeDevelopmentJwks(join(dir, SECRET_FILES['auth-jwks'] ?? ''), keySet);
  for (const file of Object.values(SECRET_FILES)) chmodSync(join(dir, file), 0o644);

  const existing = existsSync(envFile) ? readFileSync(envFile, 'utf8') : '';
  const missing = ENV_SECRETS.filter((name) => !new RegExp(`^${name}=`, 'm').test(existing));
  if (missing.length > 0) {
    const lines = missing.map((name) => `${name}=${randomBytes(32).toString('base64url')}`);
    writeFileSync(
      envFile,
      `${existing}${existing && !existing.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n`,
      {
        mode: 0o600,
      },
    );
    made.push(...missing.map((name) => `.env ${name}`));
  }
  return made;
}

if (require.main === module)
  writeComposeSecrets().then(
    (made) =>
      console.log(
        made.length > 0
          ? `[docker:secrets] made ${made.join(', ')} (in docker/secrets and docker/.env)`
          : '[docker:secrets] every secret is there already',
      ),
    (error: unknown) => {
      console.error(`[docker:secrets] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
