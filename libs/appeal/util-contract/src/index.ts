export { APPEAL_CHANNELS, AppealChannel } from './appeal-channel';
export { APPEAL_STATUSES, AppealStatus, ClosureReason, SETTLED_STATUSES } from './appeal-status';
export { DISPATCH_TARGET_KINDS, DispatchRole, DispatchTargetKind } from './dispatch-target';
export { HANDLING_MODES, HandlingMode } from './handling-mode';
export {
  PHOTO_CONTENT_TYPES,
  PHOTO_MAX_BYTES,
  PHOTO_TOO_LARGE_MESSAGE,
  type PhotoContentType,
  PHOTOS_PATH,
  PHOTOS_PER_APPEAL,
  UNATTACHED_PHOTO_HOURS,
} from './appeal-photo';
export {
  channelOfEntry,
  channelOfRole,
  type EntryPoint,
  FILING_ROLE_CHANNELS,
  FILING_ROLES,
  type FilingRole,
  isFilingRole,
} from './channel-of-entry';
