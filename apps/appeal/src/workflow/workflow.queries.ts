import type { DataSource, EntityManager } from 'typeorm';
import { type Appeal } from '../appeal/appeal.entity';
import { TimelineEntry, TimelineEntryKind } from '../appeal/timeline-entry.entity';
import { AppealDispatch } from '../dispatch/appeal-dispatch.entity';
import { DispatchRole, DispatchTargetKind } from '../dispatch/dispatch.enums';

type Source = DataSource | EntityManager;

/** The code of the department that leads the appeal now: its latest LEAD dispatch. */
export async function leadDepartmentCode(
  source: Source,
  appeal: Pick<Appeal, 'id' | 'leadDepartmentId'>,
): Promise<string | null> {
  if (!appeal.leadDepartmentId) return null;
  const lead = await source.getRepository(AppealDispatch).findOne({
    where: {
      appealId: appeal.id,
      targetKind: DispatchTargetKind.DEPARTMENT,
      role: DispatchRole.LEAD,
      targetId: appeal.leadDepartmentId,
    },
    order: { insertionOrder: 'DESC' },
  });
  return lead?.targetCode ?? null;
}

/** The departments of the latest dispatch round (the last lead and those dispatched with or after it). */
export async function currentDepartmentDispatches(
  source: Source,
  appealId: string,
): Promise<AppealDispatch[]> {
  const dispatches = await source.getRepository(AppealDispatch).find({
    where: { appealId, targetKind: DispatchTargetKind.DEPARTMENT },
    order: { insertionOrder: 'ASC' },
  });
  const lastLead = dispatches.map((dispatch) => dispatch.role).lastIndexOf(DispatchRole.LEAD);
  return lastLead < 0 ? [] : dispatches.slice(lastLead);
}

/** Progress notes (跟踪盯办) written since the appeal last entered handling (accepted or reopened). */
export async function progressNotesSinceHandlingStarted(
  source: Source,
  appealId: string,
): Promise<number> {
  const table = source.getRepository(TimelineEntry).metadata.tablePath;
  const [row] = (await source.query(
    `SELECT count(*)::int AS n FROM ${table} entry
     WHERE entry.appeal_id = $1 AND entry.kind = $2 AND entry.insertion_order > COALESCE((
       SELECT max(start.insertion_order) FROM ${table} start
       WHERE start.appeal_id = $1 AND start.to_status IN ('ACCEPTED', 'REOPENED') AND start.from_status IS DISTINCT FROM start.to_status), 0)`,
    [appealId, TimelineEntryKind.PROGRESS],
  )) as Array<{ n: number }>;
  return row?.n ?? 0;
}

/** 领导联系企业: the leaders who liaise with the enterprise, from the local copy of its registry record. */
export async function liaisonLeaders(source: Source, enterpriseId: string): Promise<string[]> {
  const [row] = (await source.query(
    'SELECT leader_subjects AS "leaderSubjects" FROM known_enterprise WHERE id = $1',
    [enterpriseId],
  )) as Array<{ leaderSubjects: string[] }>;
  return row?.leaderSubjects ?? [];
}
