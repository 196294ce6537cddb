import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { describeCreditCodeProblem, findCreditCodeProblem } from '@erqi/shared/util-credit-code';
import type { Caller } from '@erqi/shared/util-auth';
import { BadUserInput, Conflict, NotFound, Unauthenticated } from '@erqi/shared/util-errors';
import { isUUID } from 'class-validator';
import { randomUUID } from 'node:crypto';
import { type DataSource, QueryFailedError, type Repository } from 'typeorm';
import type { EnterpriseCodeService } from '../enterprise-code/enterprise-code.service';
import { assertMayRegisterIn, assertMaySeeEnterprise, enterpriseScope, requireEnterpriseReader, whereEnterpriseVisible } from './enterprise-access';
import { Enterprise } from './enterprise.entity';
import type { EnterprisesArgs, RegisterEnterpriseInput } from './enterprise.input';

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

/** Codes are printed in capitals; people copy them with stray spaces or type them in lower case. */
export function normalizeCreditCode(code: string): string {
  return code.trim().toUpperCase();
}

/** The normalised code, or BAD_USER_INPUT on `field` saying what is wrong with it. */
export function checkedCreditCode(code: string, field: string): string {
  const normalized = normalizeCreditCode(code);
  const problem = findCreditCodeProblem(normalized);
  if (problem) throw new BadUserInput(field, describeCreditCodeProblem(problem));
  return normalized;
}

/** Whether `id` can be an id of ours; anything else names no row, and PostgreSQL would reject it. */
export function isEnterpriseId(id: string): boolean {
  return isUUID(id, 'loose');
}

export class EnterpriseService {
  private readonly enterprises: Repository<Enterprise>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly codes: EnterpriseCodeService,
  ) {
    this.enterprises = dataSource.getRepository(Enterprise);
  }

  /** FORBIDDEN outside the caller's scope; NOT_FOUND only for callers who may see every enterprise. */
  async get(caller: Caller, id: string): Promise<Enterprise> {
    requireEnterpriseReader(caller);
    const enterprise = assertMaySeeEnterprise(caller, isEnterpriseId(id) ? await this.enterprises.findOneBy({ id }) : null);
    if (!enterprise) throw new NotFound('Enterprise', id);
    return enterprise;
  }

  async getByCreditCode(caller: Caller, code: string): Promise<Enterprise> {
    requireEnterpriseReader(caller);
    const creditCode = checkedCreditCode(code, 'code');
    const enterprise = assertMaySeeEnterprise(caller, await this.enterprises.findOneBy({ creditCode }));
    if (!enterprise) throw new NotFound('Enterprise', creditCode, 'code');
    return enterprise;
  }

  /** Only the enterprises in the caller's scope, filtered in SQL so that counts and pages are right. */
  list(caller: Caller, args: EnterprisesArgs): Promise<Page<Enterprise>> {
    if (caller.kind === 'anonymous') throw new Unauthenticated();
    const query = whereEnterpriseVisible(this.enterprises.createQueryBuilder('enterprise'), 'enterprise', enterpriseScope(caller));
    if (args.gridCellId) query.andWhere('enterprise.grid_cell_id = :gridCellId', { gridCellId: args.gridCellId.toLowerCase() });
    return keysetPage(query, args, { sortColumn: 'name' });
  }

  /** The enterprise and the first version of its code (政企码), in one transaction. */
  async register(caller: Caller, input: RegisterEnterpriseInput): Promise<Enterprise> {
    assertMayRegisterIn(caller, input.gridCellId);
    const creditCode = checkedCreditCode(input.creditCode, 'creditCode');
    const enterprise = this.enterprises.create({
      id: randomUUID(),
      name: input.name.trim(),
      creditCode,
      gridCellId: input.gridCellId.toLowerCase(),
      contactName: input.contactName.trim(),
      contactPhone: input.contactPhone,
    });
    try {
      // The unique constraint, not a prior SELECT, decides: two registrations at once cannot both pass.
      await this.dataSource.transaction(async (manager) => {
        await manager.getRepository(Enterprise).insert(enterprise);
        await this.codes.issueFirst(manager, enterprise.id);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new Conflict(`An enterprise with credit code ${creditCode} is already registered`, { field: 'creditCode' });
      }
      throw error;
    }
    return enterprise;
  }
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string } | undefined)?.code === UNIQUE_VIOLATION;
}
