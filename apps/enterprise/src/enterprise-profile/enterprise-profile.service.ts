import { actorOf, type Caller, requireUser, Role } from '@erqi/shared/util-auth';
import type { Clock } from '@erqi/shared/util-clock';
import { BadUserInput, Forbidden, NotFound } from '@erqi/shared/util-errors';
import { shanghaiDateOf } from '@erqi/shared/util-shanghai-time';
import { isUuid } from '@erqi/shared/util-uuid';
import type { DataSource, Repository } from 'typeorm';
import { actsForEnterprise } from '../enterprise/enterprise-access';
import { EnterpriseProfile } from './enterprise-profile.entity';
import type { EnterpriseProfileInput } from './enterprise-profile.input';
import { sectionOfCode } from './industry';

/** A real calendar date (2024-02-30 is not). */
export function isCalendarDate(date: string): boolean {
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** 企业画像: the enterprise keeps its own; departments and ADMIN keep anyone's. */
export class EnterpriseProfileService {
  private readonly profiles: Repository<EnterpriseProfile>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {
    this.profiles = dataSource.getRepository(EnterpriseProfile);
  }

  async update(
    caller: Caller,
    enterpriseId: string,
    input: EnterpriseProfileInput,
  ): Promise<EnterpriseProfile> {
    const user = requireUser(caller);
    const mayEdit =
      user.role === Role.ADMIN ||
      user.role === Role.DEPARTMENT_STAFF ||
      actsForEnterprise(user, enterpriseId);
    if (!mayEdit)
      throw new Forbidden(
        'Only the enterprise itself, department staff and ADMIN may change an enterprise profile',
      );
    const id = enterpriseId.toLowerCase();
    const [known] = isUuid(id)
      ? ((await this.dataSource.query('SELECT 1 FROM enterprise WHERE id = $1', [id])) as unknown[])
      : [];
    if (!known) throw new NotFound('Enterprise', enterpriseId, 'enterpriseId');
    if (sectionOfCode(input.industryClass) !== input.industrySection)
      throw new BadUserInput(
        'industryClass',
        `industryClass ${input.industryClass} is not a class of section ${input.industrySection} (GB/T 4754-2017)`,
      );
    if (!isCalendarDate(input.foundedOn))
      throw new BadUserInput('foundedOn', 'foundedOn must be a real date, YYYY-MM-DD');
    if (input.foundedOn > shanghaiDateOf(this.clock()))
      throw new BadUserInput('foundedOn', 'foundedOn cannot be in the future');
    const profile: EnterpriseProfile = {
      enterpriseId: id,
      industrySection: input.industrySection,
      industryClass: input.industryClass,
      sizeClass: input.sizeClass,
      foundedOn: input.foundedOn,
      highTech: input.highTech,
      specialisedNew: input.specialisedNew,
      updatedAt: this.clock(),
      updatedBy: actorOf(user),
    };
    await this.profiles.upsert(profile, ['enterpriseId']);
    return profile;
  }
}
