export {
  creditCodeCheckCharacter,
  type CreditCodeProblem,
  describeCreditCodeProblem,
  findCreditCodeProblem,
  isValidCreditCode,
} from './credit-code';
