import { CachingEnterpriseDirectory } from './caching-enterprise-directory';
import type { DirectoryEnterprise, EnterpriseDirectory } from './enterprise-directory';

class CountingDirectory implements EnterpriseDirectory {
  calls = 0;
  constructor(private readonly known: Record<string, DirectoryEnterprise>) {}
  async findEnterprise(id: string): Promise<DirectoryEnterprise | null> {
    this.calls += 1;
    return this.known[id] ?? null;
  }
}

describe('CachingEnterpriseDirectory', () => {
  const enterprise = { id: 'e1', gridCellId: 'c1' };
  let now = 0;
  const make = (inner: EnterpriseDirectory) => new CachingEnterpriseDirectory(inner, { ttlMs: 1000, maxEntries: 2, now: () => now });

  beforeEach(() => {
    now = 0;
  });

  it('asks once for concurrent and repeated lookups, and again after the time to live', async () => {
    const inner = new CountingDirectory({ e1: enterprise });
    const directory = make(inner);
    await Promise.all([directory.findEnterprise('e1'), directory.findEnterprise('e1')]);
    await directory.findEnterprise('e1');
    expect(inner.calls).toBe(1);
    now = 1001;
    expect(await directory.findEnterprise('e1')).toEqual(enterprise);
    expect(inner.calls).toBe(2);
  });

  it('never remembers an unknown enterprise', async () => {
    const inner = new CountingDirectory({});
    const directory = make(inner);
    expect(await directory.findEnterprise('nobody')).toBeNull();
    expect(await directory.findEnterprise('nobody')).toBeNull();
    expect(inner.calls).toBe(2);
  });

  it('keeps at most maxEntries, dropping the oldest', async () => {
    const inner = new CountingDirectory({ a: { id: 'a', gridCellId: 'c' }, b: { id: 'b', gridCellId: 'c' }, c: { id: 'c', gridCellId: 'c' } });
    const directory = make(inner);
    for (const id of ['a', 'b', 'c', 'b', 'c']) await directory.findEnterprise(id);
    expect(inner.calls).toBe(3);
    await directory.findEnterprise('a');
    expect(inner.calls).toBe(4);
  });

  it('passes failures on and does not remember them', async () => {
    let fail = true;
    const directory = make({
      findEnterprise: async () => {
        if (fail) throw new Error('enterprise service down');
        return enterprise;
      },
    });
    await expect(directory.findEnterprise('e1')).rejects.toThrow('enterprise service down');
    fail = false;
    expect(await directory.findEnterprise('e1')).toEqual(enterprise);
  });
});
