import type { AccessRule } from '@erqi/shared/util-event-catalogue';
import {
  type AclEntry,
  type AclFilter,
  AclOperationTypes,
  AclPermissionTypes,
  AclResourceTypes,
  type Admin,
  ResourcePatternTypes,
} from 'kafkajs';

const RESOURCE = {
  TOPIC: AclResourceTypes.TOPIC,
  GROUP: AclResourceTypes.GROUP,
} as const;
const PATTERN = {
  LITERAL: ResourcePatternTypes.LITERAL,
  PREFIXED: ResourcePatternTypes.PREFIXED,
} as const;
const OPERATION = {
  READ: AclOperationTypes.READ,
  WRITE: AclOperationTypes.WRITE,
  CREATE: AclOperationTypes.CREATE,
  DESCRIBE: AclOperationTypes.DESCRIBE,
} as const;

/** The broker's ALLOW entries for `principal` (a SCRAM username), from the catalogue's rules. */
export function aclEntries(principal: string, rules: readonly AccessRule[]): AclEntry[] {
  return rules.map((rule) => ({
    resourceType: RESOURCE[rule.resource],
    resourceName: rule.name,
    resourcePatternType: PATTERN[rule.pattern],
    principal: `User:${principal}`,
    host: '*',
    operation: OPERATION[rule.operation],
    permissionType: AclPermissionTypes.ALLOW,
  }));
}

/** Creates the entries (an entry that exists already is left as it is); `admin` must be signed in as admin. */
export async function grant(
  admin: Admin,
  principal: string,
  rules: readonly AccessRule[],
): Promise<void> {
  if (rules.length === 0) return;
  await admin.createAcls({ acl: aclEntries(principal, rules) });
}

/** Removes every ACL entry of `principal`, whatever its resource. */
export async function revokeAll(admin: Admin, principal: string): Promise<number> {
  const filter: AclFilter = {
    resourceType: AclResourceTypes.ANY,
    resourcePatternType: ResourcePatternTypes.ANY,
    principal: `User:${principal}`,
    operation: AclOperationTypes.ANY,
    permissionType: AclPermissionTypes.ANY,
  };
  const { filterResponses } = await admin.deleteAcls({ filters: [filter] });
  return filterResponses.reduce((sum, response) => sum + response.matchingAcls.length, 0);
}
