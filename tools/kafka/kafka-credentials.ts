import {
  createKafkaClient,
  type KafkaCredentials,
  readKafkaCredentials,
  removeKafkaCredentials,
  TopicProvisioner,
  writeKafkaCredentials,
} from '@erqi/shared/data-access-events';
import {
  AUDITOR_PRINCIPAL,
  type AccessRule,
  auditorAccessRules,
  deadLetterRulesForCode,
  departmentAccessRules,
  departmentAcknowledgementTopic,
  departmentDispatchTopic,
  departmentGroupPrefix,
  departmentPrincipal,
  teamAccessRules,
  teamGroupPrefix,
  teamPrincipal,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import type { Kafka } from 'kafkajs';
import { parseArgs } from 'node:util';
import { grant, revokeAll } from './kafka-acls';
import { KAFKA_HOST, KAFKA_PORT } from './kafka-server-config';
import { ADMIN_PRINCIPAL, newCredentials } from './kafka-security';
import { changeScramUsers } from './kafka-users';

/** Who the settings are for, and what the broker lets them do. */
export interface OutsidePrincipal {
  username: string;
  /** Topics it reads and writes (made as admin when missing, so that it needs no CREATE). */
  reads: string[];
  writes: string[];
  /** Its consumer groups start with this: `<prefix><application>`. */
  groupPrefix: string;
  rules: AccessRule[];
  /** Rules a service needs for this code (its dead-letter topic of the code's family). */
  serviceRules: Array<{ principal: string; rules: AccessRule[] }>;
}

const CODE = /^[A-Z0-9_]+$/;

export function outsidePrincipal(
  kind: 'department' | 'team' | 'reader',
  code: string,
): OutsidePrincipal {
  if (!CODE.test(code)) throw new RangeError(`"${code}" is not a code (A-Z, 0-9, _)`);
  switch (kind) {
    case 'department':
      return {
        username: departmentPrincipal(code),
        reads: [departmentDispatchTopic(code)],
        writes: [departmentAcknowledgementTopic(code)],
        groupPrefix: departmentGroupPrefix(code),
        rules: departmentAccessRules(code),
        serviceRules: deadLetterRulesForCode('department', code),
      };
    case 'team':
      return {
        username: teamPrincipal(code),
        reads: [volunteerTeamDispatchTopic(code)],
        writes: [],
        groupPrefix: teamGroupPrefix(code),
        rules: teamAccessRules(code),
        serviceRules: deadLetterRulesForCode('team', code),
      };
    case 'reader':
      if (code !== 'ALL') throw new RangeError('--reader takes ALL (every topic, read only)');
      return {
        username: AUDITOR_PRINCIPAL,
        reads: [],
        writes: [],
        groupPrefix: `${AUDITOR_PRINCIPAL}.`,
        rules: auditorAccessRules(),
        serviceRules: [],
      };
  }
}

/** The bootstrap a department system is told: KAFKA_BROKERS, else the local broker. */
function bootstrapServers(): string {
  return (process.env['KAFKA_BROKERS'] ?? '').trim() || `${KAFKA_HOST}:${KAFKA_PORT}`;
}

function adminClient(bootstrap: string): Kafka {
  const admin = readKafkaCredentials(ADMIN_PRINCIPAL);
  if (!admin)
    throw new Error(
      'no admin credentials in .data/kafka/credentials: start the broker first (npm run kafka:start)',
    );
  return createKafkaClient({
    clientId: 'kafka-credentials',
    logger: createLogger('kafka-credentials', { level: 'warn' }),
    brokers: bootstrap.split(','),
    credentials: admin,
  });
}

/** True when the credentials sign in (the user exists with that password). */
async function signsIn(bootstrap: string, credentials: KafkaCredentials): Promise<boolean> {
  const admin = createKafkaClient({
    clientId: 'kafka-credentials-check',
    logger: createLogger('kafka-credentials', { level: 'silent' }),
    brokers: bootstrap.split(','),
    credentials,
    config: { retry: { retries: 0 } },
  }).admin();
  try {
    await admin.connect();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => undefined);
  }
}

export type CredentialsAction = 'show' | 'rotate' | 'revoke';

