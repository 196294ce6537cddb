import {
  isTopicFamily,
  type ServiceName,
  topicCatalogue,
  type TopicDeclaration,
  type TopicParty,
} from './topic-catalogue';
import {
  departmentAcknowledgementTopic,
  departmentDispatchTopic,
  volunteerTeamDispatchTopic,
} from './topics';

/** What a rule is about: a topic or a consumer group. */
export type AccessResource = 'TOPIC' | 'GROUP';
/** LITERAL names one resource; PREFIXED every resource whose name starts with it (Kafka's own two). */
export type AccessPattern = 'LITERAL' | 'PREFIXED';
export type AccessOperation = 'READ' | 'WRITE' | 'CREATE' | 'DESCRIBE';

/** One ALLOW rule of the broker's ACLs for one principal (everything not allowed is refused). */
export interface AccessRule {
  resource: AccessResource;
  pattern: AccessPattern;
  /** The resource's name, or its prefix; `*` (LITERAL) is every topic. */
  name: string;
  operation: AccessOperation;
}

/** The department and team codes known when the rules are made (for the per-code dead-letter topics). */
export interface KnownCodes {
  departmentCodes: readonly string[];
  teamCodes: readonly string[];
}

/**
 * The consumer groups each service names: appeal's carry its database's consumer instance
 * (`appeal.registry.<id>`, `appeal.return-path.<id>`), volunteer's start with `volunteer-service`
 * (`volunteer-service` for dispatches, `volunteer-service.grid-cells.<id>` for the cell registry; tests
 * add a suffix); grid and enterprise consume nothing today and get their own name as a prefix.
 */
export const SERVICE_GROUP_PREFIXES: Readonly<Record<ServiceName, string>> = {
  grid: 'grid.',
  enterprise: 'enterprise.',
  appeal: 'appeal.',
  volunteer: 'volunteer-service',
};

/** The SCRAM user of a service, a department's system, a volunteer team's app and the auditors. */
export const servicePrincipal = (service: ServiceName): string => service;
export const departmentPrincipal = (code: string): string => `department.${code}`;
export const teamPrincipal = (code: string): string => `volunteer-team.${code}`;
/** `--reader ALL`: reads every topic and nothing else (auditors, dashboards). */
export const AUDITOR_PRINCIPAL = 'reader.ALL';

/** The group prefix a department's systems and a team's apps use: `department.<CODE>.<application>`. */
export const departmentGroupPrefix = (code: string): string => `${departmentPrincipal(code)}.`;
export const teamGroupPrefix = (code: string): string => `${teamPrincipal(code)}.`;

const FAMILY_PARAMETER = /\{[A-Za-z]+\}/;

/** A family's members share the part before `{code}`: the prefix a PREFIXED rule names. */
function familyPrefix(declaration: TopicDeclaration): string {
  return declaration.name.split(FAMILY_PARAMETER)[0] ?? declaration.name;
}

function familyMember(declaration: TopicDeclaration, code: string): string {
  return declaration.name.replace(FAMILY_PARAMETER, code);
}

/** The codes a family of topics is made of: departments' for `{departmentCode}`, teams' for `{teamCode}`. */
function codesOf(declaration: TopicDeclaration, known: KnownCodes): readonly string[] {
  if (declaration.name.includes('{departmentCode}')) return known.departmentCodes;
  if (declaration.name.includes('{teamCode}')) return known.teamCodes;
  return [];
}

function topicRules(
  declaration: TopicDeclaration,
  operations: readonly AccessOperation[],
): AccessRule[] {
  const family = isTopicFamily(declaration);
  return operations.map((operation) => ({
    resource: 'TOPIC',
    pattern: family ? 'PREFIXED' : 'LITERAL',
    name: family ? familyPrefix(declaration) : declaration.name,
    operation,
  }));
}

function literalTopicRules(topic: string, operations: readonly AccessOperation[]): AccessRule[] {
  return operations.map((operation) => ({
    resource: 'TOPIC',
    pattern: 'LITERAL',
    name: topic,
    operation,
  }));
}

function groupRules(pattern: AccessPattern, name: string): AccessRule[] {
  return (['READ', 'DESCRIBE'] as const).map((operation) => ({
    resource: 'GROUP',
    pattern,
    name,
    operation,
  }));
}

/** The same rule twice (two declarations sharing a prefix) is one rule. */
function unique(rules: AccessRule[]): AccessRule[] {
  const seen = new Map<string, AccessRule>();
  for (const rule of rules)
    seen.set(`${rule.resource}|${rule.pattern}|${rule.name}|${rule.operation}`, rule);
  return [...seen.values()];
}

