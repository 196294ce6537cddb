import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SASLOptions } from 'kafkajs';

/** The SASL mechanisms the broker offers (SCRAM; PLAIN only on its controller listener). */
export type KafkaSaslMechanism = 'scram-sha-256' | 'scram-sha-512';

/** How one principal signs in to the broker. */
export interface KafkaCredentials {
  username: string;
  password: string;
  mechanism: KafkaSaslMechanism;
}

/**
 * Where `npm run kafka:start` keeps the development and test credentials, one git-ignored, mode-0600
 * file per principal (`<principal>.json`). Production sets KAFKA_SASL_* instead.
 */
export const KAFKA_CREDENTIALS_DIR =
  process.env['KAFKA_CREDENTIALS_DIR'] ??
  join(__dirname, '..', '..', '..', '..', '.data', 'kafka', 'credentials');

/** A principal's name is a file name too: letters, digits, `.`, `_`, `-`. */
const PRINCIPAL = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export function kafkaCredentialsFile(principal: string, dir = KAFKA_CREDENTIALS_DIR): string {
  if (!PRINCIPAL.test(principal)) throw new RangeError(`"${principal}" is not a principal name`);
  return join(dir, `${principal}.json`);
}

function isMechanism(value: unknown): value is KafkaSaslMechanism {
  return value === 'scram-sha-256' || value === 'scram-sha-512';
}

/** The credentials file of `principal`, or undefined when there is none. */
export function readKafkaCredentials(
  principal: string,
  dir = KAFKA_CREDENTIALS_DIR,
): KafkaCredentials | undefined {
  const file = kafkaCredentialsFile(principal, dir);
  if (!existsSync(file)) return undefined;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Record<string, unknown>>;
  const { username, password, mechanism } = parsed;
  if (typeof username !== 'string' || typeof password !== 'string' || !isMechanism(mechanism))
    throw new Error(`${file} is not a credentials file (username, password, mechanism)`);
  return { username, password, mechanism };
}

/** Writes (or replaces) a principal's credentials file, readable by its owner only. */
export function writeKafkaCredentials(
  principal: string,
  credentials: KafkaCredentials,
  dir = KAFKA_CREDENTIALS_DIR,
): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = kafkaCredentialsFile(principal, dir);
  writeFileSync(file, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600); // an existing file keeps its mode on write
}

export function removeKafkaCredentials(principal: string, dir = KAFKA_CREDENTIALS_DIR): void {
  rmSync(kafkaCredentialsFile(principal, dir), { force: true });
}

/** KAFKA_SASL_USERNAME / _PASSWORD / _MECHANISM (default scram-sha-256), when the username is set. */
export function kafkaCredentialsFromEnv(
  env: NodeJS.ProcessEnv = process.env,
): KafkaCredentials | undefined {
  const username = env['KAFKA_SASL_USERNAME'];
  if (!username) return undefined;
  const mechanism = (env['KAFKA_SASL_MECHANISM'] || 'scram-sha-256').toLowerCase();
  if (!isMechanism(mechanism))
    throw new RangeError(`KAFKA_SASL_MECHANISM must be scram-sha-256 or scram-sha-512`);
  return { username, password: env['KAFKA_SASL_PASSWORD'] ?? '', mechanism };
}

/**
 * The one place credentials are resolved: the environment's (production, or a caller that was handed
 * them), else the principal's development file, else none (a cluster without SASL).
 */
export function resolveKafkaCredentials(
  principal: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): KafkaCredentials | undefined {
  return (
    kafkaCredentialsFromEnv(env) ??
    (principal === undefined ? undefined : readKafkaCredentials(principal))
  );
}

/** The KAFKA_SASL_* variables that hand `principal` its development credentials to a child process. */
export function kafkaCredentialsEnv(principal: string): Record<string, string> {
  const credentials = readKafkaCredentials(principal);
  return credentials
    ? {
        KAFKA_SASL_USERNAME: credentials.username,
        KAFKA_SASL_PASSWORD: credentials.password,
        KAFKA_SASL_MECHANISM: credentials.mechanism,
      }
    : {};
}

/** kafkajs' `sasl` option for the credentials. */
export function saslOptions(credentials: KafkaCredentials): SASLOptions {
  const { username, password } = credentials;
  return credentials.mechanism === 'scram-sha-512'
    ? { mechanism: 'scram-sha-512', username, password }
    : { mechanism: 'scram-sha-256', username, password };
}
