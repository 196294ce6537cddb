/** Who writes or reads a topic: one of our services, or a system outside the platform. */
export type TopicParty =
  'grid' | 'enterprise' | 'appeal' | 'volunteer' | 'department-system' | 'supervision-desk';

/** The services of this repository, which provision the topics they write and read at start. */
export type ServiceName = Extract<TopicParty, 'grid' | 'enterprise' | 'appeal' | 'volunteer'>;

const DAY_MS = 24 * 60 * 60 * 1000;

/** How a topic is declared: everything the broker, its access rules and the manifests need. */
export interface TopicDeclaration {
  /** The topic's name, or for a family the name with `{departmentCode}` or `{teamCode}` where the code goes. */
  name: string;
  description: string;
  /** What the record key is; records with one key keep their order. */
  key: string;
  partitions: number;
  /** `compact` keeps the latest record of every key for ever: a registry a reader replays from the start. */
  cleanupPolicy: 'delete' | 'compact';
  /** How long records are kept; null for ever (compacted registries). */
  retentionMs: number | null;
  writer: TopicParty;
  readers: readonly TopicParty[];
}

const ofDays = (days: number): number => days * DAY_MS;

/**
 * Every topic the platform uses, declared once. The services create what is missing from this list
 * at start (the broker's auto-creation is off), and nothing writes to a topic that is not here.
 * Dead-letter topics (`<topic>.dlq`) are declared for every topic one of our services reads.
 */
const declaredTopics: readonly TopicDeclaration[] = [
  {
    name: 'appeal.lifecycle',
    description:
      'Every lifecycle event of every appeal (submitted, dispatched, acknowledged, each step of the closed loop, overdue).',
    key: 'appeal id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(30),
    writer: 'appeal',
    // enterprise keeps which appeals are open, the causes an inspection may name (无事不扰).
    readers: ['department-system', 'supervision-desk', 'enterprise'],
  },
  {
    name: 'dispatch.department.{departmentCode}',
    description:
      "The appeals dispatched to one department (派单), e.g. dispatch.department.MARKET_REGULATION: the department's systems subscribe here.",
    key: 'appeal id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(30),
    writer: 'appeal',
    readers: ['department-system'],
  },
  {
    name: 'dispatch.volunteer-team.{teamCode}',
    description:
      'The tasks spread to one volunteer team, e.g. dispatch.volunteer-team.BAGUAMIAO_CREW.',
    key: 'appeal id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(30),
    writer: 'appeal',
    readers: ['volunteer'],
  },
  {
    name: 'acknowledgement.department.{departmentCode}',
    description:
      "One department's reports (报到) on the appeals dispatched to it, written by that department's system; one topic per department so that the broker can tie the sender to its topic.",
    key: 'appeal id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(30),
    writer: 'department-system',
    readers: ['appeal'],
  },
  {
    name: 'volunteer.lifecycle',
    description:
      'What volunteer teams did with the tasks spread to them: a task taken on, started, done.',
    key: 'appeal id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(30),
    writer: 'volunteer',
    readers: ['appeal'],
  },
  {
    name: 'supervision.escalations',
    description:
      'Overdue appeals (督办) and supervision-ledger findings, for supervisors (监督员).',
    key: 'appeal id or finding id',
    partitions: 1,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(90),
    writer: 'appeal',
    readers: ['supervision-desk'],
  },
  {
    name: 'enterprise.service-escalations',
    description:
      '易企办 applications (办件) not decided within their promised working days (零超时), for supervisors (监督员).',
    key: 'service application id',
    partitions: 1,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(90),
    writer: 'enterprise',
    readers: ['supervision-desk'],
  },
  {
    name: 'grid.departments',
    description:
      'The registry of departments (职能部门): the latest state of every department. Compacted; readers replay it from the start.',
    key: 'department id',
    partitions: 1,
    cleanupPolicy: 'compact',
    retentionMs: null,
    writer: 'grid',
    // enterprise checks the owner department of a 双招双引 promise against its copy.
    readers: ['appeal', 'enterprise'],
  },
  {
    name: 'grid.grid-cells',
    description:
      'The registry of grid cells (网格): code, name and kind of every cell. Compacted; readers replay it from the start.',
    key: 'grid cell id',
    partitions: 1,
    cleanupPolicy: 'compact',
    retentionMs: null,
    writer: 'grid',
    readers: ['appeal', 'volunteer'],
  },
  {
    name: 'grid.community-suggestions',
    description:
      'Suggestions residents made on community visits (意见表 on a birthday visit), each to become an appeal (COMMUNITY_VISIT) with the id the community chose.',
    key: 'suggestion id',
    partitions: 1,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(90),
    writer: 'grid',
    readers: ['appeal'],
  },
  {
    name: 'enterprise.registry',
    description:
      'The enterprise → grid cell registry: which cell looks after every enterprise. Compacted; readers replay it from the start.',
    key: 'enterprise id',
    partitions: 3,
    cleanupPolicy: 'compact',
    retentionMs: null,
    writer: 'enterprise',
    readers: ['appeal'],
  },
  {
    name: 'volunteer.team-coverage',
    description:
      'Which grid cells every volunteer team covers (the whole list per team). Compacted; readers replay it from the start.',
    key: 'volunteer team id',
    partitions: 1,
    cleanupPolicy: 'compact',
    retentionMs: null,
    writer: 'volunteer',
    readers: ['appeal'],
  },
  {
    name: 'enterprise.policy-notices',
    description:
      "Subsidy policies published (二七帮), one record per grid cell naming the cell's enterprises that qualify: the grid service keeps them as the cell's policy notices for its grid workers.",
    key: 'grid cell id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(90),
    writer: 'enterprise',
    readers: ['grid'],
  },
  {
    name: 'enterprise.visit-needs',
    description:
      'Needs heard on 万人助万企 visits, raised as appeals: the appeal service files each once, under the appeal id the need fixed.',
    key: 'appeal id',
    partitions: 3,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(30),
    writer: 'enterprise',
    readers: ['appeal'],
  },
  {
    name: 'enterprise.promise-escalations',
    description:
      '双招双引 policy promises past their due date unfulfilled, for supervisors (督办).',
    key: 'promise id',
    partitions: 1,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(90),
    writer: 'enterprise',
    readers: ['supervision-desk'],
  },
];

