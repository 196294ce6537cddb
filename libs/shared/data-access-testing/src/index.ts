export { migrateUpAndDown, tablesIn, temporaryPgliteTarget } from './embedded-store';
export { type GraphQLResponse, postGraphQL } from './graphql-client';
export { createTestDatabase, type TestDatabase } from './test-database';
export { type RunningSystem, startExtraGateway, startSystem, type SystemAddresses } from './system';
export { readTopics, type ReceivedRecord, recordEndOffsets, type StartOffsets, type TopicReader } from './topic-reader';
export { authHeaderFor, seedUser, serviceHeaders, tokenForSeedUser } from './tokens';
