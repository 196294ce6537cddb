const DAY_MS = 24 * 60 * 60 * 1000;

/** When a new appeal counts as a possible duplicate of an earlier one (重复诉求). */
export interface DuplicateSettings {
  /** How far back to look for the appeal a new one repeats. @default 30 days */
  windowMs: number;
  /** How alike the titles must be (0–1). @default 0.6 */
  threshold: number;
}

export const DEFAULT_DUPLICATE_SETTINGS: DuplicateSettings = {
  windowMs: 30 * DAY_MS,
  threshold: 0.6,
};
