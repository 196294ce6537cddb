import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { WORKSPACE_ROOT } from '@erqi/shared/util-process';
import { deviceOf } from './browser';

/** The README shows these; every main screen at phone and desk size. */
export const SCREENSHOT_DIR = join(WORKSPACE_ROOT, 'docs', 'screenshots');

/**
 * Writes docs/screenshots/<name>-phone.png or <name>-desk.png (after the device the page was opened
 * as) once the page's fonts and network are quiet; returns the file.
 */
export async function screenshot(
  page: Page,
  name: string,
  directory = SCREENSHOT_DIR,
): Promise<string> {
  if (!/^[a-z0-9-]+$/.test(name)) throw new RangeError(`screenshot names are kebab-case: ${name}`);
  mkdirSync(directory, { recursive: true });
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const file = join(directory, `${name}-${deviceOf(page)}.png`);
  // Animations stopped and the caret hidden: the same screen gives the same picture.
  await page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  return file;
}
