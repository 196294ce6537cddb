import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WORKSPACE_ROOT } from '@erqi/shared/util-process';
import Ajv from 'ajv';

/** The JSON schema and XSD written from the GeoReport v2 field lists, kept beside the face's code. */
const SCHEMA_DIR = join(WORKSPACE_ROOT, 'apps', 'gateway', 'src', 'open311', 'schema');
const XSD = join(SCHEMA_DIR, 'georeport-v2.xsd');

/** The answers the JSON schema defines, by its definition names. */
export type GeoReportAnswer =
  'discovery' | 'services' | 'service_definition' | 'post_response' | 'service_requests' | 'errors';

const ajv = new Ajv({ allErrors: true });
ajv.addSchema(
  JSON.parse(readFileSync(join(SCHEMA_DIR, 'georeport-v2.schema.json'), 'utf8')) as object,
);

/** The JSON schema's complaints about an answer, empty when it conforms. */
export function jsonProblems(kind: GeoReportAnswer, answer: unknown): string[] {
  const validate = ajv.getSchema(
    `https://erqi.local/open311/georeport-v2.schema.json#/definitions/${kind}`,
  );
  if (!validate) throw new Error(`no definition ${kind}`);
  return validate(answer)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message ?? ''}`);
}

/** xmllint's verdict on an answer against the XSD: '' when it validates, its complaints otherwise. */
export function xmlProblems(xml: string): string {
  const directory = mkdtempSync(join(tmpdir(), 'open311-'));
  const file = join(directory, 'answer.xml');
  writeFileSync(file, xml);
  try {
    execFileSync('xmllint', ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}
