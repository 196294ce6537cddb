import { GraphQLError } from 'graphql';
import { AppealStatus } from '@erqi/appeal/util-contract';
import { isAllowedFrom, requireAllowedFrom, TRANSITIONS } from './transitions';
import { WorkflowAction } from './workflow-action';

const S = AppealStatus;
/** The table written out the other way round, so a slip in either shows. */
const ALLOWED: Record<WorkflowAction, AppealStatus[]> = {
  ACCEPT: [S.SUBMITTED],
  HANDLE: [S.ACCEPTED, S.REOPENED],
  TRANSFER: [S.ACCEPTED, S.HANDLING, S.TRANSFERRED, S.REOPENED],
  RESOLVE: [S.HANDLING, S.TRANSFERRED, S.REOPENED],
  EVALUATE: [S.RESOLVED],
  REOPEN: [S.RESOLVED, S.EVALUATED],
  CLOSE: [S.EVALUATED],
  EXPIRE_EVALUATION: [S.RESOLVED],
  ADD_PROGRESS_NOTE: [S.ACCEPTED, S.HANDLING, S.TRANSFERRED, S.REOPENED],
  ASSIGN_LEADER: [S.SUBMITTED, S.ACCEPTED, S.HANDLING, S.TRANSFERRED, S.REOPENED],
  CHANGE_HANDLING_MODE: [S.SUBMITTED, S.ACCEPTED, S.HANDLING, S.TRANSFERRED, S.REOPENED],
  MERGE_DUPLICATE: [S.SUBMITTED, S.ACCEPTED],
  KEEP_DUPLICATE: [
    S.SUBMITTED,
    S.ACCEPTED,
    S.HANDLING,
    S.TRANSFERRED,
    S.RESOLVED,
    S.EVALUATED,
    S.REOPENED,
  ],
};

const pairs = Object.values(WorkflowAction).flatMap((action) =>
  Object.values(AppealStatus).map((status) => [action, status] as const),
);

describe('the state table', () => {
  it.each(pairs)('%s from %s', (action, status) => {
    const allowed = ALLOWED[action].includes(status);
    expect(isAllowedFrom(action, status)).toBe(allowed);
    if (allowed) {
      expect(() => requireAllowedFrom(action, status)).not.toThrow();
    } else {
      let error: unknown;
      try {
        requireAllowedFrom(action, status);
      } catch (thrown) {
        error = thrown;
      }
      expect(error).toBeInstanceOf(GraphQLError);
      expect((error as GraphQLError).extensions).toMatchObject({
        code: 'CONFLICT',
        currentStatus: status,
      });
      expect((error as GraphQLError).message).toContain(status);
    }
  });

  it('follows the closed loop and never leaves CLOSED', () => {
    expect(TRANSITIONS.ACCEPT.to).toBe(S.ACCEPTED);
    expect(TRANSITIONS.RESOLVE.to).toBe(S.RESOLVED);
    expect(TRANSITIONS.REOPEN.to).toBe(S.REOPENED);
    expect(
      Object.values(TRANSITIONS).every((transition) => !transition.from.includes(S.CLOSED)),
    ).toBe(true);
    expect(Object.values(TRANSITIONS).every((transition) => transition.to !== S.SUBMITTED)).toBe(
      true,
    );
  });
});
