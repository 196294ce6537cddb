export { findFreePort, isPortOpen } from './tcp-port';
