import { currentRequest, isInRequest, requestIdFrom, runInRequest } from './request-scope';

describe('request scope', () => {
  it('carries the request id through awaits, and is empty outside a request', async () => {
    expect(isInRequest()).toBe(false);
    const seen = await runInRequest(
      async () => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        return currentRequest()?.requestId;
      },
      { requestId: 'req-1' },
    );
    expect(seen).toBe('req-1');
    expect(currentRequest()).toBeUndefined();
  });

  it('keeps a usable caller id and replaces one that could forge log lines', () => {
    expect(requestIdFrom('gw-0c1f:42')).toBe('gw-0c1f:42');
    expect(requestIdFrom('bad id\n{"level":60}')).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFrom(undefined)).toMatch(/^[0-9a-f-]{36}$/);
  });
});
