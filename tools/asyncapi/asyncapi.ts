import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAsyncApiDocument } from '@erqi/shared/util-event-catalogue';

export const ASYNCAPI_FILE = join(__dirname, '..', '..', 'docs', 'asyncapi.json');

/** The AsyncAPI document as committed: generated from the catalogue, versioned with the package. */
export function renderAsyncApi(): string {
  const { version } = JSON.parse(
    readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'),
  ) as { version: string };
  return `${JSON.stringify(buildAsyncApiDocument(version), null, 2)}\n`;
}

/** `npm run asyncapi` writes docs/asyncapi.json; `--check` fails when the committed one is stale. */
function main(): void {
  const rendered = renderAsyncApi();
  let committed: string | undefined;
  try {
    committed = readFileSync(ASYNCAPI_FILE, 'utf8');
  } catch {
    committed = undefined;
  }
  if (process.argv.includes('--check')) {
    if (committed !== rendered) {
      console.error(
        'docs/asyncapi.json is out of date with the event catalogue: run `npm run asyncapi` and commit it.',
      );
      process.exit(1);
    }
    console.log('docs/asyncapi.json is up to date');
    return;
  }
  writeFileSync(ASYNCAPI_FILE, rendered);
  console.log(`wrote ${ASYNCAPI_FILE}`);
}

if (require.main === module) main();
