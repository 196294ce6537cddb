import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireUser, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { Conflict, NotFound } from '@erqi/shared/util-errors';
import { isUuid } from '@erqi/shared/util-uuid';
import { randomUUID } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { assertMayMaintain, maySeeHistory } from './service-matter-access';
import { ServiceMatter, ServiceMatterVersion } from './service-matter.entity';
import type { ServiceMatterInput, ServiceMattersArgs } from './service-matter.input';
import { checkMatterInput } from './service-matter.rules';

/** 政务服务事项清单: the published list of matters, kept by ADMIN and the owning departments, every change versioned. */
export class ServiceMatterService {
  constructor(
    /** Read by the resolver's batched loaders too. */
    readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * The list, by code. Withdrawn matters only on asking, and only those the caller may see the
   * history of (ADMIN and SUPERVISOR all, a department its own): the published list is public.
   */
  list(caller: Caller, { filter, ...page }: ServiceMattersArgs): Promise<Page<ServiceMatter>> {
    const query = this.dataSource.getRepository(ServiceMatter).createQueryBuilder('matter');
    query.where('TRUE');
    if (filter?.departmentCode)
      query.andWhere('matter.department_code = :department', { department: filter.departmentCode });
    if (filter?.mode) query.andWhere(':mode = ANY (matter.modes)', { mode: filter.mode });
    if (filter?.search?.trim())
      query.andWhere(`(matter.name ILIKE :search OR matter.code ILIKE :search)`, {
        search: `%${filter.search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    if (!filter?.includeWithdrawn || caller.kind !== 'user') query.andWhere('matter.listed');
    else if (caller.role === Role.DEPARTMENT_STAFF)
      query.andWhere('(matter.listed OR matter.department_code = :own)', {
        own: caller.departmentCode ?? '',
      });
    else if (caller.role !== Role.ADMIN && caller.role !== Role.SUPERVISOR)
      query.andWhere('matter.listed');
    return keysetPage(query, page, { sortColumn: 'code' });
  }

  /** One matter by id; a withdrawn one only for those who may see its history. */
  async get(caller: Caller, id: string): Promise<ServiceMatter> {
    const matter = isUuid(id)
      ? await this.dataSource.getRepository(ServiceMatter).findOneBy({ id: id.toLowerCase() })
      : null;
    if (!matter || (!matter.listed && !maySeeHistory(caller, matter.departmentCode)))
      throw new NotFound('ServiceMatter', id);
    return matter;
  }

  async create(caller: Caller, input: ServiceMatterInput): Promise<ServiceMatter> {
    const user = requireUser(caller);
    assertMayMaintain(user, input.departmentCode);
    checkMatterInput(input);
    return this.dataSource.transaction(async (manager) => {
      const matter: ServiceMatter = {
        id: randomUUID(),
        ...fieldsOf(input),
        version: 1,
        sample: false,
        updatedAt: this.clock(),
        updatedBy: actorOf(user),
      };
      const inserted = await manager
        .createQueryBuilder()
        .insert()
        .into(ServiceMatter)
        .values(matter)
        .orIgnore()
        .returning(['id'])
        .execute();
      if ((inserted.raw as unknown[]).length === 0)
        throw new Conflict(`A matter with code ${input.code} is already in the list`, {
          field: 'code',
        });
      await recordVersion(manager, matter, input.reason ?? null);
      return matter;
    });
  }

  /** Replaces a matter's fields (the code may not change); the owning department may not give it away. */
  async update(caller: Caller, id: string, input: ServiceMatterInput): Promise<ServiceMatter> {
    const user = requireUser(caller);
    return this.dataSource.transaction(async (manager) => {
      const current = isUuid(id)
        ? await manager
            .getRepository(ServiceMatter)
            .createQueryBuilder('matter')
            .setLock('pessimistic_write')
            .where('matter.id = :id', { id: id.toLowerCase() })
            .getOne()
        : null;
      if (!current) throw new NotFound('ServiceMatter', id);
      assertMayMaintain(user, current.departmentCode);
      assertMayMaintain(user, input.departmentCode);
      if (input.code !== current.code)
        throw new Conflict(`A matter's code does not change; this one is ${current.code}`, {
          field: 'code',
        });
      checkMatterInput(input);
      const matter: ServiceMatter = {
        ...current,
        ...fieldsOf(input),
        version: current.version + 1,
        updatedAt: this.clock(),
        updatedBy: actorOf(user),
      };
      await manager.save(ServiceMatter, matter);
      await recordVersion(manager, matter, input.reason ?? null);
      return matter;
    });
  }
}

function fieldsOf(input: ServiceMatterInput) {
  return {
    code: input.code,
    name: input.name.trim(),
    departmentCode: input.departmentCode,
    legalDays: input.legalDays,
    promisedDays: input.promisedDays,
    materials: input.materials.map((material) => ({
      code: material.code,
      name: material.name.trim(),
      deferrable: material.deferrable,
      replaceableByCommitment: material.replaceableByCommitment,
      certificateFree: material.certificateFree,
    })),
    modes: [...input.modes],
    channels: [...input.channels],
    highFrequency: input.highFrequency,
    listed: input.listed,
  };
}

/** The version row of a matter as saved: the list's history (each change traceable to who and why). */
export function versionOf(matter: ServiceMatter, reason: string | null): ServiceMatterVersion {
  return {
    matterId: matter.id,
    version: matter.version,
    snapshot: { ...matter, updatedAt: matter.updatedAt.toISOString() },
    changedAt: matter.updatedAt,
    changedBy: matter.updatedBy,
    reason: reason?.trim() || null,
  };
}

/** Keeps the matter as saved, in the transaction of the change. */
export async function recordVersion(
  manager: EntityManager,
  matter: ServiceMatter,
  reason: string | null,
): Promise<void> {
  await manager.insert(ServiceMatterVersion, versionOf(matter, reason));
}