/** Where a consumer puts an event it could not apply after its retries, with the error. */
export function deadLetterTopic(topic: string): string {
  return `${topic}.dlq`;
}

function deadLetterDeclaration(topic: TopicDeclaration, reader: TopicParty): TopicDeclaration {
  return {
    name: deadLetterTopic(topic.name),
    description: `Records of ${topic.name} that ${reader} could not apply, with the error in dlq_* headers.`,
    key: topic.key,
    partitions: 1,
    cleanupPolicy: 'delete',
    retentionMs: ofDays(30),
    writer: reader,
    readers: [],
  };
}

const services: readonly TopicParty[] = ['grid', 'enterprise', 'appeal', 'volunteer'];

/** The topic catalogue: the declared topics and, for each one a service of ours reads, its dead-letter topic. */
export const topicCatalogue: readonly TopicDeclaration[] = [
  ...declaredTopics,
  ...declaredTopics.flatMap((topic) =>
    topic.readers
      .filter((reader) => services.includes(reader))
      .map((reader) => deadLetterDeclaration(topic, reader)),
  ),
];

/** `{departmentCode}` or `{teamCode}`: where a family's topics differ. */
const FAMILY_PARAMETER = /\{[A-Za-z]+\}/;

function patternOf(declaration: TopicDeclaration): RegExp {
  const [before = '', after = ''] = declaration.name.split(FAMILY_PARAMETER);
  const escape = (text: string): string => text.replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
  // Codes are upper-case letters, digits and underscores, as department and team codes are.
  return FAMILY_PARAMETER.test(declaration.name)
    ? new RegExp(`^${escape(before)}[A-Z0-9_]+${escape(after)}$`)
    : new RegExp(`^${escape(declaration.name)}$`);
}

const patterns = topicCatalogue.map((declaration) => ({
  declaration,
  pattern: patternOf(declaration),
}));

/** True for a family of topics (one per department or team) rather than one topic. */
export function isTopicFamily(declaration: TopicDeclaration): boolean {
  return FAMILY_PARAMETER.test(declaration.name);
}

/** The declaration a topic name falls under, or undefined when the catalogue does not declare it. */
export function topicDeclarationOf(topic: string): TopicDeclaration | undefined {
  return patterns.find(({ pattern }) => pattern.test(topic))?.declaration;
}

/**
 * The single topics (not the families) a service writes or reads, and the dead-letter topics of what
 * it reads: what it provisions at start. Family members are provisioned when it learns of the code.
 */
export function topicsOfService(service: ServiceName): string[] {
  return topicCatalogue
    .filter(
      (declaration) =>
        !isTopicFamily(declaration) &&
        (declaration.writer === service || declaration.readers.includes(service)),
    )
    .map((declaration) => declaration.name);
}
