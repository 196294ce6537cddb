import { Connection, PageArgs } from '@erqi/shared/data-access-pagination';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { assertMaySeeEnterprise } from '../enterprise/enterprise-access';
import { Enterprise } from '../enterprise/enterprise.entity';
import { InspectionDepartmentCount } from './inspection-count.type';
import { Inspection } from './inspection.entity';
import {
  AddInspectionQuietPeriodInput,
  CheckInInspectionArgs,
  CheckOutInspectionArgs,
  InspectionCountsArgs,
} from './inspection.input';
import { assertMaySeeInspectionsOf } from './inspection.service';
import { InspectionQuietPeriod } from './quiet-period.entity';

@ObjectType()
export class InspectionConnection extends Connection(Inspection) {}

@Resolver(() => Inspection)
export class InspectionResolver {
  @Mutation(() => Inspection, {
    description:
      "Checks in for an inspection with the enterprise's code; DEPARTMENT_STAFF only. Beyond the monthly quota of routine inspections or in a quiet period it needs a cause (无事不扰)",
  })
  checkInInspection(
    @Args(() => CheckInInspectionArgs) args: CheckInInspectionArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<Inspection> {
    return context.inspections.checkIn(context.caller, args);
  }

  @Mutation(() => Inspection, {
    description:
      'Checks out, recording how long the visit took; the department that checked in only; CONFLICT the second time',
  })
  checkOutInspection(
    @Args(() => CheckOutInspectionArgs) args: CheckOutInspectionArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<Inspection> {
    return context.inspections.checkOut(context.caller, args);
  }

  @Query(() => [InspectionDepartmentCount], {
    description: 'Inspections per department in [from, to), busiest first; SUPERVISOR and ADMIN',
  })
  inspectionCountsByDepartment(
    @Args(() => InspectionCountsArgs) args: InspectionCountsArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<InspectionDepartmentCount[]> {
    return context.inspections.countsByDepartment(context.caller, args);
  }

  @Mutation(() => InspectionQuietPeriod, {
    description: 'Adds a quiet period, for one enterprise or for all; ADMIN only',
  })
  addInspectionQuietPeriod(
    @Arg('input', () => AddInspectionQuietPeriodInput) input: AddInspectionQuietPeriodInput,
    @Ctx() context: EnterpriseContext,
  ): Promise<InspectionQuietPeriod> {
    return context.inspections.addQuietPeriod(context.caller, input);
  }

  @FieldResolver(() => Enterprise, { description: 'The enterprise inspected' })
  async enterprise(
    @Root() inspection: Inspection,
    @Ctx() context: EnterpriseContext,
  ): Promise<Enterprise> {
    return assertMaySeeEnterprise(
      context.caller,
      await context.loaders.enterprise.load(inspection.enterpriseId),
    ) as Enterprise;
  }
}

@Resolver(() => Enterprise)
export class EnterpriseInspectionsResolver {
  @FieldResolver(() => InspectionConnection, {
    description:
      'Inspections of this enterprise, newest first: all for the enterprise itself, SUPERVISOR and ADMIN; their own for DEPARTMENT_STAFF',
  })
  inspections(
    @Root() enterprise: Enterprise,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<InspectionConnection> {
    // One statement for every enterprise asking with the same `first` and `after` (a list, or `_entities`).
    const user = assertMaySeeInspectionsOf(context.caller, enterprise.id);
    return context.loaders.inspectionsOfEnterprise(user, args).load(enterprise.id);
  }
}
