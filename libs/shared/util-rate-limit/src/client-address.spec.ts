import { clientAddress, trustedProxiesFrom } from './client-address';

describe('clientAddress', () => {
  const proxies = trustedProxiesFrom('10.0.0.2, 10.0.0.3');

  it('uses the socket address when no trusted proxy is in between', () => {
    expect(clientAddress('203.0.113.9', '198.51.100.1', proxies)).toBe('203.0.113.9');
    expect(clientAddress('::ffff:203.0.113.9', undefined, proxies)).toBe('203.0.113.9');
  });

  it('takes the last untrusted hop behind trusted proxies', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.7, 10.0.0.3', proxies)).toBe('198.51.100.7');
  });

  it('does not believe addresses a caller prepended to the header', () => {
    expect(clientAddress('10.0.0.2', '1.2.3.4, 198.51.100.7', proxies)).toBe('198.51.100.7');
  });

  it('trusts no one by default', () => {
    expect(clientAddress('10.0.0.2', '198.51.100.7', trustedProxiesFrom(''))).toBe('10.0.0.2');
  });
});
