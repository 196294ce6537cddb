import { actorOf, type Caller, requireRole, requireUser, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput } from '@erqi/shared/util-errors';
import type { DataSource } from 'typeorm';
import { ServiceMode } from '../service-matter/service-matter.enums';
import { type ServiceTarget, type ServiceTargetInput, ServiceTargetRow } from './service-target';

/**
 * What each target counts among the listed matters. 跨省通办 counts only matters run online and at a
 * window alike; the 容缺+承诺 target only high-frequency matters (高频事项), as the article says.
 */
const COUNTED: Record<ServiceMode, { sql: string; counts: string }> = {
  [ServiceMode.NO_CERTIFICATE]: {
    sql: `'NO_CERTIFICATE' = ANY (modes)`,
    counts: '免证可办事项',
  },
  [ServiceMode.CROSS_PROVINCE]: {
    sql: `'CROSS_PROVINCE' = ANY (modes) AND channels @> ARRAY['ONLINE', 'WINDOW']`,
    counts: '跨省通办事项（线上线下同步）',
  },
  [ServiceMode.SAME_CITY]: { sql: `'SAME_CITY' = ANY (modes)`, counts: '同城通办事项' },
  [ServiceMode.DEFERRED_MATERIALS_WITH_COMMITMENT]: {
    sql: `'DEFERRED_MATERIALS_WITH_COMMITMENT' = ANY (modes) AND high_frequency`,
    counts: '容缺受理+告知承诺的高频事项',
  },
};

const MODE_ORDER = Object.values(ServiceMode);

/** 易企办 targets: data per year, progress counted from the published list as it is now. */
export class ServiceTargetService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** A year's targets with what the list achieves now; any signed-in person reads them. */
  async ofYear(caller: Caller, year: number): Promise<ServiceTarget[]> {
    requireUser(caller);
    checkYear(year);
    const rows = await this.dataSource.getRepository(ServiceTargetRow).findBy({ year });
    if (rows.length === 0) return [];
    const [counts] = (await this.dataSource.query(
      `SELECT ${MODE_ORDER.map((mode) => `count(*) FILTER (WHERE ${COUNTED[mode].sql}) AS "${mode}"`).join(', ')}
         FROM service_matter WHERE listed`,
    )) as Array<Record<ServiceMode, string>>;
    return rows
      .sort((a, b) => MODE_ORDER.indexOf(a.mode) - MODE_ORDER.indexOf(b.mode))
      .map((row) => {
        const achieved = Number(counts?.[row.mode] ?? 0);
        return {
          year: row.year,
          mode: row.mode,
          counts: COUNTED[row.mode].counts,
          target: row.target,
          achieved,
          progress: row.target === 0 ? 1 : Math.min(1, achieved / row.target),
          setBy: row.setBy,
          setAt: row.setAt,
        };
      });
  }

  /** Sets (replaces) a year's targets; ADMIN only. */
  async setYear(
    caller: Caller,
    year: number,
    targets: ServiceTargetInput[],
  ): Promise<ServiceTarget[]> {
    const user = requireRole(caller, [Role.ADMIN], "set a year's 易企办 targets");
    checkYear(year);
    if (targets.length === 0)
      throw new BadUserInput('targets', 'targets must set at least one mode');
    const modes = targets.map((target) => target.mode);
    const repeated = modes.find((mode, index) => modes.indexOf(mode) !== index);
    if (repeated) throw new BadUserInput('targets', `targets sets ${repeated} twice`);
    const negative = targets.find((target) => target.target < 0);
    if (negative) throw new BadUserInput('targets', 'a target must not be below zero');
    const setAt = this.clock();
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(ServiceTargetRow, { year });
      await manager.insert(
        ServiceTargetRow,
        targets.map((target) => ({
          year,
          mode: target.mode,
          target: target.target,
          setBy: actorOf(user),
          setAt,
        })),
      );
    });
    return this.ofYear(caller, year);
  }
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100)
    throw new BadUserInput('year', `year must be between 2000 and 2100, not ${year}`);
}

/** The article's 2024 targets: 550 免证可办, 100 跨省通办, 200 同城通办, 200 容缺受理+告知承诺 high-frequency. */
export const TARGETS_2024: readonly ServiceTargetInput[] = [
  { mode: ServiceMode.NO_CERTIFICATE, target: 550 },
  { mode: ServiceMode.CROSS_PROVINCE, target: 100 },
  { mode: ServiceMode.SAME_CITY, target: 200 },
  { mode: ServiceMode.DEFERRED_MATERIALS_WITH_COMMITMENT, target: 200 },
];
