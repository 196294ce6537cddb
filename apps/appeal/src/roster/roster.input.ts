import { PageArgs } from '@erqi/shared/data-access-pagination';
import { ArgsType, Field } from 'type-graphql';
import { MemberStatus, SupervisorGroup } from './roster.enums';

@ArgsType()
export class RosterArgs extends PageArgs {
  @Field(() => MemberStatus, { nullable: true, description: 'Only members in this status' })
  status?: MemberStatus | null;
}

@ArgsType()
export class SupervisorsArgs extends RosterArgs {
  @Field(() => SupervisorGroup, { nullable: true, description: 'Only this group' })
  group?: SupervisorGroup | null;
}
