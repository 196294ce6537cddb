export {
  type DatabaseTarget,
  databaseTargetFromEnv,
  databaseTargetToEnv,
  isPortOpen,
  LOCAL_POSTGRES,
} from './database-target';
export { dropDatabase, ensureDatabaseExists } from './ensure-database';
export { createServiceDataSource, initializeServiceDataSource, type ServiceDataSourceOptions } from './service-data-source';
export { byIdLoader, groupRowsBy, isUuid, uuidsOf } from './batch-loading';
