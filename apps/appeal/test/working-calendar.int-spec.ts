import { TEST_RATE_LIMIT } from '@erqi/shared/testing-graphql';
import { createTestDatabase, type TestDatabase } from '@erqi/shared/testing-database';
import { postGraphQL } from '@erqi/shared/util-graphql-client';
import { authHeaderFor, seedUser } from '@erqi/shared/util-seed-tokens';
import {
  type RunningSubgraph,
  startSubgraph,
  subgraphDependencies,
} from '@erqi/shared/feature-subgraph-server';
import type { Logger } from '@erqi/shared/util-logging';
import { ServiceMetrics } from '@erqi/shared/util-metrics';
import { type AppealSubgraph, createAppealSubgraph } from '../src/subgraph';
import { fixtureDirectories } from './fixture-directories';

const cst = (local: string): Date => new Date(`${local}+08:00`);

function collectingLogger(): Logger & { warnings: string[] } {
  const warnings: string[] = [];
  const logger: Logger & { warnings: string[] } = {
    warnings,
    debug: () => undefined,
    info: () => undefined,
    warn: (message: string) => void warnings.push(message),
    error: () => undefined,
    child: () => logger,
  };
  return logger;
}

const SET_YEAR = `
  mutation ($input: WorkingCalendarYearInput!) {
    setWorkingCalendarYear(input: $input) { year holidays workdays setBy setAt }
  }`;

interface SetYearAnswer {
  setWorkingCalendarYear: {
    year: number;
    holidays: string[];
    workdays: string[];
    setBy: string;
    setAt: string;
  };
}

/**
 * The appeal service's working calendar: the published data and the database's years, the warning
 * from 60 days before it runs out, provisional deadlines past it, and the ADMIN mutation that sets a
 * year. The clock is moved, nothing sleeps.
 */
