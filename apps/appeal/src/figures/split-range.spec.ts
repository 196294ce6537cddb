import { splitRange } from './figures.service';

// Zhengzhou's midnight is 16:00 UTC the evening before.
const at = (iso: string) => new Date(iso);

describe('splitRange: whole Shanghai days for the rollups, part-days for appeal', () => {
  it('is all rollup when unbounded or day-aligned', () => {
    expect(splitRange()).toEqual({ wholeDays: true, fromDay: null, toDay: null, edges: [] });
    expect(splitRange(at('2024-02-29T16:00:00Z'), at('2024-03-31T16:00:00Z'))).toEqual({
      wholeDays: true,
      fromDay: '2024-03-01',
      toDay: '2024-04-01',
      edges: [],
    });
  });

  it('counts the part-days at either edge from appeal', () => {
    expect(splitRange(at('2024-03-01T03:17:00Z'), at('2024-03-10T01:00:00Z'))).toEqual({
      wholeDays: true,
      fromDay: '2024-03-02',
      toDay: '2024-03-10',
      edges: [
        [at('2024-03-01T03:17:00Z'), at('2024-03-01T16:00:00Z')],
        [at('2024-03-09T16:00:00Z'), at('2024-03-10T01:00:00Z')],
      ],
    });
    expect(splitRange(undefined, at('2024-03-10T01:00:00Z'))).toMatchObject({
      fromDay: null,
      toDay: '2024-03-10',
    });
  });

  it('has no whole day in a range inside one day or across one midnight', () => {
    const within = splitRange(at('2024-03-01T17:00:00Z'), at('2024-03-01T23:00:00Z'));
    expect(within).toEqual({
      wholeDays: false,
      fromDay: null,
      toDay: null,
      edges: [[at('2024-03-01T17:00:00Z'), at('2024-03-01T23:00:00Z')]],
    });
    expect(splitRange(at('2024-03-01T15:00:00Z'), at('2024-03-01T17:00:00Z')).wholeDays).toBe(
      false,
    );
  });
});
