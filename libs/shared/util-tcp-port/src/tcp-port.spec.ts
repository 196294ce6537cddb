import { createServer } from 'node:net';
import { findFreePort, isPortOpen } from './tcp-port';

describe('TCP ports', () => {
  it('finds a free port, sees it open while a server listens and closed after', async () => {
    const port = await findFreePort();
    expect(await isPortOpen('127.0.0.1', port)).toBe(false);
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    try {
      expect(await isPortOpen('127.0.0.1', port)).toBe(true);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
