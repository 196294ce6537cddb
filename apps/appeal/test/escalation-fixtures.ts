import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';

/** A category row for appeals written straight into the table (no seed appeals to count around). */
export async function insertTestCategory(
  dataSource: DataSource,
  code = 'TEST_CATEGORY',
): Promise<string> {
  await dataSource.query(
    `INSERT INTO appeal_category (code, name, volunteer_eligible, default_department_id, position) VALUES ($1, '测试', false, $2, 0) ON CONFLICT DO NOTHING`,
    [code, randomUUID()],
  );
  return code;
}

export interface TestAppeal {
  status?: string;
  handlingMode?: string;
  category?: string;
  gridCellId?: string;
  leadDepartmentId?: string | null;
  submittedAt: Date;
  dueAt: Date;
  resolvedAt?: Date | null;
  rating?: number | null;
  /** Only for CLOSED. @default 'EVALUATED' */
  closureReason?: string;
}

/**
 * An appeal in a chosen state, written with SQL: these tests are about deadlines and figures, not
 * about how an appeal got there (the workflow's own tests cover that).
 */
export async function insertAppeal(dataSource: DataSource, appeal: TestAppeal): Promise<string> {
  const id = randomUUID();
  const status = appeal.status ?? 'HANDLING';
  const closed = status === 'CLOSED';
  await dataSource.query(
    `INSERT INTO appeal (id, title, description, status, handling_mode, channel, category_code, enterprise_id, grid_cell_id, lead_department_id,
       submitted_at, due_at, resolved_at, evaluation_rating, evaluated_at, closure_reason, closed_at)
     VALUES ($1, '测试诉求', '测试', $2, $3, 'HOTLINE', $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      id,
      status,
      appeal.handlingMode ?? 'URGENT',
      appeal.category ?? 'TEST_CATEGORY',
      randomUUID(),
      appeal.gridCellId ?? randomUUID(),
      appeal.leadDepartmentId === undefined ? null : appeal.leadDepartmentId,
      appeal.submittedAt,
      appeal.dueAt,
      appeal.resolvedAt ?? null,
      appeal.rating ?? null,
      appeal.rating ? (appeal.resolvedAt ?? appeal.dueAt) : null,
      closed ? (appeal.closureReason ?? 'EVALUATED') : null,
      closed ? (appeal.resolvedAt ?? appeal.dueAt) : null,
    ],
  );
  return id;
}

/** A department dispatch that must be reported in (报到) by `acknowledgeBy`. */
export async function insertDispatch(
  dataSource: DataSource,
  appealId: string,
  departmentCode: string,
  dispatchedAt: Date,
  acknowledgeBy: Date,
): Promise<string> {
  const id = randomUUID();
  await dataSource.query(
    `INSERT INTO appeal_dispatch (id, appeal_id, target_kind, target_id, target_code, role, dispatched_at, acknowledge_by)
     VALUES ($1, $2, 'DEPARTMENT', $3, $4, 'LEAD', $5, $6)`,
    [id, appealId, randomUUID(), departmentCode, dispatchedAt, acknowledgeBy],
  );
  return id;
}
