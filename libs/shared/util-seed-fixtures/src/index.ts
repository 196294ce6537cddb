export {
  type AppealCategoryFixture,
  type AppealFixture,
  appealCategories,
  appeals,
  seedLeaders,
} from './appeals';
export {
  collectiveEnterprise,
  enterpriseByName,
  type EnterpriseFixture,
  enterprises,
} from './enterprises';
export {
  type DepartmentFixture,
  departmentByCode,
  departments,
  type GridCellFixture,
  type GridCellKind,
  gridCellByCode,
  gridCells,
  type GridWorkerFixture,
  gridWorkers,
  type RegionFixture,
  type RegionLevel,
  regions,
  type Ring,
} from './places';
export {
  COMMUNITY_CODE,
  type HouseholdFixture,
  households,
  idNumberCheckCharacter,
  RELOCATION_SEED,
  type RelocationStatusFixture,
  type ResidentFixture,
  residents,
} from './residents';
export { stableId } from './stable-id';
export {
  lanternFestival,
  type ShiftFixture,
  type ShiftSignUpFixture,
  type VolunteerActivityFixture,
  type VolunteerDuty,
  type VolunteerFixture,
  type VolunteerSkill,
  type VolunteerPostFixture,
  type VolunteerTeamFixture,
  volunteerTeams,
  volunteers,
} from './volunteers';
export { seedLeaderLiaisons, type SeedUser, seedUsers } from './users';
