import { eventCatalogue } from './events';
import { topicCatalogue, topicDeclarationOf, topicsOfService } from './topic-catalogue';

describe('the topic catalogue', () => {
  it('declares every topic an event is published to', () => {
    const declared = new Set(topicCatalogue.map((topic) => topic.name));
    const used = Object.values(eventCatalogue).flatMap((definition) => definition.channels);
    expect(used.filter((topic) => !declared.has(topic))).toEqual([]);
  });

  it('finds the family a department or team topic belongs to, and nothing for an undeclared name', () => {
    expect(topicDeclarationOf('dispatch.department.MARKET_REGULATION')?.name).toBe(
      'dispatch.department.{departmentCode}',
    );
    expect(topicDeclarationOf('acknowledgement.department.URBAN_MANAGEMENT')?.writer).toBe(
      'department-system',
    );
    expect(topicDeclarationOf('dispatch.volunteer-team.BAGUAMIAO_CREW.dlq')?.writer).toBe(
      'volunteer',
    );
    expect(topicDeclarationOf('dispatch.department.lower_case')).toBeUndefined();
    expect(topicDeclarationOf('appeal.lifecycle.extra')).toBeUndefined();
  });

  it('compacts the registries and keeps them for ever', () => {
    const registries = topicCatalogue
      .filter((topic) => topic.cleanupPolicy === 'compact')
      .map((topic) => topic.name);
    expect(registries.sort()).toEqual([
      'enterprise.registry',
      'grid.departments',
      'grid.grid-cells',
      'volunteer.team-coverage',
    ]);
    expect(
      topicCatalogue
        .filter((topic) => topic.cleanupPolicy === 'compact')
        .every((topic) => topic.retentionMs === null),
    ).toBe(true);
  });

  it('gives each service the single topics it writes or reads, with the dead letters of what it reads', () => {
    expect(topicsOfService('grid').sort()).toEqual([
      // 二七帮: grid keeps its cells' policy notices from the enterprise service.
      'enterprise.policy-notices',
      'enterprise.policy-notices.dlq',
      'grid.community-suggestions',
      'grid.departments',
      'grid.grid-cells',
    ]);
    expect(topicsOfService('appeal')).toEqual(
      expect.arrayContaining([
        'appeal.lifecycle',
        'supervision.escalations',
        'grid.departments',
        'enterprise.registry',
        'volunteer.lifecycle',
        'enterprise.registry.dlq',
        'grid.community-suggestions',
        'grid.community-suggestions.dlq',
      ]),
    );
    // Families are provisioned code by code, when the service learns of a department or team.
    expect(topicsOfService('appeal').filter((topic) => topic.includes('{'))).toEqual([]);
    expect(topicsOfService('volunteer')).toEqual(
      expect.arrayContaining(['volunteer.lifecycle', 'volunteer.team-coverage']),
    );
  });
});
