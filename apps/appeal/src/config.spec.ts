import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderEnvExample } from '@erqi/shared/util-config';
import { appealConfigSchema, appealOptionsFrom, loadAppealConfig } from './config';

const ENV_EXAMPLE = join(__dirname, '..', '.env.example');

describe('appeal config', () => {
  it('.env.example lists every variable the config reads, with its meaning and default (WRITE_ENV_EXAMPLE=1 rewrites it)', () => {
    const expected = renderEnvExample('appeal subgraph', appealConfigSchema);
    if (process.env['WRITE_ENV_EXAMPLE'] === '1') writeFileSync(ENV_EXAMPLE, expected);
    expect(readFileSync(ENV_EXAMPLE, 'utf8')).toBe(expected);
  });
});

describe('loadAppealConfig', () => {
  it('refuses to start, naming the variable, when a deadline list or a number is wrong', () => {
    expect(() => loadAppealConfig({ HANDLING_DEADLINES: 'FAST=1h' })).toThrow(
      /HANDLING_DEADLINES: "FAST=1h" is not MODE=duration/,
    );
    expect(() =>
      loadAppealConfig({ DUPLICATE_THRESHOLD: '2', ESCALATION_SCAN_SECONDS: 'soon' }),
    ).toThrow(/ESCALATION_SCAN_SECONDS holds "soon"[\s\S]*DUPLICATE_THRESHOLD holds "2"/);
  });

  it('turns seconds into the scans’ intervals; 0 runs no scan here', () => {
    const options = appealOptionsFrom(
      loadAppealConfig({ ESCALATION_SCAN_SECONDS: '0', NO_RESPONSE_SCAN_SECONDS: '30' }),
    );
    expect(options.escalationScanMs).toBeUndefined();
    expect(options.noResponseScanMs).toBe(30_000);
  });
});
