export { dropDatabase, ensureDatabaseExists } from './ensure-database';
export { createThrowawayDatabase, type ThrowawayDatabase } from './throwaway-database';
