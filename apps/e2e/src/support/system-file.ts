import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@erqi/shared/util-process';
import type { SystemAddresses } from '@erqi/shared/feature-local-system';

export const SYSTEM_FILE = join(WORKSPACE_ROOT, 'tmp', 'e2e', 'system.json');

/** The addresses of the system the global setup started. */
export function systemAddresses(): SystemAddresses {
  return JSON.parse(readFileSync(SYSTEM_FILE, 'utf8')) as SystemAddresses;
}

/** SQL statements all subgraphs have sent so far answering requests (not relays or consumers), from `/metrics`. */
export async function totalSqlStatements(addresses: SystemAddresses): Promise<number> {
  const counts = await Promise.all(
    Object.values(addresses.subgraphUrls).map(async (url) => {
      const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
      const match = /^sql_statements_total\{[^}]*origin="request"[^}]*\} (\d+)$/m.exec(text);
      return Number(match?.[1] ?? Number.NaN);
    }),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
