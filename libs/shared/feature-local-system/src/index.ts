export {
  type RunningSystem,
  startExtraGateway,
  startSystem,
  type SystemAddresses,
} from './local-system';
