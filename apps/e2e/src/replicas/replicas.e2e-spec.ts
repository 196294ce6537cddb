import {
  faultsIn,
  replicasKilled,
  runFaultScenarios,
  type ScenarioResult,
} from '@erqi/shared/feature-fault-injection';

/**
 * Two replicas of every subgraph behind the real gateway (`npm run start:cluster -- --replicas 2`), on
 * a broker and a PostgreSQL server of their own: while a grid worker keeps reading and appeals keep
 * coming, one appeal replica and one volunteer replica are SIGKILLed. The reads after the kill keep
 * succeeding, every accepted appeal is stored once and reaches both department topics, the team topic
 * and the team's task exactly once, nothing dead-lettered. Run under the e2e lock: it starts a second system.
 */
const APPEALS = Number(process.env['REPLICAS_TEST_APPEALS'] ?? 60);
const KAFKA_PORT = Number(process.env['REPLICAS_TEST_KAFKA_PORT'] ?? 29294);

describe('two replicas of every subgraph, one appeal and one volunteer replica killed', () => {
  const log: string[] = [];
  let result: ScenarioResult | undefined;

  beforeAll(async () => {
    [result] = await runFaultScenarios({
      scenarios: [replicasKilled({ appeals: APPEALS, perSecond: 5, queriesPerSecond: 5 })],
      replicas: 2,
      kafkaPort: KAFKA_PORT,
      catchUpTimeoutMs: 180_000,
      log: (line) => log.push(line),
      onFailure: (output) => log.push(output),
    });
  }, 15 * 60_000);

  afterAll(() => {
    // What happened, for whoever reads a failure: the run's own lines and the services' last ones.
    if (result && faultsIn(result).length === 0) return;
    console.log([...(result ? faultsIn(result) : ['no result']), ...log].join('\n'));
  });

  const outcome = (): ScenarioResult => {
    if (!result) throw new Error(`no result:\n${log.join('\n')}`);
    return result;
  };

  it('keeps answering reads through the gateway after the kill', () => {
    const { queries } = outcome();
    expect(queries?.sentAfterMark).toBeGreaterThan(0);
    expect({
      failedAfterKill: queries?.failedAfterMark,
      failures: queries?.failuresAfterMark,
    }).toEqual({
      failedAfterKill: 0,
      failures: [],
    });
  });

  it('stores every acknowledged appeal once, and no appeal twice', () => {
    const { counts } = outcome();
    expect(counts.accepted + counts.refused).toBe(APPEALS);
    // Submissions in flight to the killed replica go unanswered, and a busy machine times some out;
    // many must be stored, or nothing was tested.
    expect(counts.accepted + counts.storedUnanswered).toBeGreaterThan(APPEALS / 4);
    expect({ notStored: counts.acceptedNotStored, storedTwice: counts.appealsDoubled }).toEqual({
      notStored: 0,
      storedTwice: 0,
    });
  });

  it('applies every dispatch once: each department topic, the team topic and the task, nothing dead-lettered', () => {
    const { counts } = outcome();
    expect({
      lost: counts.lost,
      doubled: counts.doubled,
      deadLettered: counts.deadLetteredByTopic,
    }).toEqual({ lost: 0, doubled: 0, deadLettered: {} });
    expect(counts.catchUpSeconds).not.toBeNull();
  });
});
