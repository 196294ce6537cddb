import type { EntityManager } from 'typeorm';
import { Appeal } from '../appeal/appeal.entity';
import { ClosureReason } from '../appeal/appeal.enums';
import type { DuplicateSettings } from '../policy/duplicate-settings';
import { similarityTo } from './title-similarity';

/** The most earlier appeals compared with a new one; an enterprise files far fewer in a window. */
const CANDIDATES = 200;

/**
 * The earlier appeal of the same enterprise, filed within the window, whose title is most like
 * `title` and at least as alike as the threshold (the newest among equals); merged duplicates are
 * skipped so that a link always points at an original.
 */
export async function findPossibleDuplicate(
  manager: EntityManager,
  appeal: Pick<Appeal, 'enterpriseId' | 'title' | 'submittedAt'>,
  settings: DuplicateSettings,
): Promise<Pick<Appeal, 'id' | 'title'> | null> {
  const since = new Date(appeal.submittedAt.getTime() - settings.windowMs);
  // Only ids and titles: this runs on every submission, and whole entities cost far more to build.
  const candidates = (await manager
    .createQueryBuilder(Appeal, 'appeal')
    .select(['appeal.id AS id', 'appeal.title AS title'])
    .where('appeal.enterprise_id = :enterpriseId AND appeal.submitted_at >= :since', {
      enterpriseId: appeal.enterpriseId,
      since,
    })
    .andWhere('appeal.closure_reason IS DISTINCT FROM :merged', { merged: ClosureReason.MERGED })
    .orderBy('appeal.submitted_at', 'DESC')
    .addOrderBy('appeal.id', 'DESC')
    .limit(CANDIDATES)
    .getRawMany()) as Array<Pick<Appeal, 'id' | 'title'>>;
  let best: { appeal: Pick<Appeal, 'id' | 'title'>; similarity: number } | null = null;
  const similarityToNew = similarityTo(appeal.title);
  for (const candidate of candidates) {
    const similarity = similarityToNew(candidate.title);
    if (similarity >= settings.threshold && (!best || similarity > best.similarity))
      best = { appeal: candidate, similarity };
  }
  return best?.appeal ?? null;
}
