import { seedUsers } from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';

/** A LEADER identity (区领导) as the appeal service knows it. */
export interface KnownLeader {
  subject: string;
  /** The name to show, when the source knows it. */
  name: string | null;
}

/** Who is a leader: the office may put a LEDGER case (建账领办) only on a leader's ledger. */
export interface LeaderDirectory {
  findLeader(subject: string): Promise<KnownLeader | null>;
}

/**
 * There is no registry of people the appeal service could ask (the identity provider answers sign-ins,
 * not look-ups), so a leader is known from what the service already holds:
 * - the enterprise registry's liaisons (`known_enterprise.leader_subjects`): every district leader
 *   liaises with key enterprises (四把哨: 区领导联系重点企业), assigned by ADMIN in the enterprise service;
 * - the development identities (the seed users of role LEADER, the same list `npm run token` and the
 *   local OpenID provider sign in), which also give the name.
 * A leader with neither is refused until the office assigns it an enterprise to liaise with.
 */
export class KnownLeaders implements LeaderDirectory {
  private readonly seedLeaders: ReadonlyMap<string, string>;

  constructor(private readonly dataSource: DataSource) {
    this.seedLeaders = new Map(
      seedUsers.filter((user) => user.role === 'LEADER').map((user) => [user.subject, user.name]),
    );
  }

  async findLeader(subject: string): Promise<KnownLeader | null> {
    const seeded = this.seedLeaders.get(subject);
    if (seeded !== undefined) return { subject, name: seeded };
    const rows = (await this.dataSource.query(
      // `@>` so the GIN index on leader_subjects answers.
      'SELECT 1 FROM known_enterprise WHERE leader_subjects @> ARRAY[$1]::text[] LIMIT 1',
      [subject],
    )) as unknown[];
    return rows.length > 0 ? { subject, name: null } : null;
  }
}
