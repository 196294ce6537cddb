import { EXAMPLE_QUERY, SIGNED_OUT_EXAMPLE } from '../explorer/explorer';
import { CATEGORIES, LOCATE, REQUESTS, SUBMIT } from '../open311/operations';

/**
 * Operations whose exact text the gateway knows ahead: the Open311 face's own and the explorer's
 * example (alone, and as a production explorer sends it, under its comment). A plan is found by the operation's text, so other clients' operations are planned on
 * their first request and stay in the plan cache after.
 */
export const WARM_UP_OPERATIONS: readonly string[] = [
  CATEGORIES,
  LOCATE,
  REQUESTS,
  SUBMIT,
  EXAMPLE_QUERY,
  SIGNED_OUT_EXAMPLE,
];
