import { subgraphUnavailable } from '@erqi/shared/data-access-subgraph-client';
import { departments, enterprises, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import type { DepartmentDirectory } from '../src/dispatch/department-directory';
import type { VolunteerTeamDirectory } from '../src/dispatch/volunteer-team-directory';
import type { EnterpriseDirectory } from '../src/enterprise/enterprise-directory';

/** The services the appeal subgraph asks, answering from the seed fixtures; set a flag to make one fail as if down. */
export interface FixtureDirectories {
  enterpriseDirectory: EnterpriseDirectory;
  departmentDirectory: DepartmentDirectory;
  volunteerTeamDirectory: VolunteerTeamDirectory;
  down: { enterprise: boolean; grid: boolean; volunteer: boolean };
  /** How many times each was asked, to show what a request did not need. */
  calls: { enterprise: number; grid: number; volunteer: number };
}

export function fixtureDirectories(): FixtureDirectories {
  const down = { enterprise: false, grid: false, volunteer: false };
  const calls = { enterprise: 0, grid: 0, volunteer: 0 };
  const ask = (service: keyof typeof down): void => {
    calls[service] += 1;
    if (down[service]) throw subgraphUnavailable(service, 'no answer within 5000 ms');
  };
  return {
    down,
    calls,
    enterpriseDirectory: {
      async findEnterprise(id) {
        ask('enterprise');
        const enterprise = enterprises.find((candidate) => candidate.id === id);
        return enterprise ? { id: enterprise.id, gridCellId: enterprise.gridCellId } : null;
      },
    },
    departmentDirectory: {
      async findByCode(code) {
        ask('grid');
        const department = departments.find((candidate) => candidate.code === code);
        return department ? { id: department.id, code: department.code } : null;
      },
      async findById(id) {
        ask('grid');
        const department = departments.find((candidate) => candidate.id === id);
        return department ? { id: department.id, code: department.code } : null;
      },
    },
    volunteerTeamDirectory: {
      async teamsCovering(gridCellId) {
        ask('volunteer');
        return volunteerTeams.filter((team) => team.gridCellIds.includes(gridCellId)).map(({ id, code }) => ({ id, code }));
      },
    },
  };
}
