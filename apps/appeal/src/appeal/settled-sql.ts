import { SETTLED_STATUSES } from '@erqi/appeal/util-contract';

/** SETTLED_STATUSES as an SQL list, literal in each statement so that the planner matches the partial index `appeal_unresolved_due`. */
export const SETTLED_SQL = `(${SETTLED_STATUSES.map((status) => `'${status}'`).join(', ')})`;
