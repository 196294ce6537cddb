import { readKafkaCredentials } from '@erqi/shared/data-access-events';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KAFKA_DATA_DIR, REPO_ROOT, resolveKafkaClasspath, run } from './kafka-classpath';
import { ADMIN_PRINCIPAL, javaClientProperties } from './kafka-security';

const SCRAM_USERS_SOURCE = join(REPO_ROOT, 'tools', 'kafka', 'ScramUsers.java');
const LOG4J_CONFIG = join(REPO_ROOT, 'tools', 'kafka', 'log4j2.properties');

/** A change to one SCRAM user: a new password (both mechanisms), or its removal. */
export type ScramChange =
  { kind: 'upsert'; username: string; password: string } | { kind: 'delete'; username: string };

function jdkCommand(name: 'java' | 'javac'): string {
  const javaHome = process.env['JAVA_HOME'];
  return javaHome ? join(javaHome, 'bin', name) : name;
}

/**
 * ScramUsers.java compiled once (javac) into .data/kafka/, keyed by its source and the classpath:
 * running the source file compiles it at every run, seconds on a busy machine. Without javac, the
 * source file itself (`java ScramUsers.java` compiles in memory).
 */
async function scramUsersProgram(classpath: string): Promise<string[]> {
  const hash = createHash('sha256')
    .update(readFileSync(SCRAM_USERS_SOURCE))
    .update(classpath)
    .digest('hex')
    .slice(0, 16);
  const classes = join(KAFKA_DATA_DIR, `scram-users-${hash}`);
  if (!existsSync(join(classes, 'ScramUsers.class'))) {
    const partial = `${classes}.${process.pid}.tmp`;
    const { code } = await run(jdkCommand('javac'), [
      '-cp',
      classpath,
      '-d',
      partial,
      SCRAM_USERS_SOURCE,
    ]);
    if (code !== 0) {
      rmSync(partial, { recursive: true, force: true });
      return ['-cp', classpath, SCRAM_USERS_SOURCE];
    }
    // Another process may have compiled it meanwhile: keep theirs.
    try {
      renameSync(partial, classes);
    } catch {
      rmSync(partial, { recursive: true, force: true });
    }
  }
  return ['-cp', `${classes}:${classpath}`, 'ScramUsers'];
}

/**
 * Applies SCRAM changes through the broker's Java AdminClient (ScramUsers.java, one JVM for all of
 * them), signed in as admin. The admin's properties file is written for the run only, mode 0600; the
 * passwords go through stdin.
 */
export async function changeScramUsers(
  bootstrap: string,
  changes: readonly ScramChange[],
  log: (line: string) => void = () => undefined,
): Promise<void> {
  if (changes.length === 0) return;
  const admin = readKafkaCredentials(ADMIN_PRINCIPAL);
  if (!admin)
    throw new Error(`no admin credentials in .data/kafka/credentials: run npm run kafka:start`);
  const classpath = await resolveKafkaClasspath(log);
  const properties = join(KAFKA_DATA_DIR, `admin-client.${process.pid}.properties`);
  writeFileSync(properties, javaClientProperties(bootstrap, admin), { mode: 0o600 });
  try {
    const input = changes
      .map((change) =>
        change.kind === 'upsert'
          ? `upsert ${change.username} ${change.password}`
          : `delete ${change.username}`,
      )
      .join('\n');
    const { code, output } = await run(
      jdkCommand('java'),
      [
        '-Xmx128m',
        // A short-lived client: no JIT tiers worth waiting for.
        '-XX:TieredStopAtLevel=1',
        // Only the AdminClient's warnings: its INFO lines are a page per run.
        `-Dlog4j2.configurationFile=${LOG4J_CONFIG}`,
        '-Dlog4j2.level=WARN',
        ...(await scramUsersProgram(classpath)),
        properties,
      ],
      `${input}\n`,
    );
    const failed = output.split('\n').filter((line) => line.startsWith('failed '));
    if (code !== 0 || failed.length > 0)
      throw new Error(
        `ScramUsers.java failed (exit code ${code}):\n${(failed.length > 0 ? failed.join('\n') : output).trim()}`,
      );
  } finally {
    rmSync(properties, { force: true });
  }
}
