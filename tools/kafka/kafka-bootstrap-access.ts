import { readKafkaCredentials, saslOptions } from '@erqi/shared/data-access-events';
import {
  type KnownCodes,
  type ServiceName,
  serviceAccessRules,
  servicePrincipal,
} from '@erqi/shared/util-event-catalogue';
import { departments, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import { Kafka, logLevel } from 'kafkajs';
import { grant } from './kafka-acls';
import { SERVICES } from './kafka-security';
import { changeScramUsers } from './kafka-users';

/** The codes the seed knows: the family dead-letter topics the services may write from the start. */
export function seedCodes(): KnownCodes {
  return {
    departmentCodes: departments.map((department) => department.code),
    teamCodes: volunteerTeams.map((team) => team.code),
  };
}

/** True when `principal`'s credentials file signs in (its SCRAM user exists with that password). */
async function signsIn(bootstrap: string, principal: string): Promise<boolean> {
  const credentials = readKafkaCredentials(principal);
  if (!credentials) return false;
  const admin = new Kafka({
    clientId: 'erqi-tools-kafka-check',
    brokers: [bootstrap],
    sasl: saslOptions(credentials),
    logLevel: logLevel.NOTHING,
    retry: { retries: 0 },
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

/**
 * After every start of the local broker: each service's SCRAM user signs in with its credentials file
 * (a file made after the storage was formatted gets its user now), and the services' ACLs are there.
 * `adminClient` is signed in as admin.
 */
export async function provisionBootstrapAccess(
  adminClient: Kafka,
  bootstrap: string,
  log: (line: string) => void,
): Promise<void> {
  const missing: ServiceName[] = [];
  for (const service of SERVICES) {
    if (!(await signsIn(bootstrap, servicePrincipal(service)))) missing.push(service);
  }
  if (missing.length > 0) {
    log(`making the SCRAM users ${missing.join(', ')}`);
    await changeScramUsers(
      bootstrap,
      missing.map((service) => {
        const credentials = readKafkaCredentials(servicePrincipal(service));
        if (!credentials) throw new Error(`no credentials file for ${service}`);
        return { kind: 'upsert', username: credentials.username, password: credentials.password };
      }),
      log,
    );
  }
  await grantServicesAccess(adminClient);
}

/**
 * The services' ACLs from the topic catalogue, with the seed's department and team codes: at every
 * start of the local broker, and docker/compose.yaml's `kafka-acls`. `adminClient` is signed in as admin.
 */
export async function grantServicesAccess(adminClient: Kafka): Promise<void> {
  const admin = adminClient.admin();
  await admin.connect();
  try {
    const codes = seedCodes();
    for (const service of SERVICES)
      await grant(admin, servicePrincipal(service), serviceAccessRules(service, codes));
  } finally {
    await admin.disconnect();
  }
}