describe('the working calendar of the appeal service', () => {
  let database: TestDatabase;
  let definition: AppealSubgraph;
  let subgraph: RunningSubgraph;
  const logger = collectingLogger();
  const metrics = new ServiceMetrics('appeal');
  let now = cst('2026-09-01T10:00:00');

  const health = async (): Promise<{
    status: number;
    body: { status: string; warnings?: Array<{ code: string; daysLeft: number; message: string }> };
  }> => {
    const response = await fetch(subgraph.url.replace(/\/graphql$/, '/health'));
    return { status: response.status, body: (await response.json()) as never };
  };

  const daysLeftGauge = async (): Promise<number | undefined> => {
    const text = await (await fetch(subgraph.url.replace(/\/graphql$/, '/metrics'))).text();
    const match = /^working_calendar_days_left (-?\d+)$/m.exec(text);
    return match ? Number(match[1]) : undefined;
  };

  const setYear = async (
    input: { year: number; holidays: string[]; workdays: string[] },
    role: 'ADMIN' | 'SUPERVISOR' = 'ADMIN',
  ) =>
    postGraphQL<SetYearAnswer>(
      subgraph.url,
      SET_YEAR,
      { input },
      await authHeaderFor(seedUser(role)),
    );

  const calendarRows = async (year: number): Promise<number> => {
    const [row] = (await definition.dataSource.query(
      `SELECT (SELECT count(*) FROM calendar_day WHERE extract(year FROM date) = $1)::int
            + (SELECT count(*) FROM calendar_year WHERE year = $1)::int AS rows`,
      [year],
    )) as Array<{ rows: number }>;
    return row?.rows ?? -1;
  };

  beforeAll(async () => {
    database = await createTestDatabase('appeal_working_calendar');
    definition = await createAppealSubgraph(
      subgraphDependencies(
        'appeal',
        { kind: 'postgres', url: database.url },
        {
          metrics,
          logger,
          clock: () => now,
          options: fixtureDirectories(),
        },
      ),
    );
    subgraph = await startSubgraph(definition, { port: 0, rateLimit: TEST_RATE_LIMIT, logger });
  });

  afterAll(async () => {
    await subgraph?.stop();
    await database?.drop();
  });

  it('knows 2026 and says nothing until 60 days before its data ends, then counts down on /health and /metrics', async () => {
    expect(definition.policy.calendar.isWorkingDay('2026-10-01')).toBe(false); // National Day
    expect(definition.policy.calendar.isWorkingDay('2026-10-10')).toBe(true); // Saturday, 调休
    expect(definition.policy.calendar.lastKnownDate).toBe('2026-12-31');

    now = cst('2026-09-01T10:00:00');
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', service: 'appeal' } });
    expect(await daysLeftGauge()).toBe(121);

    now = cst('2026-11-15T10:00:00');
    const warned = await health();
    expect(warned.status).toBe(200);
    expect(warned.body.warnings).toEqual([
      expect.objectContaining({ code: 'WORKING_CALENDAR_ENDING', daysLeft: 46 }),
    ]);
    expect(await daysLeftGauge()).toBe(46);

    now = cst('2027-01-04T10:00:00');
    expect((await health()).body.warnings?.[0]?.code).toBe('WORKING_CALENDAR_ENDED');
    expect(await daysLeftGauge()).toBe(-4);
  });

  it('counts a deadline past the data on weekends only, provisionally, and logs it once', async () => {
    const calendar = definition.policy.calendar;
    // 2027-02-08 is a Monday; unknown to the data, so it is (provisionally) a working day.
    expect(calendar.addWorkingDays(cst('2027-02-05T10:00:00'), 1)).toEqual(
      cst('2027-02-08T10:00:00'),
    );
    calendar.addWorkingDays(cst('2027-03-05T10:00:00'), 3);
    const provisional = logger.warnings.filter((line) =>
      line.includes('knows no holidays of 2027'),
    );
    expect(provisional).toHaveLength(1);
    expect(provisional[0]).toMatch(/provisional/);
  });

  it('refuses a year that is not one: outside dates, a date both ways, a weekday 调休, no holidays, and a caller not ADMIN; nothing is written', async () => {
    const refusals: Array<[Parameters<typeof setYear>[0], string, RegExp]> = [
      [
        { year: 2027, holidays: ['2027-02-08', '2028-01-01'], workdays: [] },
        'holidays',
        /not in 2027/,
      ],
      [{ year: 2027, holidays: ['2027-02-30'], workdays: [] }, 'holidays', /not a date/],
      [{ year: 2027, holidays: ['2027-02-08'], workdays: ['2027-02-08'] }, 'workdays', /both/],
      [{ year: 2027, holidays: ['2027-02-08'], workdays: ['2027-02-10'] }, 'workdays', /weekday/],
      [{ year: 2027, holidays: [], workdays: [] }, 'holidays', /none were given/],
    ];
    for (const [input, field, message] of refusals) {
      const answer = await setYear(input);
      const [error] = answer.body.errors ?? [];
      expect([field, error?.extensions?.['code'], error?.extensions?.['field']]).toEqual([
        field,
        'BAD_USER_INPUT',
        field,
      ]);
      expect(error?.message).toMatch(message);
    }
    const forbidden = await setYear(
      { year: 2027, holidays: ['2027-02-08'], workdays: [] },
      'SUPERVISOR',
    );
    expect(forbidden.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await calendarRows(2027)).toBe(0);
  });

  it('lets an ADMIN set 2027: deadlines use it at once, and the warning is gone', async () => {
    // An illustrative Spring Festival (the State Council had not published 2027 when this was written).
    const holidays = [
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
      '2027-02-10',
      '2027-02-11',
      '2027-02-12',
    ];
    now = cst('2027-01-04T10:00:00');
    const answer = await setYear({
      year: 2027,
      holidays: [...holidays].reverse(),
      workdays: ['2027-02-13'],
    });
    expect(answer.body.errors).toBeUndefined();
    expect(answer.body.data?.setWorkingCalendarYear).toEqual({
      year: 2027,
      holidays,
      workdays: ['2027-02-13'],
      setBy: expect.stringMatching(/^ADMIN:/),
      setAt: now.toISOString(),
    });
    // Friday before the festival + 1 working day: the make-up Saturday after it.
    expect(definition.policy.calendar.addWorkingDays(cst('2027-02-05T10:00:00'), 1)).toEqual(
      cst('2027-02-13T10:00:00'),
    );
    expect(definition.policy.calendar.lastKnownDate).toBe('2027-12-31');
    expect(await health()).toEqual({ status: 200, body: { status: 'ok', service: 'appeal' } });
    expect(await daysLeftGauge()).toBe(361);
  });

  it('takes a year set in the database over the published data for that year', async () => {
    const answer = await setYear({ year: 2026, holidays: ['2026-12-01'], workdays: [] });
    expect(answer.body.errors).toBeUndefined();
    expect(definition.policy.calendar.isWorkingDay('2026-12-01')).toBe(false); // Tuesday, set here
    expect(definition.policy.calendar.isWorkingDay('2026-10-01')).toBe(true); // National Day as first loaded, replaced
    expect(definition.policy.calendar.isWorkingDay('2025-10-01')).toBe(false); // other years untouched
  });
});
