import { randomUUID } from 'node:crypto';
import { keysetPage, type Page } from '@erqi/shared/data-access-pagination';
import { BadUserInput, Conflict, NotFound } from '@erqi/shared/util-errors';
import { type DataSource, type EntityManager, IsNull, type Repository } from 'typeorm';
import type { AppealCategoryService } from '../appeal-category/appeal-category.service';
import type { Clock } from '@erqi/shared/util-clock';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DepartmentDirectory, DirectoryDepartment } from './department-directory';
import { DispatchRule } from './dispatch-rule.entity';
import type {
  CreateDispatchRuleInput,
  DispatchRulesArgs,
  UpdateDispatchRuleInput,
} from './dispatch-rule.input';

/** What a rule says once its input is checked: the departments resolved to ids through the grid service. */
interface CheckedRule {
  categoryCode: string;
  gridCellId: string | null;
  lead: DirectoryDepartment;
  assisting: DirectoryDepartment[];
  priority: number;
}

/** Dispatch rules (分派规则), managed by an admin; the dispatcher reads them. */
export class DispatchRuleService {
  private readonly rules: Repository<DispatchRule>;

  constructor(
    dataSource: DataSource,
    private readonly categories: AppealCategoryService,
    private readonly departments: DepartmentDirectory,
    private readonly clock: Clock,
  ) {
    this.rules = dataSource.getRepository(DispatchRule);
  }

  /** Oldest first, a page at a time, of one category or of all. */
  list(args: DispatchRulesArgs): Promise<Page<DispatchRule>> {
    const query = this.rules.createQueryBuilder('rule');
    if (args.category)
      query.andWhere('rule.category_code = :category', { category: args.category });
    return keysetPage(query, args, { sortColumn: 'createdAt' });
  }

  /** The rules that may apply to an appeal of this category in this cell: the cell's own and the category-wide ones. */
  candidates(
    categoryCode: string,
    gridCellId: string,
    manager: EntityManager,
  ): Promise<DispatchRule[]> {
    return manager.find(DispatchRule, {
      where: [
        { categoryCode, gridCellId },
        { categoryCode, gridCellId: IsNull() },
      ],
    });
  }

  async create(input: CreateDispatchRuleInput): Promise<DispatchRule> {
    const checked = await this.check({
      categoryCode: input.category,
      gridCellId: input.gridCellId ?? null,
      leadCode: input.leadDepartmentCode,
      assistingCodes: input.assistingDepartmentCodes,
      priority: input.priority,
    });
    const now = this.clock();
    const rule = this.rules.create({
      id: randomUUID(),
      ...this.columnsOf(checked),
      createdAt: now,
      updatedAt: now,
    });
    await this.saving(checked, () => this.rules.insert(rule));
    return rule;
  }

  async update(id: string, input: UpdateDispatchRuleInput): Promise<DispatchRule> {
    const rule = await this.get(id);
    const checked = await this.check(
      {
        categoryCode: input.category ?? rule.categoryCode,
        // Left out: unchanged; null: everywhere.
        gridCellId: input.gridCellId === undefined ? rule.gridCellId : input.gridCellId,
        leadCode: input.leadDepartmentCode ?? rule.leadDepartmentCode,
        assistingCodes:
          input.assistingDepartmentCodes ??
          rule.assistingDepartments.map((department) => department.code),
        priority: input.priority ?? rule.priority,
      },
      rule,
    );
    const changes = { ...this.columnsOf(checked), updatedAt: this.clock() };
    await this.saving(checked, () => this.rules.update({ id: rule.id }, changes));
    return { ...rule, ...changes };
  }

  async delete(id: string): Promise<DispatchRule> {
    const rule = await this.get(id);
    await this.rules.delete({ id: rule.id });
    return rule;
  }

  private async get(id: string): Promise<DispatchRule> {
    const rule = isUuid(id) ? await this.rules.findOneBy({ id }) : null;
    if (!rule) throw new NotFound('DispatchRule', id);
    return rule;
  }

  /**
   * Checks a rule as it would be saved. Departments already on `current` are not asked about again,
   * so a rule can be changed while the grid service is down as long as its departments stay the same.
   */
  private async check(
    rule: {
      categoryCode: string;
      gridCellId: string | null;
      leadCode: string;
      assistingCodes: string[];
      priority: number;
    },
    current?: DispatchRule,
  ): Promise<CheckedRule> {
    if (!(await this.categories.findByCode(rule.categoryCode))) {
      throw new BadUserInput(
        'category',
        'This appeal category is unknown; the query appealCategories lists the codes to use',
      );
    }
    if (rule.assistingCodes.includes(rule.leadCode)) {
      throw new BadUserInput(
        'assistingDepartmentCodes',
        `${rule.leadCode} leads this rule; it cannot assist as well`,
      );
    }
    const known = new Map<string, DirectoryDepartment>();
    if (current)
      for (const department of [
        { id: current.leadDepartmentId, code: current.leadDepartmentCode },
        ...current.assistingDepartments,
      ])
        known.set(department.code, department);
    const resolve = async (code: string, field: string): Promise<DirectoryDepartment> => {
      const department = known.get(code) ?? (await this.departments.findByCode(code));
      if (!department)
        throw new BadUserInput(
          field,
          `No department has the code ${code}; the query departments lists them`,
        );
      return department;
    };
    // One lookup per department, side by side: a rule names a handful at most.
    const [lead, ...assisting] = await Promise.all([
      resolve(rule.leadCode, 'leadDepartmentCode'),
      ...rule.assistingCodes.map((code) => resolve(code, 'assistingDepartmentCodes')),
    ]);
    return {
      categoryCode: rule.categoryCode,
      gridCellId: rule.gridCellId,
      lead,
      assisting,
      priority: rule.priority,
    };
  }

  private columnsOf(
    checked: CheckedRule,
  ): Pick<
    DispatchRule,
    | 'categoryCode'
    | 'gridCellId'
    | 'leadDepartmentId'
    | 'leadDepartmentCode'
    | 'assistingDepartments'
    | 'priority'
  > {
    return {
      categoryCode: checked.categoryCode,
      gridCellId: checked.gridCellId,
      leadDepartmentId: checked.lead.id,
      leadDepartmentCode: checked.lead.code,
      assistingDepartments: checked.assisting.map(({ id, code }) => ({ id, code })),
      priority: checked.priority,
    };
  }

  /** Runs the write, turning a clash with another rule of the same scope and priority into CONFLICT. */
  private async saving(checked: CheckedRule, write: () => Promise<unknown>): Promise<void> {
    try {
      await write();
    } catch (error) {
      const driverError = (error as { driverError?: { code?: string; constraint?: string } })
        .driverError;
      if (driverError?.code !== '23505' || driverError.constraint !== 'dispatch_rule_scope')
        throw error;
      const scope = checked.gridCellId ? `grid cell ${checked.gridCellId}` : 'every cell';
      throw new Conflict(
        `A rule for ${checked.categoryCode} in ${scope} with priority ${checked.priority} exists already; change that one, or give this one another priority`,
        {
          field: 'priority',
        },
      );
    }
  }
}
