import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { type Caller, requireUser } from '@erqi/shared/util-auth';
import { BadUserInput } from '@erqi/shared/util-errors';
import type { DataSource, Repository } from 'typeorm';
import type { ConductRulesArgs } from './conduct-rule.input';
import { ConductRule } from './conduct-rule.entity';

/** 十不准 / 十必须: the catalogue, read by every signed-in user and cited by findings and cases. */
export class ConductRuleService {
  private readonly rules: Repository<ConductRule>;
  /** Twenty rows that change only by migration: read once per process. */
  private catalogue: Promise<Map<string, ConductRule>> | null = null;

  constructor(dataSource: DataSource) {
    this.rules = dataSource.getRepository(ConductRule);
  }

  list(caller: Caller, args: ConductRulesArgs): Promise<Page<ConductRule>> {
    requireUser(caller);
    const query = this.rules.createQueryBuilder('rule');
    if (args.kind) query.andWhere('rule.kind = :kind', { kind: args.kind });
    return keysetPage(query, args, { sortColumn: 'position' });
  }

  /** Every rule by code. */
  all(): Promise<Map<string, ConductRule>> {
    this.catalogue ??= this.rules
      .find({ order: { position: 'ASC' } })
      .then((rows) => new Map(rows.map((rule) => [rule.id, rule])))
      .catch((error: unknown) => {
        this.catalogue = null;
        throw error;
      });
    return this.catalogue;
  }

  async byCode(code: string): Promise<ConductRule | null> {
    return (await this.all()).get(code) ?? null;
  }

  /** The rule named by `code`; BAD_USER_INPUT on `field` if the catalogue has none. */
  async requireRule(field: string, code: string): Promise<ConductRule> {
    const [rule] = await this.requireRules(field, [code]);
    if (!rule) throw new BadUserInput(field, `${field} must name a rule`);
    return rule;
  }

  /** The rules named by `codes`, each once; BAD_USER_INPUT on `field` for any code not in the catalogue. */
  async requireRules(field: string, codes: readonly string[]): Promise<ConductRule[]> {
    const catalogue = await this.all();
    const unique = [...new Set(codes.map((code) => code.trim()))];
    if (unique.length === 0) throw new BadUserInput(field, `${field} must name at least one rule`);
    const unknown = unique.filter((code) => !catalogue.has(code));
    if (unknown.length > 0)
      throw new BadUserInput(
        field,
        `There is no rule ${unknown.join(', ')}; the query conductRules lists the codes (NO-01 … NO-10, MUST-01 … MUST-10)`,
        { unknown },
      );
    return unique.map((code) => catalogue.get(code) as ConductRule);
  }
}
