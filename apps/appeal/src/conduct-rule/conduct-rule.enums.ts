import { registerEnumType } from 'type-graphql';

/** Which of the two lists a rule belongs to. */
export enum ConductRuleKind {
  /** 无事不扰十不准: what officials must not do. */
  PROHIBITION = 'PROHIBITION',
  /** 有事办好十必须: what officials must do. */
  OBLIGATION = 'OBLIGATION',
}
registerEnumType(ConductRuleKind, {
  name: 'ConductRuleKind',
  description: 'PROHIBITION (无事不扰十不准) or OBLIGATION (有事办好十必须)',
});
