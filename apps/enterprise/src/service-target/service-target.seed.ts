import type { EntityManager } from 'typeorm';
import { ServiceTargetRow } from './service-target';
import { TARGETS_2024 } from './service-target.service';

/** The article's 2024 targets, unless a year's targets were set already. */
export async function seedServiceTargets(manager: EntityManager): Promise<void> {
  await manager
    .createQueryBuilder()
    .insert()
    .into(ServiceTargetRow)
    .values(
      TARGETS_2024.map((target) => ({
        year: 2024,
        mode: target.mode,
        target: target.target,
        setBy: 'seed',
        setAt: new Date('2024-03-01T01:00:00Z'),
      })),
    )
    .orIgnore()
    .execute();
}
