import { Client } from 'pg';
import { type PrivatePostgres, startPrivatePostgres } from './private-postgres';

async function answers(url: string): Promise<boolean> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    const { rows } = await client.query<{ answer: number }>('select 1 as answer');
    return rows[0]?.answer === 1;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

describe('a private PostgreSQL server', () => {
  let server: PrivatePostgres | undefined;

  afterAll(async () => {
    await server?.destroy();
  }, 60_000);

  it('answers on its own port, refuses connections while stopped, and answers again once started or restarted', async () => {
    server = await startPrivatePostgres();
    expect(server.port).not.toBe(5432);
    expect(await answers(server.url)).toBe(true);

    await server.stop();
    expect(await answers(server.url)).toBe(false);

    await server.start();
    expect(await answers(server.url)).toBe(true);

    await server.restart();
    expect(await answers(server.url)).toBe(true);
  }, 120_000);
});
