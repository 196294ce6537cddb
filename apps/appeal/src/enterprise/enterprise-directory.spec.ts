import { failureOf, fakeSubgraph as fakeEnterpriseSubgraph, json } from '../../test/fake-subgraph';
import { DEFAULT_ENTERPRISE_SUBGRAPH_URL, HttpEnterpriseDirectory } from './enterprise-directory';

describe('HttpEnterpriseDirectory', () => {
  const id = '6f1c2a9e-0000-5000-8000-000000000001';

  it('asks the enterprise subgraph for the entity and answers with its grid cell', async () => {
    const seen: unknown[] = [];
    const fake = await fakeEnterpriseSubgraph((body, response) => {
      seen.push(body.variables);
      const [representation] = body.variables['r'] as Array<{ id: string }>;
      json(response, 200, { data: { _entities: [{ id: representation?.id, gridCell: { id: 'cell-1' } }] } });
    });
    try {
      expect(await new HttpEnterpriseDirectory({ url: fake.url }).findEnterprise(id)).toEqual({ id, gridCellId: 'cell-1' });
      expect(seen).toEqual([{ r: [{ __typename: 'Enterprise', id }] }]);
    } finally {
      await fake.close();
    }
  });

  it('answers null for an enterprise the subgraph does not know, with or without a NOT_FOUND error', async () => {
    const answers = [
      { data: { _entities: [null] } },
      { data: { _entities: [null] }, errors: [{ message: 'Enterprise x does not exist', extensions: { code: 'NOT_FOUND' } }] },
    ];
    const fake = await fakeEnterpriseSubgraph((_body, response) => json(response, 200, answers.shift()));
    try {
      const directory = new HttpEnterpriseDirectory({ url: fake.url });
      expect(await directory.findEnterprise(id)).toBeNull();
      expect(await directory.findEnterprise(id)).toBeNull();
    } finally {
      await fake.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE when the subgraph does not answer in time', async () => {
    const fake = await fakeEnterpriseSubgraph(() => undefined);
    try {
      const error = await failureOf(new HttpEnterpriseDirectory({ url: fake.url, timeoutMs: 100 }).findEnterprise(id));
      expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE', service: 'enterprise' });
      expect(error.message).toContain('100 ms');
    } finally {
      await fake.close();
    }
  });

  it('answers SERVICE_UNAVAILABLE when nothing listens, or the subgraph fails', async () => {
    const fake = await fakeEnterpriseSubgraph((_body, response) => json(response, 500, { errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }));
    const failing = fake.url;
    const closed = await fakeEnterpriseSubgraph(() => undefined);
    await closed.close();
    try {
      for (const url of [failing, closed.url]) {
        const error = await failureOf(new HttpEnterpriseDirectory({ url }).findEnterprise(id));
        expect(error.extensions).toMatchObject({ code: 'SERVICE_UNAVAILABLE' });
      }
    } finally {
      await fake.close();
    }
  });

  it('reads its address from ENTERPRISE_SUBGRAPH_URL, else the contract port', () => {
    const saved = process.env['ENTERPRISE_SUBGRAPH_URL'];
    try {
      delete process.env['ENTERPRISE_SUBGRAPH_URL'];
      expect(new HttpEnterpriseDirectory().url).toBe(DEFAULT_ENTERPRISE_SUBGRAPH_URL);
      process.env['ENTERPRISE_SUBGRAPH_URL'] = 'http://enterprise:4002/graphql';
      expect(new HttpEnterpriseDirectory().url).toBe('http://enterprise:4002/graphql');
    } finally {
      if (saved === undefined) delete process.env['ENTERPRISE_SUBGRAPH_URL'];
      else process.env['ENTERPRISE_SUBGRAPH_URL'] = saved;
    }
  });
});
