import { Connection } from '@erqi/shared/data-access-pagination';
import { Arg, Args, Ctx, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { GridContext } from '../context';
import {
  AddResidentInput,
  RegisterHouseholdInput,
  HouseholdsArgs,
  RecordLifeEventInput,
  ResidentsArgs,
} from './household.input';
import { Household, Resident } from './household.types';
import { LifeEvent } from './life-event.entity';

@ObjectType()
export class HouseholdConnection extends Connection(Household) {}

@ObjectType()
export class ResidentConnection extends Connection(Resident) {}

@Resolver()
export class HouseholdResolver {
  @Query(() => HouseholdConnection, {
    description:
      'Households (户) by 户号, with members; a RESIDENT sees only its own; masked for all but staff and the own household',
  })
  households(@Args(() => HouseholdsArgs) args: HouseholdsArgs, @Ctx() context: GridContext) {
    return context.households.households(context.caller, args);
  }

  @Query(() => ResidentConnection, {
    description:
      'Residents (居民) by name; a RESIDENT sees only its own household; masked for all but staff and the own household',
  })
  residents(@Args(() => ResidentsArgs) args: ResidentsArgs, @Ctx() context: GridContext) {
    return context.households.residents(context.caller, args);
  }

  @Mutation(() => Household, {
    description: 'COMMUNITY_STAFF: a new household (分户) of its community',
  })
  registerHousehold(
    @Arg('input', () => RegisterHouseholdInput) input: RegisterHouseholdInput,
    @Ctx() context: GridContext,
  ) {
    return context.households.registerHousehold(context.caller, input);
  }

  @Mutation(() => Resident, { description: 'COMMUNITY_STAFF: a birth or a new member (迁入)' })
  addResident(
    @Arg('input', () => AddResidentInput) input: AddResidentInput,
    @Ctx() context: GridContext,
  ) {
    return context.households.addResident(context.caller, input);
  }

  @Mutation(() => LifeEvent, {
    description:
      'COMMUNITY_STAFF: a death, leaving (迁出), a change of address or the 回迁 return, with its date',
  })
  recordLifeEvent(
    @Arg('input', () => RecordLifeEventInput) input: RecordLifeEventInput,
    @Ctx() context: GridContext,
  ) {
    return context.households.recordLifeEvent(context.caller, input);
  }
}