/**
 * A service's rules, from the topic catalogue: WRITE what it writes, READ what it reads, CREATE and
 * DESCRIBE both (it provisions them at start, TopicProvisioner), READ its own consumer groups.
 * A family's dead-letter topic (`dispatch.volunteer-team.<CODE>.dlq`) shares its prefix with the
 * family, so a PREFIXED WRITE would let the reader write the family itself (volunteer forging a
 * dispatch): those are granted one LITERAL rule per known code instead.
 */
export function serviceAccessRules(service: ServiceName, known: KnownCodes): AccessRule[] {
  const rules: AccessRule[] = [];
  for (const declaration of topicCatalogue) {
    const writes = declaration.writer === service;
    const reads = declaration.readers.includes(service);
    if (!writes && !reads) continue;
    const deadLetterOfFamily =
      writes && isTopicFamily(declaration) && declaration.name.endsWith('.dlq');
    if (deadLetterOfFamily) {
      for (const code of codesOf(declaration, known))
        rules.push(
          ...literalTopicRules(familyMember(declaration, code), ['WRITE', 'CREATE', 'DESCRIBE']),
        );
      continue;
    }
    rules.push(
      ...topicRules(declaration, [
        ...(writes ? (['WRITE'] as const) : []),
        ...(reads ? (['READ'] as const) : []),
        'CREATE',
        'DESCRIBE',
      ]),
    );
  }
  rules.push(...groupRules('PREFIXED', SERVICE_GROUP_PREFIXES[service]));
  return unique(rules);
}

/**
 * An outside party (a department's system, a team's app) gets only its own members of the families
 * the catalogue names it in: READ what it reads, WRITE what it writes, nothing of the single topics
 * (`appeal.lifecycle` carries every department's appeals: that is the auditors').
 */
function partyAccessRules(
  party: TopicParty,
  topicOf: (declaration: TopicDeclaration) => string | undefined,
): AccessRule[] {
  const rules: AccessRule[] = [];
  for (const declaration of topicCatalogue) {
    if (!isTopicFamily(declaration)) continue;
    const topic = topicOf(declaration);
    if (topic === undefined) continue;
    if (declaration.readers.includes(party))
      rules.push(...literalTopicRules(topic, ['READ', 'DESCRIBE']));
    if (declaration.writer === party)
      rules.push(...literalTopicRules(topic, ['WRITE', 'DESCRIBE']));
  }
  return rules;
}

/** `department.<CODE>`: reads `dispatch.department.<CODE>`, writes `acknowledgement.department.<CODE>`, its groups. */
export function departmentAccessRules(code: string): AccessRule[] {
  const own = new Set([departmentDispatchTopic(code), departmentAcknowledgementTopic(code)]);
  const rules = partyAccessRules('department-system', (declaration) => {
    const topic = declaration.name.includes('{departmentCode}')
      ? familyMember(declaration, code)
      : undefined;
    return topic !== undefined && own.has(topic) ? topic : undefined;
  });
  return unique([...rules, ...groupRules('PREFIXED', departmentGroupPrefix(code))]);
}

/**
 * `volunteer-team.<CODE>`: reads `dispatch.volunteer-team.<CODE>` (the catalogue names the volunteer
 * service as its reader; a team's own app reads it too, and writes nothing), and its groups.
 */
export function teamAccessRules(code: string): AccessRule[] {
  return unique([
    ...literalTopicRules(volunteerTeamDispatchTopic(code), ['READ', 'DESCRIBE']),
    ...groupRules('PREFIXED', teamGroupPrefix(code)),
  ]);
}

/** `reader.ALL`: READ and DESCRIBE every topic, its own groups; it writes and creates nothing. */
export function auditorAccessRules(): AccessRule[] {
  return [
    ...literalTopicRules('*', ['READ', 'DESCRIBE']),
    ...groupRules('PREFIXED', `${AUDITOR_PRINCIPAL}.`),
  ];
}

/** The rules that let `service` dead-letter a family member of a code it learns of after start. */
export function deadLetterRulesForCode(
  kind: 'department' | 'team',
  code: string,
): Array<{ principal: string; rules: AccessRule[] }> {
  const known: KnownCodes =
    kind === 'department'
      ? { departmentCodes: [code], teamCodes: [] }
      : { departmentCodes: [], teamCodes: [code] };
  const services: ServiceName[] = ['grid', 'enterprise', 'appeal', 'volunteer'];
  return services
    .map((service) => ({
      principal: servicePrincipal(service),
      rules: serviceAccessRules(service, known).filter(
        (rule) => rule.pattern === 'LITERAL' && rule.name.endsWith(`.${code}.dlq`),
      ),
    }))
    .filter(({ rules }) => rules.length > 0);
}
