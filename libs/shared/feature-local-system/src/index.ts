export {
  type OidcAddresses,
  type RunningSystem,
  startExtraGateway,
  startSystem,
  type SystemAddresses,
} from './local-system';
