import type { SeedDefinition } from '@erqi/shared/feature-subgraph-server';
import {
  appealCategories,
  appeals,
  departmentByCode,
  stableId,
  type AppealFixture,
} from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { AppealCategory } from './appeal-category/appeal-category.entity';
import { Appeal } from './appeal/appeal.entity';
import {
  AppealChannel,
  AppealStatus,
  CHANNEL_ACTORS,
  ClosureReason,
  HandlingMode,
  submissionNote,
} from './appeal/appeal.enums';
import { dueAtFor } from './policy/deadline-policy';
import { TimelineEntry } from './appeal/timeline-entry.entity';
import { loadWorkingCalendar } from './calendar/load-working-calendar';
import { addWorkingDuration } from '@erqi/shared/util-working-calendar';
import {
  DEFAULT_ASSISTING_DEPARTMENTS,
  defaultDispatchRules,
} from './dispatch/default-dispatch-rules';
import { DispatchRule } from './dispatch/dispatch-rule.entity';
import { DEFAULT_EVALUATION_WINDOW } from './policy/workflow-policy';
import { AppealDispatch } from './dispatch/appeal-dispatch.entity';
import { DispatchRole, DispatchTargetKind } from './dispatch/dispatch.enums';
import { seedRosters } from './roster/roster-seed';
import { seedMisconductSample } from './misconduct/misconduct.seed';
import { seedCommunitySuggestionRoutes } from './community-suggestion/community-suggestion.seed';
import { seedRegistryCopies } from './registry/registry-seed';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The statuses an appeal passed through to reach `status` along the closed loop. JOINT cases are
 * transferred (several departments), the others handled directly; REOPENED follows an unsatisfied evaluation.
 */
export function closedLoopTo(status: AppealStatus, handlingMode: HandlingMode): AppealStatus[] {
  const handled =
    handlingMode === HandlingMode.JOINT ? AppealStatus.TRANSFERRED : AppealStatus.HANDLING;
  const previous: Record<AppealStatus, AppealStatus | null> = {
    [AppealStatus.SUBMITTED]: null,
    [AppealStatus.ACCEPTED]: AppealStatus.SUBMITTED,
    [AppealStatus.HANDLING]: AppealStatus.ACCEPTED,
    [AppealStatus.TRANSFERRED]: AppealStatus.ACCEPTED,
    [AppealStatus.RESOLVED]: handled,
    [AppealStatus.EVALUATED]: AppealStatus.RESOLVED,
    [AppealStatus.CLOSED]: AppealStatus.EVALUATED,
    [AppealStatus.REOPENED]: AppealStatus.EVALUATED,
  };
  const path = [status];
  for (let step = previous[status]; step !== null; step = previous[step]) path.unshift(step);
  return path;
}

interface Step {
  actor: string;
  note: string;
}

function stepOf(
  status: AppealStatus,
  fixture: AppealFixture,
  department: { code: string; name: string },
): Step {
  switch (status) {
    case AppealStatus.SUBMITTED:
      return {
        actor: CHANNEL_ACTORS[AppealChannel[fixture.channel]],
        note: submissionNote(AppealChannel[fixture.channel]),
      };
    case AppealStatus.ACCEPTED:
      return { actor: 'intake-center', note: `集中受理，交${department.name}牵头办理` };
    case AppealStatus.HANDLING:
      return { actor: department.code, note: `${department.name}直接办理` };
    case AppealStatus.TRANSFERRED:
      return { actor: 'intake-center', note: `转办至${department.name}，相关部门合力共办` };
    case AppealStatus.RESOLVED:
      return { actor: department.code, note: '调查处理完毕，已向企业反馈办理结果' };
    case AppealStatus.EVALUATED:
      return {
        actor: 'grid-worker',
        note: fixture.status === 'REOPENED' ? '评价回访：企业不满意' : '评价回访：企业满意',
      };
    case AppealStatus.CLOSED:
      return { actor: 'system', note: '办结归档' };
    case AppealStatus.REOPENED:
      return { actor: 'intake-center', note: '评价不满意，退回整改提升' };
  }
}

/**
 * Loads the article's appeals into the appeal schema. Safe to run again: categories are upserted,
 * and dispatch rules, appeals and timeline entries (stable ids) are only inserted when missing, so a
 * re-run never overwrites an admin's change to a rule (a deleted default rule does come back), rewinds
 * a case that has moved on nor touches the append-only timeline.
 */
