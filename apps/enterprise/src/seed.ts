import { enterprises } from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { Enterprise } from './enterprise/enterprise.entity';

/** Loads the article's enterprises into the enterprise schema. Safe to run again: rows are upserted by id. */
export async function seedEnterprise(dataSource: DataSource): Promise<{ inserted: number }> {
  return dataSource.transaction(async (manager) => {
    const before = await manager.count(Enterprise);
    await manager.upsert(
      Enterprise,
      enterprises.map(({ id, name, creditCode, gridCellId, contactName, contactPhone }) => ({ id, name, creditCode, gridCellId, contactName, contactPhone })),
      ['id'],
    );
    return { inserted: (await manager.count(Enterprise)) - before };
  });
}
