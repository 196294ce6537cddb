export { APPEAL_CHANNELS, AppealChannel } from './appeal-channel';
export { APPEAL_STATUSES, AppealStatus, ClosureReason, SETTLED_STATUSES } from './appeal-status';
export { DISPATCH_TARGET_KINDS, DispatchRole, DispatchTargetKind } from './dispatch-target';
export { HANDLING_MODES, HandlingMode } from './handling-mode';
