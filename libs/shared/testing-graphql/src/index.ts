export { serviceHeaders } from './service-headers';
