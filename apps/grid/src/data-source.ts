import { createServiceDataSource, type DatabaseTarget } from '@erqi/shared/data-access-database';
import { AppliedEvent, OutboxMessage } from '@erqi/shared/data-access-events';
import type { DataSource, Logger } from 'typeorm';
import { Department } from './department/department.entity';
import { GridCell } from './grid-cell/grid-cell.entity';
import { GridWorker, GridWorkerAssignment } from './grid-worker/grid-worker.entity';
import { CreateGridTables1764072000000 } from './migrations/1764072000000-CreateGridTables';
import { PublishGridRegistry1796076100000 } from './migrations/1796076100000-PublishGridRegistry';
import { CreatePolicyNotices1796930000001 } from './migrations/1796930000001-CreatePolicyNotices';
import { PolicyNotice } from './policy-notice/policy-notice.entity';
import { Region } from './region/region.entity';
import { AidCaseRow, AidRule } from './aid-case/aid-case.entity';
import { AllowancePayment, AllowanceRule } from './allowance/allowance.entity';
import { BirthdayVisitRow, CommunitySuggestionRow } from './birthday-visit/birthday-visit.entity';
import { HouseholdRow } from './household/household.entity';
import { LifeEvent } from './household/life-event.entity';
import { ResidentRow } from './household/resident.entity';
import { CreateCommunityTables1796950000000 } from './migrations/1796950000000-CreateCommunityTables';

/** The community's tables (issue 14): households, residents, allowances, visits, aid. */
const COMMUNITY_ENTITIES = [
  HouseholdRow,
  ResidentRow,
  LifeEvent,
  AllowanceRule,
  AllowancePayment,
  BirthdayVisitRow,
  CommunitySuggestionRow,
  AidRule,
  AidCaseRow,
];

/** The grid service's tables live in the `grid` schema; no other service reads them. */
export const GRID_SCHEMA = 'grid';

export function createGridDataSource(target: DatabaseTarget, logger?: Logger): DataSource {
  return createServiceDataSource({
    schema: GRID_SCHEMA,
    target,
    entities: [
      Region,
      GridCell,
      Department,
      GridWorker,
      GridWorkerAssignment,
      OutboxMessage,
      AppliedEvent,
      PolicyNotice,
      ...COMMUNITY_ENTITIES,
    ],
    migrations: [
      CreateGridTables1764072000000,
      PublishGridRegistry1796076100000,
      // 二七帮 policy notices (the grid service's first consumer)
      CreatePolicyNotices1796930000001,
      CreateCommunityTables1796950000000,
    ],
    logger,
  });
}
