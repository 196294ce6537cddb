import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  kafkaCredentialsFile,
  kafkaCredentialsFromEnv,
  readKafkaCredentials,
  saslOptions,
  writeKafkaCredentials,
} from './kafka-credentials';

describe('Kafka credentials files and variables', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kafka-credentials-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes a principal its file readable by its owner only, and reads it back', () => {
    const credentials = {
      username: 'department.X',
      password: 's3cret',
      mechanism: 'scram-sha-512' as const,
    };
    writeKafkaCredentials('department.X', credentials, dir);
    expect(statSync(kafkaCredentialsFile('department.X', dir)).mode & 0o777).toBe(0o600);
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(readKafkaCredentials('department.X', dir)).toEqual(credentials);
    expect(readKafkaCredentials('department.Y', dir)).toBeUndefined();
  });

  it('refuses a principal name that could leave the folder', () => {
    expect(() => kafkaCredentialsFile('../admin', dir)).toThrow(RangeError);
  });

  it('takes KAFKA_SASL_* with scram-sha-256 by default, and none without a username', () => {
    expect(
      kafkaCredentialsFromEnv({ KAFKA_SASL_USERNAME: 'appeal', KAFKA_SASL_PASSWORD: 'p' }),
    ).toEqual({ username: 'appeal', password: 'p', mechanism: 'scram-sha-256' });
    expect(kafkaCredentialsFromEnv({ KAFKA_SASL_PASSWORD: 'p' })).toBeUndefined();
    expect(() =>
      kafkaCredentialsFromEnv({ KAFKA_SASL_USERNAME: 'a', KAFKA_SASL_MECHANISM: 'plain' }),
    ).toThrow(/scram-sha-256 or scram-sha-512/);
    expect(saslOptions({ username: 'a', password: 'p', mechanism: 'scram-sha-512' })).toEqual({
      mechanism: 'scram-sha-512',
      username: 'a',
      password: 'p',
    });
  });
});