export async function seedAppeal(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<{ inserted: number }> {
  return dataSource.transaction(async (manager) => {
    const before = await manager.count(Appeal);
    const calendar = await loadWorkingCalendar(manager);
    await manager.upsert(
      AppealCategory,
      appealCategories.map((category, position) => ({
        code: category.code,
        name: category.name,
        volunteerEligible: category.volunteerEligible,
        defaultDepartmentId: departmentByCode(category.defaultDepartmentCode).id,
        position,
      })),
      ['code'],
    );
    // A default rule an admin replaced (same category, scope and priority) is skipped, like one already there.
    await manager
      .createQueryBuilder()
      .insert()
      .into(DispatchRule)
      .values(defaultDispatchRules(appealCategories, now))
      .orIgnore()
      .execute();
    const categoryByCode = new Map(appealCategories.map((category) => [category.code, category]));
    const rows: Appeal[] = [];
    const entries: TimelineEntry[] = [];
    const dispatches: AppealDispatch[] = [];
    for (const fixture of appeals) {
      const category = categoryByCode.get(fixture.categoryCode);
      if (!category)
        throw new RangeError(
          `Seed appeal "${fixture.title}" has unknown category ${fixture.categoryCode}`,
        );
      const department = departmentByCode(category.defaultDepartmentCode);
      const status = AppealStatus[fixture.status];
      const handlingMode = HandlingMode[fixture.handlingMode];
      const submittedAt = new Date(now.getTime() - fixture.submittedDaysAgo * DAY_MS);
      // Spread the steps evenly between submission and now, a minute apart at least.
      const path = closedLoopTo(status, handlingMode);
      const gap = Math.max(
        Math.floor((now.getTime() - submittedAt.getTime()) / path.length),
        60_000,
      );
      const stepAt = (step: AppealStatus): Date | null => {
        const index = path.indexOf(step);
        return index < 0 ? null : new Date(submittedAt.getTime() + index * gap);
      };
      const evaluatedAt = stepAt(AppealStatus.EVALUATED);
      const unsatisfied = status === AppealStatus.REOPENED;
      rows.push(
        manager.create(Appeal, {
          id: fixture.id,
          title: fixture.title,
          description: fixture.description,
          status,
          handlingMode,
          channel: AppealChannel[fixture.channel],
          categoryCode: category.code,
          enterpriseId: fixture.enterpriseId,
          gridCellId: fixture.gridCellId,
          leadDepartmentId: status === AppealStatus.SUBMITTED ? null : department.id,
          submittedAt,
          dueAt: dueAtFor(handlingMode, submittedAt, calendar),
          // 建账领办: every seeded LEDGER case is on a seed leader's ledger, by id.
          leaderId: fixture.leader?.id ?? null,
          leaderName: fixture.leader?.name ?? null,
          feedback: stepAt(AppealStatus.RESOLVED) ? '调查处理完毕，已向企业反馈办理结果' : null,
          resolvedAt: stepAt(AppealStatus.RESOLVED),
          // A seeded case waiting for its return visit gets the whole window from the time of seeding.
          evaluationDueAt:
            status === AppealStatus.RESOLVED
              ? addWorkingDuration(calendar, now, DEFAULT_EVALUATION_WINDOW)
              : null,
          evaluationRating: evaluatedAt ? (unsatisfied ? 2 : 4) : null,
          evaluationComment: evaluatedAt ? (unsatisfied ? '企业不满意' : '企业满意') : null,
          evaluatedAt,
          closedAt: stepAt(AppealStatus.CLOSED),
          closureReason: status === AppealStatus.CLOSED ? ClosureReason.EVALUATED : null,
          possibleDuplicateOfId: null,
          version: 1,
        }),
      );
      // A case past intake was dispatched to its lead department, which reported in (报到) within the hour:
      // department staff see and act on the seeded cases like on new ones.
      if (status !== AppealStatus.SUBMITTED) {
        const dispatchedAt = new Date(submittedAt.getTime() + Math.min(gap, 30 * 60_000) / 2);
        dispatches.push(
          manager.create(AppealDispatch, {
            id: stableId('appeal-dispatch', fixture.id),
            appealId: fixture.id,
            targetKind: DispatchTargetKind.DEPARTMENT,
            targetId: department.id,
            targetCode: department.code,
            role: DispatchRole.LEAD,
            dispatchedAt,
            acknowledgeBy: new Date(dispatchedAt.getTime() + 2 * 60 * 60_000),
            acknowledgedAt: new Date(dispatchedAt.getTime() + 60_000),
          }),
        );
        // 合力共办: a JOINT case went to the assisting departments its dispatch rule names as well.
        if (handlingMode === HandlingMode.JOINT)
          for (const code of DEFAULT_ASSISTING_DEPARTMENTS[category.code] ?? []) {
            const assisting = departmentByCode(code);
            dispatches.push(
              manager.create(AppealDispatch, {
                id: stableId('appeal-dispatch', `${fixture.id}:${code}`),
                appealId: fixture.id,
                targetKind: DispatchTargetKind.DEPARTMENT,
                targetId: assisting.id,
                targetCode: assisting.code,
                role: DispatchRole.ASSISTING,
                dispatchedAt,
                acknowledgeBy: new Date(dispatchedAt.getTime() + 2 * 60 * 60_000),
                acknowledgedAt: new Date(dispatchedAt.getTime() + 60_000),
              }),
            );
          }
      }
      path.forEach((toStatus, index) => {
        entries.push(
          manager.create(TimelineEntry, {
            id: stableId('timeline-entry', `${fixture.id}:${index}`),
            appealId: fixture.id,
            at: new Date(submittedAt.getTime() + index * gap),
            fromStatus: path[index - 1] ?? null,
            toStatus,
            ...stepOf(toStatus, fixture, department),
          }),
        );
      });
    }
    await manager.createQueryBuilder().insert().into(Appeal).values(rows).orIgnore().execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(TimelineEntry)
      .values(entries)
      .orIgnore()
      .execute();
    await manager
      .createQueryBuilder()
      .insert()
      .into(AppealDispatch)
      .values(dispatches)
      .orIgnore()
      .execute();
    await seedMisconductSample(manager, now);
    await seedCommunitySuggestionRoutes(manager);
    return { inserted: (await manager.count(Appeal)) - before };
  });
}

/** What `main` loads into an empty database (SEED_WHEN_EMPTY) or on `--seed`. */
export const appealSeed: SeedDefinition = {
  table: 'appeal',
  run: async (dataSource) => {
    const result = await seedAppeal(dataSource);
    // The other registries' seed rows, so appeals can be filed before any registry topic arrives.
    await dataSource.transaction((manager) => seedRegistryCopies(manager));
    // 三支队伍: the rosters (sample people)
    await dataSource.transaction((manager) => seedRosters(manager));
    return result;
  },
};
