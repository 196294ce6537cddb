import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { MANIFESTS_DIR } from './manifests';

export const CRDS_DIR = join(MANIFESTS_DIR, 'crds');

type JsonSchema = Record<string, unknown>;

interface CrdVersion {
  name: string;
  served: boolean;
  schema?: { openAPIV3Schema?: JsonSchema };
}

interface CustomResourceDefinition {
  kind: 'CustomResourceDefinition';
  spec: { group: string; names: { kind: string }; versions: CrdVersion[] };
}

const isCrd = (document: unknown): document is CustomResourceDefinition =>
  (document as { kind?: unknown } | null)?.kind === 'CustomResourceDefinition';

const JUNCTORS = new Set(['oneOf', 'anyOf', 'allOf', 'not']);

/**
 * The API server prunes a field the schema does not name, and `kubectl apply` (strict field
 * validation) refuses it: so a misspelt field is an error here too. Every object schema that lists
 * its properties and neither keeps unknown fields (`x-kubernetes-preserve-unknown-fields`) nor says
 * what else it takes gets `additionalProperties: false`. `metadata` is left to the API server.
 */
function closeObjects(schema: JsonSchema, atRoot = true): JsonSchema {
  const closed: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    // A structural schema's oneOf/anyOf/allOf/not only constrain the fields declared beside them
    // (Strimzi's env: `value` or `valueFrom`): closing a branch would refuse the fields of the other.
    if (JUNCTORS.has(key)) closed[key] = value;
    else if (key === 'properties' && value && typeof value === 'object') {
      closed[key] = Object.fromEntries(
        Object.entries(value as Record<string, JsonSchema>).map(([name, property]) => [
          name,
          atRoot && name === 'metadata' ? property : closeObjects(property, false),
        ]),
      );
    } else if (Array.isArray(value)) {
      closed[key] = value.map((item: unknown) =>
        item && typeof item === 'object' ? closeObjects(item as JsonSchema, false) : item,
      );
    } else if (value && typeof value === 'object') {
      closed[key] = closeObjects(value as JsonSchema, false);
    } else closed[key] = value;
  }
  const open =
    schema['x-kubernetes-preserve-unknown-fields'] === true ||
    'additionalProperties' in schema ||
    !('properties' in schema);
  if (!open) closed['additionalProperties'] = false;
  return closed;
}

function newValidator(): Ajv {
  // strict off: the schemas carry Kubernetes' own keywords (x-kubernetes-*), which mean nothing to ajv.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  // OpenAPI's number formats and Kubernetes' quantity-like ones: the type already says what matters.
  for (const format of ['int32', 'int64', 'double', 'float', 'byte', 'int-or-string'])
    ajv.addFormat(format, true);
  return ajv;
}

/** Every vendored CRD's served versions, compiled once, by `apiVersion` and kind. */
export function loadCrdValidators(directory = CRDS_DIR): Map<string, ValidateFunction> {
  const ajv = newValidator();
  const validators = new Map<string, ValidateFunction>();
  for (const folder of readdirSync(directory, { withFileTypes: true })) {
    if (!folder.isDirectory()) continue;
    for (const file of readdirSync(join(directory, folder.name))) {
      if (!file.endsWith('.yaml')) continue;
      const crd: unknown = parse(readFileSync(join(directory, folder.name, file), 'utf8'));
      if (!isCrd(crd)) continue;
      for (const version of crd.spec.versions) {
        const schema = version.schema?.openAPIV3Schema;
        if (!version.served || !schema) continue;
        validators.set(
          `${crd.spec.group}/${version.name} ${crd.spec.names.kind}`,
          ajv.compile(closeObjects(schema)),
        );
      }
    }
  }
  return validators;
}

export function describeErrors(errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map(
    (error) =>
      `${error.instancePath || '/'} ${error.message ?? error.keyword}${
        error.keyword === 'additionalProperties'
          ? ` (${String((error.params as { additionalProperty?: unknown }).additionalProperty)})`
          : ''
      }`,
  );
}
