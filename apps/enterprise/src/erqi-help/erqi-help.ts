import type { Caller } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import DataLoader from 'dataloader';
import { type DataSource, type FindOptionsWhere, In } from 'typeorm';
import { EnterpriseProfile } from '../enterprise-profile/enterprise-profile.entity';
import { EnterpriseProfileService } from '../enterprise-profile/enterprise-profile.service';
import { BankProduct, FinancingMatch } from '../financing/financing.entities';
import { FinancingService } from '../financing/financing.service';
import { Policy } from '../erqi-policy/policy.entity';
import { PolicyService } from '../erqi-policy/policy.service';
import { SubsidyService } from '../subsidy/subsidy.service';

/** 二七帮: the services behind profiles, policies, subsidies and the 政银企 platform. */
export interface ErqiHelp {
  dataSource: DataSource;
  profiles: EnterpriseProfileService;
  policies: PolicyService;
  subsidies: SubsidyService;
  financing: FinancingService;
}

export function createErqiHelp(
  dataSource: DataSource,
  clock: Clock,
  onEventsCommitted: () => void,
): ErqiHelp {
  const policies = new PolicyService(dataSource, clock, onEventsCommitted);
  return {
    dataSource,
    profiles: new EnterpriseProfileService(dataSource, clock),
    policies,
    subsidies: new SubsidyService(dataSource, policies, clock),
    financing: new FinancingService(dataSource, clock),
  };
}

/** One request's batch loaders for 二七帮 (a list never costs a query per row). */
export interface ErqiHelpLoaders {
  profileOf: DataLoader<string, EnterpriseProfile | null>;
  policy: DataLoader<string, Policy | null>;
  bankProduct: DataLoader<string, BankProduct | null>;
  matchesOfNeed: DataLoader<string, FinancingMatch[]>;
}

export function createErqiHelpLoaders(dataSource: DataSource, _caller: Caller): ErqiHelpLoaders {
  const byId = <T extends { id: string }>(entity: new () => T) =>
    new DataLoader<string, T | null>(async (ids) => {
      const rows = await dataSource
        .getRepository(entity)
        .findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
      const found = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => found.get(id) ?? null);
    });
  return {
    profileOf: new DataLoader(async (ids) => {
      const rows = await dataSource
        .getRepository(EnterpriseProfile)
        .findBy({ enterpriseId: In([...ids]) });
      const found = new Map(rows.map((row) => [row.enterpriseId, row]));
      return ids.map((id) => found.get(id) ?? null);
    }),
    policy: byId(Policy),
    bankProduct: byId(BankProduct),
    matchesOfNeed: new DataLoader(async (needIds) => {
      const rows = await dataSource
        .getRepository(FinancingMatch)
        .find({ where: { needId: In([...needIds]) }, order: { matchedAt: 'ASC', id: 'ASC' } });
      return needIds.map((id) => rows.filter((row) => row.needId === id));
    }),
  };
}
