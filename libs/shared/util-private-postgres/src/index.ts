export { type PrivatePostgres, startPrivatePostgres } from './private-postgres';
