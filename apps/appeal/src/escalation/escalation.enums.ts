import { registerEnumType } from 'type-graphql';

/** Which deadline of an appeal passed (督办). */
export enum EscalationDeadline {
  /** A dispatched department did not report in (报到) by its `acknowledgeBy`. */
  ACKNOWLEDGEMENT = 'ACKNOWLEDGEMENT',
  /** The appeal was not resolved by its `dueAt`. */
  HANDLING = 'HANDLING',
}
registerEnumType(EscalationDeadline, {
  name: 'EscalationDeadline',
  description:
    'ACKNOWLEDGEMENT: a department did not report in on time; HANDLING: not resolved by dueAt',
});
