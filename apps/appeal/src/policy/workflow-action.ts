/** Everything that can be done to an appeal after submission; each is checked against the state and role tables. */
export enum WorkflowAction {
  ACCEPT = 'ACCEPT',
  HANDLE = 'HANDLE',
  TRANSFER = 'TRANSFER',
  RESOLVE = 'RESOLVE',
  EVALUATE = 'EVALUATE',
  REOPEN = 'REOPEN',
  CLOSE = 'CLOSE',
  ADD_PROGRESS_NOTE = 'ADD_PROGRESS_NOTE',
  ASSIGN_LEADER = 'ASSIGN_LEADER',
  /** changeHandlingMode: a supervisor or leader changes the mode, with a reason on the timeline. */
  CHANGE_HANDLING_MODE = 'CHANGE_HANDLING_MODE',
  /** resolveDuplicate(MERGE): closes a duplicate as MERGED. */
  MERGE_DUPLICATE = 'MERGE_DUPLICATE',
  /** resolveDuplicate(KEEP): clears the flag. */
  KEEP_DUPLICATE = 'KEEP_DUPLICATE',
  /** The no-response worker, never a caller. */
  EXPIRE_EVALUATION = 'EXPIRE_EVALUATION',
}

/** The verb an error message uses, e.g. "cannot be accepted". */
export const ACTION_VERBS: Record<WorkflowAction, string> = {
  [WorkflowAction.ACCEPT]: 'accepted',
  [WorkflowAction.HANDLE]: 'handled directly',
  [WorkflowAction.TRANSFER]: 'transferred',
  [WorkflowAction.RESOLVE]: 'resolved',
  [WorkflowAction.EVALUATE]: 'evaluated',
  [WorkflowAction.REOPEN]: 'reopened',
  [WorkflowAction.CLOSE]: 'closed',
  [WorkflowAction.ADD_PROGRESS_NOTE]: 'given a progress note',
  [WorkflowAction.ASSIGN_LEADER]: 'given a leader',
  [WorkflowAction.CHANGE_HANDLING_MODE]: 'given another handling mode',
  [WorkflowAction.MERGE_DUPLICATE]: 'merged into the appeal it repeats',
  [WorkflowAction.KEEP_DUPLICATE]: 'kept as a separate appeal',
  [WorkflowAction.EXPIRE_EVALUATION]: 'closed for no response',
};
