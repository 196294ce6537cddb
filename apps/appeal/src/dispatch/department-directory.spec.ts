import { failureOf, fakeSubgraph, json } from '../../test/fake-subgraph';
import { DEFAULT_GRID_SUBGRAPH_URL, HttpDepartmentDirectory } from './department-directory';

describe('HttpDepartmentDirectory', () => {
  const urban = { id: '6f1c2a9e-0000-5000-8000-000000000002', code: 'URBAN_MANAGEMENT' };

  it('looks a code up with the grid subgraph’s department(code:) query', async () => {
    const fake = await fakeSubgraph((_body, response) => json(response, 200, { data: { department: urban } }));
    try {
      expect(await new HttpDepartmentDirectory({ url: fake.url }).findByCode('URBAN_MANAGEMENT')).toEqual(urban);
      expect(fake.seen[0]?.query).toContain('department(code: $code)');
      expect(fake.seen[0]?.variables).toEqual({ code: 'URBAN_MANAGEMENT' });
    } finally {
      await fake.close();
    }
  });

  it('answers null for a code the grid subgraph answers NOT_FOUND for', async () => {
    const fake = await fakeSubgraph((_body, response) =>
      json(response, 200, { data: null, errors: [{ message: 'Department PARKING does not exist', extensions: { code: 'NOT_FOUND', field: 'code' } }] }),
    );
    try {
      expect(await new HttpDepartmentDirectory({ url: fake.url }).findByCode('PARKING')).toBeNull();
    } finally {
      await fake.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE, tagged grid, for any other error or an answer without data', async () => {
    const answers = [{ data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }, { data: null }];
    const fake = await fakeSubgraph((_body, response) => json(response, 200, answers.shift()));
    try {
      const directory = new HttpDepartmentDirectory({ url: fake.url });
      for (let i = 0; i < 2; i += 1) expect((await failureOf(directory.findByCode('URBAN_MANAGEMENT'))).extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'grid' });
    } finally {
      await fake.close();
    }
  });

  it('looks an id up with _entities, null when the grid subgraph does not know it', async () => {
    const answers = [{ data: { _entities: [urban] } }, { data: { _entities: [null] } }];
    const fake = await fakeSubgraph((_body, response) => json(response, 200, answers.shift()));
    try {
      const directory = new HttpDepartmentDirectory({ url: fake.url });
      expect(await directory.findById(urban.id)).toEqual(urban);
      expect(await directory.findById(urban.id)).toBeNull();
      expect(fake.seen[0]?.variables).toEqual({ r: [{ __typename: 'Department', id: urban.id }] });
    } finally {
      await fake.close();
    }
  });

  it('reads its address from GRID_SUBGRAPH_URL, else the contract port', () => {
    const saved = process.env['GRID_SUBGRAPH_URL'];
    try {
      delete process.env['GRID_SUBGRAPH_URL'];
      expect(new HttpDepartmentDirectory().url).toBe(DEFAULT_GRID_SUBGRAPH_URL);
      process.env['GRID_SUBGRAPH_URL'] = 'http://grid:4001/graphql';
      expect(new HttpDepartmentDirectory().url).toBe('http://grid:4001/graphql');
    } finally {
      if (saved === undefined) delete process.env['GRID_SUBGRAPH_URL'];
      else process.env['GRID_SUBGRAPH_URL'] = saved;
    }
  });
});
