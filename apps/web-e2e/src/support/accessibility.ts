import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** What an axe scan found that blocks a person: the rule, how bad, and where. */
export interface BlockingViolation {
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * Scans the page as it is now with axe (WCAG 2.1 A and AA rules and best practices) and returns the
 * serious and critical violations; APPS.md asks for none on any screen.
 */
export async function seriousAccessibilityViolations(page: Page): Promise<BlockingViolation[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      rule: violation.id,
      impact: violation.impact ?? 'unknown',
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
}

/** Fails, listing each one, when the page has a serious or critical accessibility violation. */
export async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousAccessibilityViolations(page);
  if (violations.length > 0)
    throw new Error(
      `axe found ${violations.length} serious or critical violation(s) on ${page.url()}:\n${violations
        .map((v) => `- ${v.rule} (${v.impact}): ${v.help}\n    at ${v.targets.join('\n    at ')}`)
        .join('\n')}`,
    );
}
