import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { enterpriseCodeSecret } from './code-secret';

describe('enterpriseCodeSecret', () => {
  const dir = mkdtempSync(join(tmpdir(), 'code-secret-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses ENTERPRISE_CODE_SECRET when set, and refuses one shorter than 32 bytes', () => {
    const secret = 'x'.repeat(32);
    expect(
      Buffer.from(
        enterpriseCodeSecret({ ENTERPRISE_CODE_SECRET: secret }, join(dir, 'unused')),
      ).toString(),
    ).toBe(secret);
    expect(() =>
      enterpriseCodeSecret({ ENTERPRISE_CODE_SECRET: 'short' }, join(dir, 'unused')),
    ).toThrow(/at least 32 bytes/);
  });

  it('otherwise makes a development secret on first use, readable by its owner only, and keeps it', () => {
    const file = join(dir, 'nested', 'secret');
    const first = enterpriseCodeSecret({}, file);
    expect(first.length).toBeGreaterThanOrEqual(32);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(Buffer.from(enterpriseCodeSecret({}, file)).equals(Buffer.from(first))).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(Buffer.from(first).toString());
  });
});
