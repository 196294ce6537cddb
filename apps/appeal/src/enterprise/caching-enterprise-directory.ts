import type { DirectoryEnterprise, EnterpriseDirectory } from './enterprise-directory';

/**
 * Remembers which cell looks after an enterprise for a short while, and asks once for concurrent
 * lookups of the same enterprise. Filing an appeal then usually costs no call to the enterprise
 * service. An enterprise moved to another cell is seen after at most `ttlMs`; an unknown enterprise
 * is never remembered, so one registered a moment ago is found at once.
 */
export class CachingEnterpriseDirectory implements EnterpriseDirectory {
  private readonly known = new Map<string, { enterprise: DirectoryEnterprise; expiresAt: number }>();
  private readonly pending = new Map<string, Promise<DirectoryEnterprise | null>>();

  constructor(
    private readonly inner: EnterpriseDirectory,
    private readonly options: { ttlMs: number; maxEntries: number; now?: () => number } = { ttlMs: 60_000, maxEntries: 10_000 },
  ) {}

  async findEnterprise(id: string): Promise<DirectoryEnterprise | null> {
    const now = this.options.now?.() ?? Date.now();
    const cached = this.known.get(id);
    if (cached && cached.expiresAt > now) return cached.enterprise;
    const inFlight = this.pending.get(id);
    if (inFlight) return inFlight;
    const lookup = this.inner
      .findEnterprise(id)
      .then((enterprise) => {
        if (enterprise) this.remember(id, enterprise, now);
        return enterprise;
      })
      .finally(() => this.pending.delete(id));
    this.pending.set(id, lookup);
    return lookup;
  }

  private remember(id: string, enterprise: DirectoryEnterprise, now: number): void {
    // Oldest first out: a Map iterates in insertion order.
    if (this.known.size >= this.options.maxEntries) this.known.delete(this.known.keys().next().value ?? '');
    this.known.delete(id);
    this.known.set(id, { enterprise, expiresAt: now + this.options.ttlMs });
  }
}
