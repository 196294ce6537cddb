import {
  appealServiceKilled,
  brokerStopped,
  postgresRestarted,
  runFaultScenarios,
  type ScenarioResult,
} from '@erqi/shared/feature-fault-injection';

/**
 * The three faults of `npm run bench:faults`, smaller: the system on a broker and a PostgreSQL server of
 * its own (never the shared ones), a fault under a stream of appeals, and then every appeal the gateway
 * accepted must reach both department topics, the team topic and the team's task exactly once, with
 * nothing dead-lettered. Run under the e2e lock: it starts a second system.
 */
const APPEALS = Number(process.env['FAULTS_TEST_APPEALS'] ?? 100);
const KAFKA_PORT = Number(process.env['FAULTS_TEST_KAFKA_PORT'] ?? 29192);

describe('faults under load: no appeal lost, no dispatch doubled, nothing dead-lettered', () => {
  const log: string[] = [];
  let results: ScenarioResult[] = [];

  beforeAll(async () => {
    results = await runFaultScenarios({
      scenarios: [
        brokerStopped({ appeals: APPEALS, downSeconds: 15 }),
        postgresRestarted({ appeals: APPEALS, perSecond: 10 }),
        appealServiceKilled({ appeals: APPEALS, perSecond: 10 }),
      ],
      kafkaPort: KAFKA_PORT,
      catchUpTimeoutMs: 180_000,
      log: (line) => log.push(line),
      onFailure: (output) => log.push(output),
    });
  }, 20 * 60_000);

  const resultOf = (name: string): ScenarioResult => {
    const result = results.find((candidate) => candidate.name === name);
    if (!result) throw new Error(`no result for ${name}:\n${log.join('\n')}`);
    return result;
  };

  it('stores every appeal while the broker is stopped (the outbox holds them) and delivers each once when it is back', () => {
    const { counts } = resultOf('broker-stopped');
    // No submission is refused for want of a broker: only a slow answer on a busy machine, and the
    // appeal is stored all the same.
    expect(Object.keys(counts.refusedByKind).filter((kind) => kind !== 'timeout')).toEqual([]);
    expect(counts.accepted + counts.storedUnanswered).toBe(APPEALS);
    expect({
      lost: counts.lost,
      doubled: counts.doubled,
      deadLettered: counts.deadLetteredByTopic,
    }).toEqual({ lost: 0, doubled: 0, deadLettered: {} });
    expect(counts.catchUpSeconds).not.toBeNull();
  });

  it.each(['postgres-restarted', 'appeal-killed'])(
    '%s: delivers every appeal stored around the fault once, dead-letters nothing',
    (name) => {
      const { counts } = resultOf(name);
      // Some submissions are refused while the fault lasts; many must be stored, or nothing was tested.
      expect(counts.accepted + counts.storedUnanswered).toBeGreaterThan(APPEALS / 4);
      expect(counts.accepted + counts.refused).toBe(APPEALS);
      expect({
        lost: counts.lost,
        doubled: counts.doubled,
        deadLettered: counts.deadLetteredByTopic,
      }).toEqual({ lost: 0, doubled: 0, deadLettered: {} });
      expect(counts.catchUpSeconds).not.toBeNull();
    },
  );
});
