export {
  creditCodeCheckCharacter,
  type CreditCodeProblem,
  describeCreditCodeProblem,
  findCreditCodeProblem,
  isValidCreditCode,
} from './credit-code';
export {
  isPlausibleDivision,
  isValidOrganisationCode,
  organisationCodeCheckCharacter,
  PROVINCE_CODES,
  REGISTRATION_AUTHORITIES,
  type StructureProblem,
} from './credit-code-structure';
