import { DispatchRole, DispatchTargetKind } from '@erqi/appeal/util-contract';
import { registerEnumType } from 'type-graphql';

export { DispatchRole, DispatchTargetKind };

// The vocabulary is shared with other services (libs/appeal/util-contract); here it gets its GraphQL names.
registerEnumType(DispatchTargetKind, {
  name: 'DispatchTargetKind',
  description: 'Whether a dispatch went to a department or to a volunteer team',
});
registerEnumType(DispatchRole, {
  name: 'DispatchRole',
  description: 'LEAD handles the case, ASSISTING departments help, VOLUNTEER teams take a task',
});

/** How a role reads in the timeline note. */
export const ROLE_LABELS: Record<DispatchRole, string> = {
  [DispatchRole.LEAD]: 'lead',
  [DispatchRole.ASSISTING]: 'assisting',
  [DispatchRole.VOLUNTEER]: 'volunteer team',
};
