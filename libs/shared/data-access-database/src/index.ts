export {
  type DatabaseTarget,
  databaseTargetFromEnv,
  databaseTargetToEnv,
  LOCAL_POSTGRES,
} from './database-target';
export {
  createServiceDataSource,
  initializeServiceDataSource,
  type ServiceDataSourceOptions,
} from './service-data-source';
export { withStartupLock } from './startup-lock';