export interface CredentialsResult {
  principal: OutsidePrincipal;
  bootstrap: string;
  /** Undefined after a revoke. */
  credentials?: KafkaCredentials;
  /** What happened: created, shown, rotated, repaired (the broker had lost the user), revoked. */
  outcome: 'created' | 'shown' | 'rotated' | 'repaired' | 'revoked';
}

/**
 * Creates (or shows) an outside principal's SCRAM user, ACLs and topics; `rotate` gives it a new
 * password (the old one stops at once, nothing restarts); `revoke` removes the user and its ACLs.
 */
export async function manageCredentials(
  principal: OutsidePrincipal,
  action: CredentialsAction,
): Promise<CredentialsResult> {
  const bootstrap = bootstrapServers();
  const kafka = adminClient(bootstrap);
  const admin = kafka.admin();
  await admin.connect();
  try {
    if (action === 'revoke') {
      await changeScramUsers(bootstrap, [{ kind: 'delete', username: principal.username }]);
      await revokeAll(admin, principal.username);
      removeKafkaCredentials(principal.username);
      return { principal, bootstrap, outcome: 'revoked' };
    }
    const existing = readKafkaCredentials(principal.username);
    let credentials = existing;
    let outcome: CredentialsResult['outcome'] = 'shown';
    if (!existing || action === 'rotate' || !(await signsIn(bootstrap, existing))) {
      credentials = newCredentials(principal.username);
      outcome = !existing ? 'created' : action === 'rotate' ? 'rotated' : 'repaired';
      await changeScramUsers(bootstrap, [
        { kind: 'upsert', username: credentials.username, password: credentials.password },
      ]);
      writeKafkaCredentials(principal.username, credentials);
    }
    // Every time: cheap, and it restores what a reformatted broker lost.
    await grant(admin, principal.username, principal.rules);
    for (const { principal: service, rules } of principal.serviceRules)
      await grant(admin, service, rules);
    await new TopicProvisioner({
      kafka,
      logger: createLogger('kafka-credentials', { level: 'warn' }),
    }).ensure([...principal.reads, ...principal.writes]);
    return { principal, bootstrap, outcome, ...(credentials ? { credentials } : {}) };
  } finally {
    await admin.disconnect();
  }
}

function describe(result: CredentialsResult): string {
  const { principal, bootstrap, credentials, outcome } = result;
  if (!credentials) return `[kafka] ${principal.username}: SCRAM user and ACLs removed`;
  const rows: Array<[string, string]> = [
    ['bootstrap.servers', bootstrap],
    ['security.protocol', 'SASL_PLAINTEXT'],
    ['sasl.mechanism', credentials.mechanism.toUpperCase()],
    ['username', credentials.username],
    ['password', credentials.password],
    ...principal.reads.map((topic): [string, string] => ['reads', topic]),
    ...principal.writes.map((topic): [string, string] => ['writes', topic]),
    ['group.id', `${principal.groupPrefix}<application>`],
  ];
  return [
    `[kafka] ${principal.username}: ${outcome}`,
    ...rows.map(([name, value]) => `  ${name.padEnd(18)} ${value}`),
  ].join('\n');
}

/**
 * `npm run kafka:credentials -- --department CODE | --team CODE | --reader ALL [--rotate | --revoke] [--json]`
 */
async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      department: { type: 'string' },
      team: { type: 'string' },
      reader: { type: 'string' },
      rotate: { type: 'boolean', default: false },
      revoke: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
    },
  });
  const kinds = (['department', 'team', 'reader'] as const).filter(
    (kind) => values[kind] !== undefined,
  );
  const [kind] = kinds;
  if (kinds.length !== 1 || kind === undefined || (values.rotate && values.revoke)) {
    console.error(
      'usage: npm run kafka:credentials -- --department <CODE> | --team <CODE> | --reader ALL [--rotate | --revoke] [--json]',
    );
    return 2;
  }
  const principal = outsidePrincipal(kind, values[kind] ?? '');
  const result = await manageCredentials(
    principal,
    values.revoke ? 'revoke' : values.rotate ? 'rotate' : 'show',
  );
  console.log(
    values.json
      ? JSON.stringify({
          bootstrapServers: result.bootstrap,
          outcome: result.outcome,
          ...(result.credentials ?? {}),
          reads: principal.reads,
          writes: principal.writes,
          groupPrefix: principal.groupPrefix,
        })
      : describe(result),
  );
  return 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`[kafka] ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
