export { migrateUpAndDown, tablesIn, temporaryPgliteTarget } from './embedded-store';
export { createTestDatabase, type TestDatabase, testServerUrl } from './test-database';
