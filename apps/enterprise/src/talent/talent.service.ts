import { randomUUID } from 'node:crypto';
import { actorOf, type Caller, Role, requireRole } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Forbidden } from '@erqi/shared/util-errors';
import type { DataSource } from 'typeorm';
import { TALENT_CATEGORY_LABELS, TalentCategory } from './talent-category';
import { TalentRecognition } from './talent-recognition.entity';
import type { RecordTalentRecognitionInput, SetTalentTargetInput } from './talent.input';
import type { TalentFigure } from './talent.types';

/** Who reads the figures (the board): leaders, supervisors, the office. */
const FIGURE_READERS: readonly Role[] = [Role.LEADER, Role.SUPERVISOR, Role.ADMIN];
/** The department that recognises talents (人社局), besides the office. */
export const TALENT_DEPARTMENT = 'HUMAN_RESOURCES';

/** 双招双引 talent recognitions and the year's figures against the targets (targets are data). */
export class TalentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(caller: Caller, input: RecordTalentRecognitionInput): Promise<TalentRecognition> {
    const user = requireRole(
      caller,
      [Role.DEPARTMENT_STAFF, Role.ADMIN],
      'record talent recognitions',
    );
    if (user.role === Role.DEPARTMENT_STAFF && user.departmentCode !== TALENT_DEPARTMENT)
      throw new Forbidden(`Talent recognitions are recorded by ${TALENT_DEPARTMENT} or ADMIN`);
    const parsed = new Date(`${input.recognisedOn}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== input.recognisedOn)
      throw new BadUserInput('recognisedOn', 'recognisedOn is not a day of the calendar');
    const recognition = this.dataSource.getRepository(TalentRecognition).create({
      id: randomUUID(),
      year: parsed.getUTCFullYear(),
      category: input.category,
      count: input.count,
      recognisedOn: input.recognisedOn,
      note: input.note?.trim() || null,
      sample: false,
      recordedBy: actorOf(user),
      recordedAt: this.clock(),
    });
    await this.dataSource.getRepository(TalentRecognition).insert(recognition);
    return recognition;
  }

  /** ADMIN sets a year's target for a category (replacing the one before). */
  async setTarget(caller: Caller, input: SetTalentTargetInput): Promise<TalentFigure> {
    requireRole(caller, [Role.ADMIN], 'set talent targets');
    await this.dataSource.query(
      `INSERT INTO talent_target (year, category, target, at_least) VALUES ($1, $2, $3, $4)
       ON CONFLICT (year, category) DO UPDATE SET target = EXCLUDED.target, at_least = EXCLUDED.at_least`,
      [input.year, input.category, input.target, input.atLeast],
    );
    const figures = await this.computeFigures(input.year);
    return figures.find((figure) => figure.category === input.category) as TalentFigure;
  }

  async figures(caller: Caller, year: number): Promise<TalentFigure[]> {
    requireRole(caller, FIGURE_READERS, 'read the talent figures');
    return this.computeFigures(year);
  }

  private async computeFigures(year: number): Promise<TalentFigure[]> {
    const targets = (await this.dataSource.query(
      'SELECT category, target, at_least AS "atLeast" FROM talent_target WHERE year = $1',
      [year],
    )) as Array<{ category: TalentCategory; target: number; atLeast: boolean }>;
    const counts = (await this.dataSource.query(
      'SELECT category, sum(count)::int AS count FROM talent_recognition WHERE year = $1 GROUP BY category',
      [year],
    )) as Array<{ category: TalentCategory; count: number }>;
    return Object.values(TalentCategory).map((category) => {
      const target = targets.find((row) => row.category === category);
      const count = counts.find((row) => row.category === category)?.count ?? 0;
      return {
        category,
        label: TALENT_CATEGORY_LABELS[category],
        target: target?.target ?? null,
        atLeast: target?.atLeast ?? false,
        count,
        progress:
          target && target.target > 0 ? Math.round((count / target.target) * 1000) / 1000 : null,
        met: target ? count >= target.target : false,
      };
    });
  }
}
