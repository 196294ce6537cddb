import {
  type AccessRule,
  auditorAccessRules,
  deadLetterRulesForCode,
  departmentAccessRules,
  serviceAccessRules,
  teamAccessRules,
} from './topic-access';

const known = { departmentCodes: ['URBAN_MANAGEMENT'], teamCodes: ['BAGUAMIAO_CREW'] };

/** Whether `rules` allow `operation` on the topic named `topic` (a LITERAL name, a PREFIXED prefix or `*`). */
function allows(rules: readonly AccessRule[], operation: AccessRule['operation'], topic: string) {
  return rules.some(
    (rule) =>
      rule.resource === 'TOPIC' &&
      rule.operation === operation &&
      (rule.pattern === 'PREFIXED'
        ? topic.startsWith(rule.name)
        : rule.name === topic || rule.name === '*'),
  );
}

function allowsGroup(rules: readonly AccessRule[], group: string) {
  return rules.some(
    (rule) =>
      rule.resource === 'GROUP' &&
      rule.operation === 'READ' &&
      (rule.pattern === 'PREFIXED' ? group.startsWith(rule.name) : rule.name === group),
  );
}

const services = ['grid', 'enterprise', 'appeal', 'volunteer'] as const;

describe('the broker ACLs derived from the topic catalogue', () => {
  it('lets only appeal write appeal.* and dispatch.*', () => {
    const topics = [
      'appeal.lifecycle',
      'dispatch.department.URBAN_MANAGEMENT',
      'dispatch.volunteer-team.BAGUAMIAO_CREW',
    ];
    for (const service of services) {
      const rules = serviceAccessRules(service, known);
      for (const topic of topics)
        expect([service, topic, allows(rules, 'WRITE', topic)]).toEqual([
          service,
          topic,
          service === 'appeal',
        ]);
    }
  });

  it('lets volunteer read its team topics and dead-letter them without writing the family', () => {
    const rules = serviceAccessRules('volunteer', known);
    expect(allows(rules, 'READ', 'dispatch.volunteer-team.BAGUAMIAO_CREW')).toBe(true);
    expect(allows(rules, 'WRITE', 'dispatch.volunteer-team.BAGUAMIAO_CREW.dlq')).toBe(true);
    expect(allows(rules, 'WRITE', 'dispatch.volunteer-team.OTHER')).toBe(false);
    expect(allows(rules, 'WRITE', 'volunteer.lifecycle')).toBe(true);
    expect(allows(rules, 'READ', 'appeal.lifecycle')).toBe(false);
    expect(allowsGroup(rules, 'volunteer-service')).toBe(true);
    expect(allowsGroup(rules, 'appeal.registry.x')).toBe(false);
  });

  it('lets volunteer read the grid cell registry (team cells are checked against it), not write it', () => {
    const rules = serviceAccessRules('volunteer', known);
    expect(allows(rules, 'READ', 'grid.grid-cells')).toBe(true);
    expect(allows(rules, 'WRITE', 'grid.grid-cells')).toBe(false);
    expect(allows(rules, 'WRITE', 'grid.grid-cells.dlq')).toBe(true);
    expect(allows(rules, 'READ', 'grid.departments')).toBe(false);
    expect(allowsGroup(rules, 'volunteer-service.grid-cells.7c0e5a52')).toBe(true);
  });

  it('lets appeal read the registries and reports, and use groups named after its database', () => {
    const rules = serviceAccessRules('appeal', known);
    for (const topic of [
      'grid.departments',
      'grid.grid-cells',
      'enterprise.registry',
      'volunteer.team-coverage',
      'volunteer.lifecycle',
      'acknowledgement.department.URBAN_MANAGEMENT',
    ])
      expect([topic, allows(rules, 'READ', topic)]).toEqual([topic, true]);
    expect(allows(rules, 'WRITE', 'grid.departments')).toBe(false);
    expect(allows(rules, 'WRITE', 'acknowledgement.department.URBAN_MANAGEMENT')).toBe(false);
    expect(allows(rules, 'WRITE', 'acknowledgement.department.URBAN_MANAGEMENT.dlq')).toBe(true);
    expect(allowsGroup(rules, 'appeal.registry.7c0e5a52')).toBe(true);
  });

  it('gives a department its dispatch topic to read, its report topic to write, its groups, and nothing else', () => {
    const rules = departmentAccessRules('URBAN_MANAGEMENT');
    expect(allows(rules, 'READ', 'dispatch.department.URBAN_MANAGEMENT')).toBe(true);
    expect(allows(rules, 'WRITE', 'acknowledgement.department.URBAN_MANAGEMENT')).toBe(true);
    expect(allowsGroup(rules, 'department.URBAN_MANAGEMENT.case-system')).toBe(true);
    expect(allows(rules, 'READ', 'dispatch.department.URBAN')).toBe(false);
    expect(allows(rules, 'READ', 'dispatch.department.MARKET_REGULATION')).toBe(false);
    expect(allows(rules, 'READ', 'appeal.lifecycle')).toBe(false);
    expect(allows(rules, 'WRITE', 'dispatch.department.URBAN_MANAGEMENT')).toBe(false);
    expect(allowsGroup(rules, 'department.URBAN_MANAGEMENT_X.case-system')).toBe(false);
    expect(rules.some((rule) => rule.operation === 'CREATE')).toBe(false);
  });

  it('gives a team its dispatch topic to read only, and the auditor every topic to read only', () => {
    const team = teamAccessRules('BAGUAMIAO_CREW');
    expect(allows(team, 'READ', 'dispatch.volunteer-team.BAGUAMIAO_CREW')).toBe(true);
    expect(team.some((rule) => rule.operation === 'WRITE')).toBe(false);
    const auditor = auditorAccessRules();
    expect(allows(auditor, 'READ', 'appeal.lifecycle')).toBe(true);
    expect(auditor.some((rule) => ['WRITE', 'CREATE'].includes(rule.operation))).toBe(false);
  });

  it('grants the reading service the dead-letter topic of a code learnt after start', () => {
    expect(deadLetterRulesForCode('team', 'NEW_TEAM')).toEqual([
      {
        principal: 'volunteer',
        rules: expect.arrayContaining([
          {
            resource: 'TOPIC',
            pattern: 'LITERAL',
            name: 'dispatch.volunteer-team.NEW_TEAM.dlq',
            operation: 'WRITE',
          },
        ]),
      },
    ]);
  });
});
