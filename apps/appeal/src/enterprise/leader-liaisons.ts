import type { DataSource } from 'typeorm';

/**
 * 领导联系重点企业: which enterprises a leader liaises with, the enterprises it files appeals for
 * (LEADER_LIAISON) and whose appeals it reads.
 */
export interface LeaderLiaisons {
  /** Whether the leader with this token subject liaises with the enterprise. */
  liaisesWith(leaderSubject: string, enterpriseId: string): Promise<boolean>;
}

/**
 * Reads the one source of liaisons the appeal service has: its copy of the enterprise registry
 * (`known_enterprise.leader_subjects`, fed by `enterprise.registry` records), the same column the
 * appeal scope reads, so a leader files for exactly the enterprises whose appeals it sees.
 */
export class RegistryLeaderLiaisons implements LeaderLiaisons {
  constructor(private readonly dataSource: DataSource) {}

  async liaisesWith(leaderSubject: string, enterpriseId: string): Promise<boolean> {
    const rows = (await this.dataSource.query(
      'SELECT 1 FROM known_enterprise WHERE id = $1 AND $2 = ANY (leader_subjects)',
      [enterpriseId, leaderSubject],
    )) as unknown[];
    return rows.length > 0;
  }
}
