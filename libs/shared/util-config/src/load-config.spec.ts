import { Type } from '@sinclair/typebox';
import { renderEnvExample } from './env-example';
import { ConfigError, loadConfig } from './load-config';
import { subgraphSettings } from './settings';

const schema = Type.Object({
  ...subgraphSettings({ port: 4001 }),
  ROUTINE_INSPECTIONS_PER_MONTH: Type.Integer({
    default: 2,
    minimum: 0,
    description: 'routine inspections per enterprise per month',
  }),
});

describe('loadConfig', () => {
  it('fills defaults and converts numbers and booleans; an empty value counts as unset', () => {
    const config = loadConfig('grid', schema, {
      PORT: '4101',
      SEED_WHEN_EMPTY: 'true',
      LOG_LEVEL: '',
      UNRELATED: 'x',
    });
    expect(config).toEqual(
      expect.objectContaining({
        PORT: 4101,
        SEED_WHEN_EMPTY: true,
        LOG_LEVEL: 'info',
        KAFKA_BROKERS: '127.0.0.1:9092',
        ROUTINE_INSPECTIONS_PER_MONTH: 2,
      }),
    );
    expect(config).not.toHaveProperty('UNRELATED');
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it('refuses to start naming every bad variable at once', () => {
    let error: unknown;
    try {
      loadConfig('grid', schema, {
        PORT: 'four',
        LOG_LEVEL: 'loud',
        DATABASE_URL: 'mysql://x',
        ROUTINE_INSPECTIONS_PER_MONTH: '-1',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems.map((problem) => problem.split(' ')[0])).toEqual([
      'PORT',
      'LOG_LEVEL',
      'DATABASE_URL',
      'ROUTINE_INSPECTIONS_PER_MONTH',
    ]);
    expect(problems[1]).toContain('"loud"');
    expect(problems[1]).toContain('must be one of fatal, error, warn, info, debug, trace, silent');
    expect((error as Error).message).toMatch(/^grid: 4 settings are not valid/);
  });
});

describe('renderEnvExample', () => {
  it('lists each variable with its meaning and default, optional ones commented out', () => {
    const text = renderEnvExample('grid subgraph', schema);
    expect(text).toContain(
      '# lowest level logged (fatal | error | warn | info | debug | trace | silent)\nLOG_LEVEL=info\n',
    );
    expect(text).toContain('\n# DATABASE_URL=\n');
    expect(text).toContain('\nPORT=4001\n');
    expect(text.match(/^#? ?[A-Z_]+=/gm)).toHaveLength(Object.keys(schema.properties).length);
  });
});
