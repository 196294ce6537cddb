import { keysetPage, type Page, type PageArgs } from '@erqi/shared/data-access-pagination';
import { actorOf, type Caller, requireRole, requireUser, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Conflict, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { isUuid } from '@erqi/shared/util-uuid';
import { randomUUID } from 'node:crypto';
import { type DataSource, QueryFailedError, type Repository } from 'typeorm';
import { isCalendarDate } from '../enterprise-profile/enterprise-profile.service';
import { loadCandidates } from '../erqi-policy/candidates';
import { Criterion, type Lack, lacksOf, NEAR_MISS_MAX_LACKS } from '../erqi-policy/eligibility';
import { whereNeedVisible } from './financing-access';
import { BankAnswer, BankProduct, FinancingMatch, FinancingNeed } from './financing.entities';
import type {
  CreateBankProductInput,
  FinancingNeedsArgs,
  PostFinancingNeedInput,
  RecordBankAnswerArgs,
} from './financing.input';
import type { FinancingProductMatch } from './financing.types';

const UNIQUE_VIOLATION = '23505';

/** What a product asks of a need beyond the enterprise: the amount in its range and the term within its longest. */
export function loanLacks(
  product: BankProduct,
  need: Pick<FinancingNeed, 'amount' | 'termMonths'>,
): Lack[] {
  const lacks: Lack[] = [];
  if (need.amount < product.minAmount || need.amount > product.maxAmount)
    lacks.push({
      criterion: Criterion.AMOUNT,
      required: `${product.minAmount}–${product.maxAmount} 元`,
      actual: `${need.amount} 元`,
    });
  if (need.termMonths > product.maxTermMonths)
    lacks.push({
      criterion: Criterion.TERM,
      required: `至多 ${product.maxTermMonths} 个月`,
      actual: `${need.termMonths} 个月`,
    });
  return lacks;
}

/**
 * 政银企 platform: banks' products (ADMIN keeps them), enterprises' needs, the matches between them and
 * the banks' answers. The platform office (ADMIN) puts a need to a bank and records the answer: banks
 * have no account here, and no department of the seed runs the platform.
 */
export class FinancingService {
  private readonly products: Repository<BankProduct>;
  private readonly needs: Repository<FinancingNeed>;
  private readonly matches: Repository<FinancingMatch>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.products = dataSource.getRepository(BankProduct);
    this.needs = dataSource.getRepository(FinancingNeed);
    this.matches = dataSource.getRepository(FinancingMatch);
  }

  async createProduct(caller: Caller, input: CreateBankProductInput): Promise<BankProduct> {
    requireRole(caller, [Role.ADMIN], 'add bank products');
    if (input.maxAmount < input.minAmount)
      throw new BadUserInput('maxAmount', 'maxAmount must not be below minAmount');
    const { criteria } = input;
    const product: BankProduct = {
      id: randomUUID(),
      bankName: input.bankName.trim(),
      productName: input.productName.trim(),
      minAmount: input.minAmount,
      maxAmount: input.maxAmount,
      annualRatePercent: input.annualRatePercent,
      maxTermMonths: input.maxTermMonths,
      criteria: {
        industrySections: criteria.industrySections,
        industryCodes: criteria.industryCodes,
        sizeClasses: criteria.sizeClasses,
        foundedOnOrBefore: criteria.foundedOnOrBefore ?? null,
        foundedOnOrAfter: criteria.foundedOnOrAfter ?? null,
        requiresHighTech: criteria.requiresHighTech,
        requiresSpecialisedNew: criteria.requiresSpecialisedNew,
        gridCellIds: criteria.gridCellIds.map((id) => id.toLowerCase()),
      },
      sample: false,
    };
    await this.products.insert(product);
    return product;
  }

  listProducts(caller: Caller, args: PageArgs): Promise<Page<BankProduct>> {
    requireUser(caller);
    return keysetPage(this.products.createQueryBuilder('product'), args, {
      sortColumn: 'bankName',
    });
  }

  async postNeed(caller: Caller, input: PostFinancingNeedInput): Promise<FinancingNeed> {
    const user = requireUser(caller);
    let enterpriseId: string;
    if (user.role === Role.ENTERPRISE && user.enterpriseId) {
      enterpriseId = user.enterpriseId.toLowerCase();
      if (input.enterpriseId && input.enterpriseId.toLowerCase() !== enterpriseId)
        throw new Forbidden('An enterprise posts its own needs only');
    } else if (user.role === Role.ADMIN) {
      if (!input.enterpriseId) throw new BadUserInput('enterpriseId', 'Name the enterprise');
      enterpriseId = input.enterpriseId.toLowerCase();
    } else
      throw new Forbidden('Only the enterprise itself (or ADMIN for it) may post a financing need');
    if (input.neededBy) {
      if (!isCalendarDate(input.neededBy))
        throw new BadUserInput('neededBy', 'neededBy must be a real date');
      const today = shanghaiDateOf(this.clock());
      if (input.neededBy < today)
        throw new BadUserInput(
          'neededBy',
          `neededBy (${input.neededBy}) is in the past (today is ${today})`,
        );
    }
    const [known] = (await this.dataSource.query('SELECT 1 FROM enterprise WHERE id = $1', [
      enterpriseId,
    ])) as unknown[];
    if (!known) throw new NotFound('Enterprise', enterpriseId, 'enterpriseId');
    const need: FinancingNeed = {
      id: randomUUID(),
      enterpriseId,
      amount: input.amount,
      termMonths: input.termMonths,
      purpose: input.purpose.trim(),
      neededBy: input.neededBy ?? null,
      createdAt: this.clock(),
    };
    await this.needs.insert(need);
    return need;
  }

  listNeeds(caller: Caller, args: FinancingNeedsArgs): Promise<Page<FinancingNeed>> {
    const user = requireUser(caller);
    const query = whereNeedVisible(this.needs.createQueryBuilder('need'), 'need', user);
    if (args.enterpriseId)
      query.andWhere('need.enterprise_id = :enterpriseId', {
        enterpriseId: args.enterpriseId.toLowerCase(),
      });
    return keysetPage(query, args, {
      sortColumn: 'createdAt',
      direction: 'DESC',
      toCursorValue: (row) => row.createdAt.toISOString(),
    });
  }

  /** One need, for those who may see it: FORBIDDEN otherwise. */
  async getNeed(caller: Caller, id: string, field = 'id'): Promise<FinancingNeed> {
    const user = requireUser(caller);
    const need = isUuid(id) ? await this.needs.findOneBy({ id: id.toLowerCase() }) : null;
    if (!need) throw new NotFound('FinancingNeed', id, field);
    const visible = await whereNeedVisible(this.needs.createQueryBuilder('need'), 'need', user)
      .andWhere('need.id = :id', { id: need.id })
      .getCount();
    if (!visible) throw new Forbidden('You may not see this financing need');
    return need;
  }

  /** The bank products the need fits, then those it nearly fits (with what it lacks). */
  async matchesOf(caller: Caller, needId: string): Promise<FinancingProductMatch[]> {
    const need = await this.getNeed(caller, needId, 'needId');
    const [candidate] = await loadCandidates(this.dataSource, [need.enterpriseId]);
    const products = await this.products.find({ order: { bankName: 'ASC', id: 'ASC' } });
    return products
      .map((product) => {
        const lacks = candidate
          ? [...loanLacks(product, need), ...lacksOf(product.criteria, candidate)]
          : loanLacks(product, need);
        return { product, qualifies: lacks.length === 0, lacks };
      })
      .filter((match) => match.lacks.length <= NEAR_MISS_MAX_LACKS)
      .sort((a, b) => a.lacks.length - b.lacks.length);
  }

  /** Records that the platform put the need to a product the need fits (对接); ADMIN. */
  async recordMatch(caller: Caller, needId: string, productId: string): Promise<FinancingMatch> {
    const user = requireRole(caller, [Role.ADMIN], 'record financing matches');
    const need = await this.getNeed(user, needId, 'needId');
    const product = isUuid(productId)
      ? await this.products.findOneBy({ id: productId.toLowerCase() })
      : null;
    if (!product) throw new BadUserInput('productId', `There is no bank product ${productId}`);
    const match = (await this.matchesOf(user, need.id)).find(
      (candidate) => candidate.product.id === product.id,
    );
    if (!match?.qualifies)
      throw new BadUserInput('productId', 'The need does not fit this product', {
        lacks: (match?.lacks ?? []).map((lack) => lack.criterion),
      });
    const row: FinancingMatch = {
      id: randomUUID(),
      needId: need.id,
      productId: product.id,
      matchedAt: this.clock(),
      matchedBy: actorOf(user),
      answer: BankAnswer.PENDING,
      answerNote: null,
      answeredAt: null,
      answeredBy: null,
    };
    try {
      await this.matches.insert(row);
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
      )
        throw new Conflict('This need was put to this product already', { field: 'productId' });
      throw error;
    }
    return row;
  }

  /** The bank's answer, once; ADMIN records it. */
  async recordAnswer(caller: Caller, args: RecordBankAnswerArgs): Promise<FinancingMatch> {
    const user = requireRole(caller, [Role.ADMIN], "record a bank's answer");
    const match = isUuid(args.matchId)
      ? await this.matches.findOneBy({ id: args.matchId.toLowerCase() })
      : null;
    if (!match) throw new NotFound('FinancingMatch', args.matchId, 'matchId');
    const changes = {
      answer: args.answer,
      answerNote: args.note.trim(),
      answeredAt: this.clock(),
      answeredBy: actorOf(user),
    };
    const result = await this.matches
      .createQueryBuilder()
      .update(FinancingMatch)
      .set(changes)
      .where('id = :id AND answer = :pending', { id: match.id, pending: BankAnswer.PENDING })
      .execute();
    if (result.affected === 0)
      throw new Conflict(`The bank has answered already (${match.answer})`, {
        field: 'matchId',
        currentAnswer: match.answer,
      });
    return { ...match, ...changes };
  }
}
