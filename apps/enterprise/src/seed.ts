import type { SeedDefinition } from '@erqi/shared/feature-subgraph-server';
import {
  collectiveEnterprise,
  departments,
  enterpriseByName,
  enterprises,
  seedUsers,
  stableId,
} from '@erqi/shared/util-seed-fixtures';
import { enqueueEvents } from '@erqi/shared/data-access-events';
import type { DataSource } from 'typeorm';
import { Enterprise } from './enterprise/enterprise.entity';
import { seedErqiHelp } from './erqi-help/erqi-help.seed';
import { Project } from './project/project.entity';
import { enterpriseRegistryChangedEvent } from './registry/registry.events';
import { seedCollectiveEconomy } from './enterprise-alliance/economy.seed';
import { seedServiceMatters } from './service-matter/matter-catalogue.seed';
import { seedServiceTargets } from './service-target/service-target.seed';
import { seedInvestmentSamples } from './investment-promise/sample-promises';

const admin = seedUsers.find((user) => user.role === 'ADMIN');
const leader = seedUsers.find((user) => user.role === 'LEADER');

/** 领导联系重点企业: the LEADER seed user liaises with these two, so `npm run token -- --role LEADER` sees them. */
export const seedLiaisons = {
  leaderSubject: leader?.subject ?? stableId('user', 'leader'),
  enterpriseIds: [
    enterpriseByName('河南八方顺亿实业有限公司').id,
    enterpriseByName('郑州贾鲁水镇文化旅游有限公司').id,
  ],
};

/** 项目管家 for the collective enterprise's new factory hall: the admin seed user is the butler, so `npm run token -- --role ADMIN` sees it in myProjects. */
export const factoryHallProject = {
  id: stableId('project', 'bafang-new-factory-hall'),
  name: '河南八方顺亿实业有限公司 新厂房建设项目',
  enterpriseId: collectiveEnterprise.id,
  butlerSubject: admin?.subject ?? stableId('user', 'admin'),
  butlerName: admin?.name ?? '平台管理员',
  contactName: '新厂房项目部 联系人',
  contactPhone: '13800000001',
  departmentCodes: ['HOUSING_CONSTRUCTION', 'ADMINISTRATIVE_APPROVAL', 'EMERGENCY_MANAGEMENT'],
  /** 重点项目: the district follows the collective enterprise's new hall as key. */
  keyProject: true,
};

/**
 * Loads the article's enterprises, the first version of each one's code, the factory-hall project and
 * the LEADER seed user's liaisons into the enterprise schema. Safe to run again: rows are upserted by id, codes only added when missing.
 * Every enterprise is published to the registry in the same transaction (again on a rerun: the topic is compacted).
 */
export async function seedEnterprise(
  dataSource: DataSource,
  now: Date = new Date(),
): Promise<{ inserted: number }> {
  return dataSource.transaction(async (manager) => {
    const before = await manager.count(Enterprise);
    await manager.upsert(
      Enterprise,
      enterprises.map(({ id, name, creditCode, gridCellId, contactName, contactPhone }) => ({
        id,
        name,
        creditCode,
        gridCellId,
        contactName,
        contactPhone,
      })),
      ['id'],
    );
    await manager.query(
      `INSERT INTO enterprise_code (enterprise_id, version, issued_at)
       SELECT id, 1, now() FROM enterprise WHERE id = ANY($1) AND NOT EXISTS (SELECT 1 FROM enterprise_code code WHERE code.enterprise_id = enterprise.id)`,
      [enterprises.map((enterprise) => enterprise.id)],
    );
    await manager.query(
      `INSERT INTO leader_liaison (leader_subject, enterprise_id, since)
       SELECT $1, enterprise_id, now() FROM unnest($2::uuid[]) AS liaised (enterprise_id) ON CONFLICT DO NOTHING`,
      [seedLiaisons.leaderSubject, seedLiaisons.enterpriseIds],
    );
    await manager
      .createQueryBuilder()
      .insert()
      .into(Project)
      .values({ ...factoryHallProject, createdAt: new Date() })
      .orIgnore()
      .execute();
    // 集体经济: the 企业联盟 and the yearly figures of its members.
    await seedCollectiveEconomy(manager, now);
    // Each record carries the leaders liaising with the enterprise now (领导联系企业), seeded or not.
    const liaisons = (await manager.query(
      'SELECT enterprise_id AS "enterpriseId", leader_subject AS "leaderSubject" FROM leader_liaison',
    )) as Array<{ enterpriseId: string; leaderSubject: string }>;
    await enqueueEvents(
      manager,
      enterprises.map((enterprise) =>
        enterpriseRegistryChangedEvent(
          enterprise,
          now,
          liaisons
            .filter((row) => row.enterpriseId === enterprise.id)
            .map((row) => row.leaderSubject),
        ),
      ),
    );
    // 易企办: the sample matter list and the article's 2024 targets.
    await seedServiceMatters(manager);
    await seedServiceTargets(manager);
    // 二七帮: every enterprise's profile, sample policies and bank products.
    await seedErqiHelp(manager, now);
    // 双招双引: sample projects, talents, promises and 2024 figures, and the department copy.
    await seedInvestmentSamples(manager, departments, now);
    return { inserted: (await manager.count(Enterprise)) - before };
  });
}

/** What `main` loads into an empty database (SEED_WHEN_EMPTY) or on `--seed`. */
export const enterpriseSeed: SeedDefinition = { table: 'enterprise', run: seedEnterprise };
