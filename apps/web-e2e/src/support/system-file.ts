import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@erqi/shared/util-process';
import type { SystemAddresses } from '@erqi/shared/feature-local-system';

/** Written by the browser tests' global setup: apps/e2e's system writes its own file beside it. */
export const WEB_SYSTEM_FILE = join(WORKSPACE_ROOT, 'tmp', 'web-e2e', 'system.json');

/** The running system of the browser tests: the gateway's origin serves the web app. */
export interface WebSystem extends SystemAddresses {
  /** e.g. http://localhost:40123 — the origin the pages are opened at. */
  webUrl: string;
}

export function webSystem(): WebSystem {
  return JSON.parse(readFileSync(WEB_SYSTEM_FILE, 'utf8')) as WebSystem;
}
