import type { FaultCounts } from './dispatch-ledger';
import { faultsIn, type ScenarioResult } from './fault-run';

const clean: FaultCounts = {
  submitted: 100,
  accepted: 90,
  refused: 10,
  refusedByKind: { timeout: 10 },
  storedUnanswered: 4,
  appealsDoubled: 0,
  acceptedNotStored: 0,
  lost: 0,
  missingByTarget: {},
  doubled: 0,
  redelivered: 3,
  deadLettered: 0,
  deadLetteredByTopic: {},
  catchUpSeconds: 2.5,
};
const result = (counts: Partial<FaultCounts>): ScenarioResult => ({
  name: 'broker-stopped',
  description: 'test',
  counts: { ...clean, ...counts },
});

describe('what makes a fault run fail (the bench exits 1 on any)', () => {
  it('passes a scenario with nothing lost, doubled or dead-lettered, redeliveries notwithstanding', () => {
    expect(faultsIn(result({}))).toEqual([]);
  });

  it.each([
    [{ lost: 2, missingByTarget: { 'dispatch.department.URBAN_MANAGEMENT': 2 } }, /2 appeals lost/],
    [{ doubled: 1 }, /1 dispatches doubled/],
    [{ deadLettered: 3, deadLetteredByTopic: { 'appeal.lifecycle.dlq': 3 } }, /3 dead-lettered/],
    [{ accepted: 0, storedUnanswered: 0 }, /nothing was tested/],
    [{ appealsDoubled: 1 }, /1 appeals stored twice/],
    [{ acceptedNotStored: 2 }, /2 accepted appeals not in the database/],
  ])('fails on %j', (counts, message) => {
    const faults = faultsIn(result(counts));
    expect(faults).toHaveLength(1);
    expect(faults[0]).toMatch(message);
  });

  it('fails when reads failed after the fault, not before it', () => {
    const queries = {
      sent: 50,
      failed: 3,
      sentAfterMark: 30,
      failedAfterMark: 0,
      failures: [],
      failuresAfterMark: [],
    };
    expect(faultsIn({ ...result({}), queries })).toEqual([]);
    expect(faultsIn({ ...result({}), queries: { ...queries, failedAfterMark: 1 } })[0]).toMatch(
      /1 of 30 reads failed after the fault/,
    );
  });
});
