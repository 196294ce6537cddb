import { createCloudEvent, eventCatalogue } from '@erqi/shared/util-event-catalogue';
import { enterprises, seedLeaderLiaisons } from '@erqi/shared/util-seed-fixtures';
import type { DataSource } from 'typeorm';
import { applyRegistryEvent } from '../src/registry/registry.handler';

/**
 * The enterprise service's seed records (each enterprise with the leaders liaising with it, 领导联系企业),
 * applied as the registry consumer applies them: the appeal service learns liaisons only this way.
 */
export async function applySeedRegistry(dataSource: DataSource, at: Date): Promise<void> {
  const { type, source } = eventCatalogue.enterpriseRegistryChanged;
  await dataSource.transaction(async (manager) => {
    for (const enterprise of enterprises)
      await applyRegistryEvent(
        createCloudEvent({
          type,
          source,
          subject: enterprise.id,
          time: at,
          data: {
            enterpriseId: enterprise.id,
            name: enterprise.name,
            creditCode: enterprise.creditCode,
            gridCellId: enterprise.gridCellId,
            changedAt: at.toISOString(),
            leaderSubjects: seedLeaderLiaisons
              .filter((liaison) => liaison.enterpriseId === enterprise.id)
              .map((liaison) => liaison.leaderSubject),
          },
        }),
        manager,
      );
  });
}
