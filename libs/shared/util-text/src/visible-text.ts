/**
 * Characters that show nothing on screen: format characters (Cf: zero-width space, joiners, BOM,
 * word joiner, soft hyphen, bidi marks and overrides), spaces (Zs), line and paragraph separators,
 * control characters (Cc), and the blank letters fonts draw as nothing (Hangul fillers, the
 * combining grapheme joiner, the blank Braille pattern).
 */
const INVISIBLE = /[\p{Cf}\p{Zs}\p{Zl}\p{Zp}\p{Cc}\u034F\u115F\u1160\u2800\u3164\uFFA0]/gu;

/** C0 and C1 control characters (Cc), and the same without tab, line feed and carriage return. */
const CONTROL = /\p{Cc}/u;
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

/** What a reader sees of `value`: every invisible character removed. */
export function visibleText(value: string): string {
  return value.replace(INVISIBLE, '');
}

/** Whether `value` shows anything at all, e.g. a name of one zero-width space does not. */
export function hasVisibleText(value: string): boolean {
  return visibleText(value).length > 0;
}

/**
 * The first control character in `value` that it may not carry, as `U+0000`, or `undefined`.
 * Free text may carry tabs and line breaks; NUL and the other controls are never text (and
 * PostgreSQL refuses NUL in text).
 */
export function forbiddenControlCharacter(
  value: string,
  allowLineBreaks: boolean,
): string | undefined {
  // One regular-expression scan: this runs on every string argument of every request.
  const found = (allowLineBreaks ? CONTROL_BUT_LINE_BREAKS : CONTROL).exec(value);
  if (!found) return undefined;
  return `U+${found[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
}
