import { Connection, PageArgs } from '@erqi/shared/data-access-pagination';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { EnterpriseContext } from '../context';
import { AllianceMember, EnterpriseAlliance } from './alliance.entity';
import {
  AllianceTotalsArgs,
  AllianceYearTotals,
  JoinAllianceArgs,
  LeaveAllianceArgs,
} from './alliance.types';

@ObjectType()
export class EnterpriseAllianceConnection extends Connection(EnterpriseAlliance) {}

@ObjectType()
export class AllianceMemberConnection extends Connection(AllianceMember) {}

@Resolver(() => EnterpriseAlliance)
export class EnterpriseAllianceResolver {
  @Query(() => EnterpriseAlliance, {
    description:
      '企业联盟: one alliance; LEADER, SUPERVISOR, ADMIN, and its member enterprises; NOT_FOUND if unknown',
  })
  enterpriseAlliance(
    @Arg('id', () => ID) id: string,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseAlliance> {
    return context.alliances.get(context.caller, id);
  }

  @Query(() => EnterpriseAllianceConnection, {
    description: 'The enterprise alliances the caller may see, by name',
  })
  enterpriseAlliances(
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<EnterpriseAllianceConnection> {
    return context.alliances.list(context.caller, args);
  }

  @FieldResolver(() => String, { nullable: true })
  collectiveEnterpriseName(
    @Root() alliance: EnterpriseAlliance,
    @Ctx() context: EnterpriseContext,
  ): Promise<string | null> | null {
    return alliance.collectiveEnterpriseId
      ? context.economyLoaders.enterpriseName.load(alliance.collectiveEnterpriseId)
      : null;
  }

  @FieldResolver(() => AllianceMemberConnection, {
    description: 'Its current members, earliest first; an enterprise sees only itself here',
  })
  members(
    @Root() alliance: EnterpriseAlliance,
    @Args(() => PageArgs) args: PageArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<AllianceMemberConnection> {
    return context.alliances.members(context.caller, alliance, args);
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'The latest year any member recorded figures for',
  })
  latestYear(
    @Root() alliance: EnterpriseAlliance,
    @Ctx() context: EnterpriseContext,
  ): Promise<number | null> {
    return context.alliances.latestYear(alliance);
  }

  @FieldResolver(() => AllianceYearTotals, {
    nullable: true,
    description:
      "The members' figures of a year added up (jobs offered, revenue); null when no member recorded any",
  })
  totals(
    @Root() alliance: EnterpriseAlliance,
    @Args(() => AllianceTotalsArgs) args: AllianceTotalsArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<AllianceYearTotals | null> {
    return context.alliances.totals(context.caller, alliance, args.year);
  }
}

@Resolver(() => AllianceMember)
export class AllianceMemberResolver {
  @FieldResolver(() => String, { nullable: true, description: 'The member’s registered name' })
  enterpriseName(
    @Root() member: AllianceMember,
    @Ctx() context: EnterpriseContext,
  ): Promise<string | null> {
    return context.economyLoaders.enterpriseName.load(member.enterpriseId);
  }
}

@Resolver(() => AllianceMember)
export class AllianceMembershipResolver {
  @Mutation(() => AllianceMember, {
    description:
      '企业联盟: an enterprise joins an alliance on a date (today or earlier); ADMIN only; CONFLICT if it is a member already',
  })
  joinEnterpriseAlliance(
    @Args(() => JoinAllianceArgs) args: JoinAllianceArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<AllianceMember> {
    return context.allianceMembership.join(context.caller, args);
  }

  @Mutation(() => AllianceMember, {
    description:
      'An enterprise leaves an alliance on a date (not before it joined); ADMIN only; CONFLICT if it is not a member',
  })
  leaveEnterpriseAlliance(
    @Args(() => LeaveAllianceArgs) args: LeaveAllianceArgs,
    @Ctx() context: EnterpriseContext,
  ): Promise<AllianceMember> {
    return context.allianceMembership.leave(context.caller, args);
  }
}
