import type { DataSource } from 'typeorm';

/**
 * 领导联系重点企业: which enterprises a leader liaises with, the enterprises it files appeals for
 * (LEADER_LIAISON). One small interface, so that leaders as identities (issue 13, item 6) can swap
 * in their own source without touching intake.
 */
export interface LeaderLiaisons {
  /** Whether the leader with this token subject liaises with the enterprise. */
  liaisesWith(leaderSubject: string, enterpriseId: string): Promise<boolean>;
}

/**
 * Reads the appeal service's copy of the enterprise service's liaisons (`known_leader_liaison`).
 * The enterprise service does not publish liaisons yet, so the seed fills the copy; until it does,
 * a liaison assigned later with `assignLeaderLiaison` is not known here.
 */
export class LocalLeaderLiaisons implements LeaderLiaisons {
  constructor(private readonly dataSource: DataSource) {}

  async liaisesWith(leaderSubject: string, enterpriseId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'SELECT 1 FROM known_leader_liaison WHERE leader_subject = $1 AND enterprise_id = $2',
      [leaderSubject, enterpriseId],
    )) as unknown[];
    return rows.length > 0;
  }
}
