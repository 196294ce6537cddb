import { BadUserInput } from '@erqi/shared/util-errors';
import { visibleText } from '@erqi/shared/util-text';
import type { EntityManager } from 'typeorm';

/** An entry of the catalogue of legal bases (执法依据) an inspection may rest on. */
export interface LegalBasis {
  /** Stable code, e.g. `AQSC-65`. */
  code: string;
  /** The citation as stored on the inspection, e.g. 《中华人民共和国安全生产法》第六十五条. */
  citation: string;
}

/** The appeal statuses after which an appeal is no one's cause any more. */
const SETTLED_STATUSES = ['CLOSED'];

/** How a citation is compared: what is seen, without spaces, the state's name inside 《》 optional. */
function comparable(text: string): string {
  return visibleText(text)
    .replace(/《中华人民共和国/g, '《')
    .toUpperCase();
}

/**
 * The catalogue entry `text` names, by its code (`AQSC-65`) or by its citation, written in full or
 * without 中华人民共和国 (《安全生产法》第六十五条); BAD_USER_INPUT on `legalBasis` when it names none,
 * so that invented text cannot stand in for a cause.
 */
export async function requireLegalBasis(manager: EntityManager, text: string): Promise<LegalBasis> {
  const entries = (await manager.query(
    'SELECT code, citation FROM inspection_legal_basis ORDER BY code',
  )) as LegalBasis[];
  const wanted = comparable(text);
  const found = entries.find(
    (entry) => entry.code === wanted || comparable(entry.citation) === wanted,
  );
  if (!found)
    throw new BadUserInput(
      'legalBasis',
      'legalBasis must name an entry of the catalogue of legal bases, by its code (e.g. AQSC-65) or its citation (e.g. 《安全生产法》第六十五条)',
    );
  return found;
}

/**
 * BAD_USER_INPUT on `causeAppealId` unless it is an appeal of this enterprise that is still open, as
 * known from the appeal service's events: an invented id, another enterprise's appeal or a closed
 * one is not a cause.
 */
export async function requireOpenAppealOf(
  manager: EntityManager,
  appealId: string,
  enterpriseId: string,
): Promise<void> {
  const [row] = (await manager.query(
    `SELECT status FROM known_appeal WHERE id = $1 AND enterprise_id = $2`,
    [appealId, enterpriseId],
  )) as Array<{ status: string }>;
  if (!row)
    throw new BadUserInput(
      'causeAppealId',
      'causeAppealId must be an open appeal of this enterprise; this one is not known for it (a new appeal may take a few seconds to be known here)',
    );
  if (SETTLED_STATUSES.includes(row.status))
    throw new BadUserInput(
      'causeAppealId',
      `causeAppealId must be an open appeal of this enterprise; this one is ${row.status}`,
    );
}
