import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEnvExample } from '@erqi/shared/util-config';
import { enterpriseConfigSchema } from './config';

const ENV_EXAMPLE = join(__dirname, '..', '.env.example');

describe('enterprise config', () => {
  it('.env.example lists every variable the config reads, with its meaning and default (WRITE_ENV_EXAMPLE=1 rewrites it)', () => {
    const expected = renderEnvExample('enterprise subgraph', enterpriseConfigSchema);
    if (process.env['WRITE_ENV_EXAMPLE'] === '1') writeFileSync(ENV_EXAMPLE, expected);
    expect(readFileSync(ENV_EXAMPLE, 'utf8')).toBe(expected);
  });
});
