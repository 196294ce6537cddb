/** One `.dockerignore` rule as a regular expression over a context-relative path. */
interface Rule {
  pattern: RegExp;
  /** `!pattern`: brings back what an earlier rule left out. */
  include: boolean;
}

function toRegExp(pattern: string): RegExp {
  let source = '';
  for (let index = 0; index < pattern.length; index += 1) {
    const character = pattern[index] ?? '';
    if (pattern.startsWith('**/', index)) {
      source += '(?:.*/)?';
      index += 2;
    } else if (pattern.startsWith('**', index)) {
      source += '.*';
      index += 1;
    } else if (character === '*') source += '[^/]*';
    else if (character === '?') source += '[^/]';
    else source += character.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

/**
 * Docker's reading of a `.dockerignore` (patterns relative to the context root, `*`, `?`, `**`,
 * `!` exceptions, the last matching rule deciding): true when `path` (relative, `/`-separated) goes
 * into the build context. A rule that matches a folder leaves out everything under it.
 */
export function dockerignoreFilter(source: string): (path: string) => boolean {
  const rules: Rule[] = source
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const include = line.startsWith('!');
      const pattern = (include ? line.slice(1) : line).replace(/^\/+/, '').replace(/\/+$/, '');
      return { pattern: toRegExp(pattern), include };
    });
  return (path) => {
    const parts = path.split('/');
    // The path and each folder above it: `dist` leaves out `dist/apps/x.js` too.
    const candidates = parts.map((_, index) => parts.slice(0, index + 1).join('/'));
    let included = true;
    for (const rule of rules)
      if (candidates.some((candidate) => rule.pattern.test(candidate))) included = rule.include;
    return included;
  };
}
