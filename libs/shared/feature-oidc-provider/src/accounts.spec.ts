import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedUsers } from '@erqi/shared/util-seed-fixtures';
import { authenticate, claimsOf, SAMPLE_PASSWORD } from './accounts';
import { loginPage } from './login-page';
import { providerSigningKey } from './signing-key';

describe('the local provider signs in the seed users', () => {
  it('lets every seed user in with its login and the sample password, and nobody with another', () => {
    for (const user of seedUsers)
      expect(authenticate(user.login ?? '', SAMPLE_PASSWORD)).toBe(user);
    expect(authenticate('grid-worker', `${SAMPLE_PASSWORD}x`)).toBeUndefined();
    expect(authenticate('nobody', SAMPLE_PASSWORD)).toBeUndefined();
  });

  it("puts the grid worker's role, name and cells into the claims our services read", () => {
    const worker = seedUsers.find((user) => user.login === 'grid-worker');
    expect(worker && claimsOf(worker)).toEqual({
      role: 'GRID_WORKER',
      name: worker?.name,
      grid_cell_ids: worker?.gridCellIds,
    });
    const staff = seedUsers.find((user) => user.login === 'staff-urban');
    expect(staff && claimsOf(staff)).toMatchObject({ department_code: 'URBAN_MANAGEMENT' });
  });

  it('shows a labelled, bilingual page that marks the password as a development sample and says when it was wrong', () => {
    const html = loginPage({
      action: '/interaction/x',
      clientName: '二七区',
      login: '<b>',
      failed: true,
    });
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toMatch(/<label for="login">账号 <span lang="en">Login<\/span><\/label>/);
    expect(html).toMatch(/<label for="password">密码 <span lang="en">Password<\/span><\/label>/);
    expect(html).toContain('仅供开发测试');
    expect(html).toContain('role="alert"');
    // What was typed comes back escaped, never as markup.
    expect(html).toContain('value="&lt;b&gt;"');
    for (const user of seedUsers) expect(html).toContain(`<code>${user.login}</code>`);
  });
});

describe("the provider's key pair", () => {
  it('is made once, kept owner-only (0600) and reused on the next start', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'erqi-oidc-key-'));
    try {
      const file = join(folder, 'oidc', 'signing-key.json');
      const first = await providerSigningKey(file);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      expect(first).toMatchObject({
        alg: 'RS256',
        use: 'sig',
        kid: expect.stringMatching(/^oidc-/),
      });
      expect(await providerSigningKey(file)).toEqual(first);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
