import { workflowOptionsFromEnv } from './workflow-config';

describe('workflowOptionsFromEnv', () => {
  it('keeps the defaults with nothing set', () => {
    expect(workflowOptionsFromEnv({})).toEqual({ workflowPolicy: {}, noResponseScanMs: 60_000 });
  });

  it('reads deadlines, the evaluation window, duplicate settings and the scan interval', () => {
    const options = workflowOptionsFromEnv({
      HANDLING_DEADLINES: 'URGENT=4h, JOINT=3d',
      EVALUATION_WINDOW: '2d',
      DUPLICATE_WINDOW_DAYS: '7',
      NO_RESPONSE_SCAN_SECONDS: '0',
    });
    expect(options.workflowPolicy.handlingDeadlines).toMatchObject({
      URGENT: { workingHours: 4 },
      JOINT: { workingDays: 3 },
      LEDGER: { workingDays: 15 },
    });
    expect(options.workflowPolicy.evaluationWindow).toEqual({ workingDays: 2 });
    expect(options.workflowPolicy.duplicates).toEqual({ windowMs: 7 * 86_400_000, threshold: 0.6 });
    expect(options.noResponseScanMs).toBeUndefined();
  });

  it('reads acknowledgement deadlines (报到) per handling mode, keeping the defaults of modes not named', () => {
    const options = workflowOptionsFromEnv({ ACKNOWLEDGEMENT_DEADLINES: 'URGENT=2h, LEDGER=2d' });
    expect(options.workflowPolicy.acknowledgementDeadlines).toEqual({
      URGENT: { workingHours: 2 },
      JOINT: { workingHours: 4 },
      LEDGER: { workingDays: 2 },
      TRACKED: { workingDays: 1 },
    });
    expect(options.workflowPolicy.handlingDeadlines).toBeUndefined();
  });

  it('refuses what it cannot read, naming the setting', () => {
    expect(() => workflowOptionsFromEnv({ HANDLING_DEADLINES: 'SOON=1d' })).toThrow(
      /HANDLING_DEADLINES/,
    );
    expect(() => workflowOptionsFromEnv({ ACKNOWLEDGEMENT_DEADLINES: 'URGENT=30m' })).toThrow(
      /ACKNOWLEDGEMENT_DEADLINES URGENT/,
    );
    expect(() => workflowOptionsFromEnv({ ACKNOWLEDGEMENT_DEADLINES: 'SOON=1h' })).toThrow(
      /ACKNOWLEDGEMENT_DEADLINES/,
    );
    expect(() => workflowOptionsFromEnv({ EVALUATION_WINDOW: 'a week' })).toThrow(
      /EVALUATION_WINDOW/,
    );
    expect(() => workflowOptionsFromEnv({ DUPLICATE_THRESHOLD: '2' })).toThrow(
      /DUPLICATE_THRESHOLD/,
    );
  });
});
