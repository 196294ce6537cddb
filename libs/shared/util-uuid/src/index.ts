export { isUuid, uuidsOf } from './uuid';
