import { groupRowsBy } from './batch-loading';

describe('batch loading helpers', () => {
  it('groups rows under the keys asked for, in order, with empty lists where none', () => {
    const rows = [
      { cell: 'b', n: 1 },
      { cell: 'a', n: 2 },
      { cell: 'b', n: 3 },
    ];
    expect(groupRowsBy(['a', 'b', 'c'], rows, (row) => row.cell)).toEqual([
      [{ cell: 'a', n: 2 }],
      [
        { cell: 'b', n: 1 },
        { cell: 'b', n: 3 },
      ],
      [],
    ]);
  });

  it('matches an id asked in capitals with the row PostgreSQL answers in lower case, and leaves rows without a key out', () => {
    const rows = [{ parent: '2b6a3c1e-9f4d-4c8e-8a51-0f3d2e1c4b5a' }, { parent: null }];
    expect(
      groupRowsBy(['2B6A3C1E-9F4D-4C8E-8A51-0F3D2E1C4B5A'], rows, (row) => row.parent),
    ).toEqual([[rows[0]]]);
  });
});
