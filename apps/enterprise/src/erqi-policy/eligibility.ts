import { classFallsUnder } from '../enterprise-profile/industry';
import type { SizeClass } from '../enterprise-profile/enterprise-profile.entity';

/**
 * 申报条件: who a policy (or a bank product) is for, as data. Every criterion left empty or null
 * holds for everyone; the ones given must all hold.
 */
export interface Eligibility {
  /** GB/T 4754-2017 sections (门类); the enterprise's section must be one of them. */
  industrySections: string[];
  /** Divisions, groups or classes (2–4 digits); the enterprise's class must fall under one of them. */
  industryCodes: string[];
  sizeClasses: SizeClass[];
  /** Founded on or before this date (e.g. at least three years in business). */
  foundedOnOrBefore: string | null;
  /** Founded on or after this date (e.g. a start-up policy). */
  foundedOnOrAfter: string | null;
  requiresHighTech: boolean;
  requiresSpecialisedNew: boolean;
  /** The grid cells (and so the area) it is for; empty for the whole district. */
  gridCellIds: string[];
}

/** The criteria a match is judged on, in the order a lack is listed. */
export enum Criterion {
  INDUSTRY = 'INDUSTRY',
  SIZE = 'SIZE',
  FOUNDED = 'FOUNDED',
  HIGH_TECH = 'HIGH_TECH',
  SPECIALISED_NEW = 'SPECIALISED_NEW',
  GRID_CELL = 'GRID_CELL',
  WINDOW = 'WINDOW',
  AMOUNT = 'AMOUNT',
  TERM = 'TERM',
}

/** One criterion an enterprise does not meet: what is required and what it has. */
export interface Lack {
  criterion: Criterion;
  required: string;
  /** What the enterprise has; null when its profile does not say. */
  actual: string | null;
}

/** The enterprise as matching sees it: its profile (null when nobody filled it in) and its cell. */
export interface Candidate {
  profile: {
    industrySection: string;
    industryClass: string;
    sizeClass: SizeClass;
    foundedOn: string;
    highTech: boolean;
    specialisedNew: boolean;
  } | null;
  gridCellId: string;
}

/** Every criterion of `eligibility` the candidate fails, in criterion order; empty when it qualifies. */
export function lacksOf(eligibility: Eligibility, candidate: Candidate): Lack[] {
  const { profile } = candidate;
  const lacks: Lack[] = [];
  if (eligibility.industrySections.length > 0 || eligibility.industryCodes.length > 0) {
    const sectionOk =
      eligibility.industrySections.length === 0 ||
      (!!profile && eligibility.industrySections.includes(profile.industrySection));
    const codeOk =
      eligibility.industryCodes.length === 0 ||
      (!!profile &&
        eligibility.industryCodes.some((code) => classFallsUnder(profile.industryClass, code)));
    if (!sectionOk || !codeOk)
      lacks.push({
        criterion: Criterion.INDUSTRY,
        required: [
          ...eligibility.industrySections.map((section) => `门类 ${section}`),
          ...eligibility.industryCodes.map((code) => `行业代码 ${code}`),
        ].join(' / '),
        actual: profile ? `${profile.industrySection} ${profile.industryClass}` : null,
      });
  }
  if (
    eligibility.sizeClasses.length > 0 &&
    !(profile && eligibility.sizeClasses.includes(profile.sizeClass))
  )
    lacks.push({
      criterion: Criterion.SIZE,
      required: eligibility.sizeClasses.join(' / '),
      actual: profile?.sizeClass ?? null,
    });
  const before = eligibility.foundedOnOrBefore;
  const after = eligibility.foundedOnOrAfter;
  if (
    (before || after) &&
    !(profile && (!before || profile.foundedOn <= before) && (!after || profile.foundedOn >= after))
  )
    lacks.push({
      criterion: Criterion.FOUNDED,
      required: [after ? `成立于 ${after} 或之后` : '', before ? `成立于 ${before} 或之前` : '']
        .filter(Boolean)
        .join('，'),
      actual: profile?.foundedOn ?? null,
    });
  if (eligibility.requiresHighTech && !profile?.highTech)
    lacks.push({
      criterion: Criterion.HIGH_TECH,
      required: '高新技术企业',
      actual: profile ? '否' : null,
    });
  if (eligibility.requiresSpecialisedNew && !profile?.specialisedNew)
    lacks.push({
      criterion: Criterion.SPECIALISED_NEW,
      required: '专精特新企业',
      actual: profile ? '否' : null,
    });
  if (
    eligibility.gridCellIds.length > 0 &&
    !eligibility.gridCellIds.includes(candidate.gridCellId.toLowerCase())
  )
    lacks.push({
      criterion: Criterion.GRID_CELL,
      required: eligibility.gridCellIds.join(' / '),
      actual: candidate.gridCellId,
    });
  return lacks;
}

/** The application window (申报期) against today: a lack before it opens, `closed` after it closes. */
export function windowState(
  window: { opensOn: string; closesOn: string },
  today: string,
): 'open' | 'not-yet' | 'closed' {
  if (today < window.opensOn) return 'not-yet';
  return today > window.closesOn ? 'closed' : 'open';
}

/** A policy an enterprise fails in at most this many criteria is a near miss (差一点): worth telling it what it lacks. */
export const NEAR_MISS_MAX_LACKS = 2;
