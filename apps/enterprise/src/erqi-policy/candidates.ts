import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, EntityManager } from 'typeorm';
import type { SizeClass } from '../enterprise-profile/enterprise-profile.entity';
import type { Candidate } from './eligibility';

export interface EnterpriseCandidate extends Candidate {
  id: string;
  name: string;
}

interface CandidateRow {
  id: string;
  name: string;
  grid_cell_id: string;
  industry_section: string | null;
  industry_class: string | null;
  size_class: SizeClass;
  founded_on: string | null;
  high_tech: boolean | null;
  specialised_new: boolean | null;
}

function toCandidate(row: CandidateRow): EnterpriseCandidate {
  return {
    id: row.id,
    name: row.name,
    gridCellId: row.grid_cell_id,
    profile:
      row.industry_section === null
        ? null
        : {
            industrySection: row.industry_section,
            industryClass: row.industry_class ?? '',
            sizeClass: row.size_class,
            foundedOn: row.founded_on ?? '',
            highTech: row.high_tech ?? false,
            specialisedNew: row.specialised_new ?? false,
          },
  };
}

const SELECT = `SELECT e.id, e.name, e.grid_cell_id, p.industry_section, p.industry_class, p.size_class,
  to_char(p.founded_on, 'YYYY-MM-DD') AS founded_on, p.high_tech, p.specialised_new
  FROM enterprise e LEFT JOIN enterprise_profile p ON p.enterprise_id = e.id`;

/** Enterprises as matching sees them (profile and cell), every one of them or those with the ids given. */
export async function loadCandidates(
  runner: DataSource | EntityManager,
  ids?: readonly string[],
): Promise<EnterpriseCandidate[]> {
  const rows = (
    ids
      ? await runner.query(`${SELECT} WHERE e.id = ANY($1::uuid[])`, [
          ids.filter(isUuid).map((id) => id.toLowerCase()),
        ])
      : await runner.query(`${SELECT} ORDER BY e.name, e.id`)
  ) as CandidateRow[];
  return rows.map(toCandidate);
}
