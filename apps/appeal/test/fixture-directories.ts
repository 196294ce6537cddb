import { departments, enterprises, volunteerTeams } from '@erqi/shared/util-seed-fixtures';
import type { DepartmentDirectory } from '../src/dispatch/department-directory';
import type { VolunteerTeamDirectory } from '../src/dispatch/volunteer-team-directory';
import type { EnterpriseDirectory } from '../src/enterprise/enterprise-directory';

/** The registries the appeal subgraph keeps copies of, answering straight from the seed fixtures. */
export interface FixtureDirectories {
  enterpriseDirectory: EnterpriseDirectory;
  departmentDirectory: DepartmentDirectory;
  volunteerTeamDirectory: VolunteerTeamDirectory;
}

export function fixtureDirectories(): FixtureDirectories {
  return {
    enterpriseDirectory: {
      async findEnterprise(id) {
        const enterprise = enterprises.find((candidate) => candidate.id === id);
        return enterprise ? { id: enterprise.id, gridCellId: enterprise.gridCellId } : null;
      },
    },
    departmentDirectory: {
      async findByCode(code) {
        const department = departments.find((candidate) => candidate.code === code);
        return department ? { id: department.id, code: department.code } : null;
      },
      async findById(id) {
        const department = departments.find((candidate) => candidate.id === id);
        return department ? { id: department.id, code: department.code } : null;
      },
    },
    volunteerTeamDirectory: {
      async teamsCovering(gridCellId) {
        return volunteerTeams
          .filter((team) => team.gridCellIds.includes(gridCellId))
          .map(({ id, code }) => ({ id, code }));
      },
    },
  };
}
