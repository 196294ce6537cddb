import { parse } from 'yaml';

/** What the checks read of a compose service. */
export interface ComposeService {
  image?: string;
  build?: unknown;
  command?: string[] | string;
  entrypoint?: string[] | string;
  environment?: Record<string, string | number | boolean | null>;
  ports?: Array<string | { target: number; published?: string | number }>;
  secrets?: Array<string | { source: string; target?: string }>;
  volumes?: Array<string | { source?: string; target: string }>;
  healthcheck?: { test?: string[] | string; disable?: boolean };
  depends_on?: string[] | Record<string, { condition?: string }>;
  restart?: string;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  secrets?: Record<string, { file?: string; environment?: string }>;
  volumes?: Record<string, unknown>;
}

/**
 * Compose's interpolation of one string: `$$`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`,
 * `${VAR:?message}`, `${VAR?message}`. A required variable that `env` lacks is an error, as for compose.
 */
export function interpolate(text: string, env: Record<string, string | undefined>): string {
  return text.replace(
    /\$\$|\$\{(\w+)(?:(:?)([-?])([^}]*))?\}|\$(\w+)/g,
    (match, braced?: string, colon?: string, kind?: string, word?: string, bare?: string) => {
      if (match === '$$') return '$';
      const name = braced ?? bare ?? '';
      const value = env[name];
      const missing = value === undefined || (colon === ':' && value === '');
      if (kind === '-') return missing ? (word ?? '') : (value ?? '');
      if (kind === '?' && missing) throw new Error(`${name} is required: ${word ?? ''}`);
      return value ?? '';
    },
  );
}

function interpolateAll(value: unknown, env: Record<string, string | undefined>): unknown {
  if (typeof value === 'string') return interpolate(value, env);
  if (Array.isArray(value)) return value.map((item) => interpolateAll(item, env));
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, interpolateAll(item, env)]),
    );
  return value;
}

/** The compose file as compose sees it: YAML merge keys resolved, variables interpolated from `env`. */
export function readComposeFile(
  source: string,
  env: Record<string, string | undefined>,
): ComposeFile {
  return interpolateAll(parse(source, { merge: true }), env) as ComposeFile;
}

/** Names of the variables a compose file requires (`${VAR:?…}` / `${VAR?…}`). */
export function requiredVariables(source: string): string[] {
  return [...new Set([...source.matchAll(/\$\{(\w+):?\?/g)].map(([, name = '']) => name))];
}

/** A service's secrets as `{ source, target }`, the short form's target being /run/secrets/<name>. */
export function secretMounts(service: ComposeService): Array<{ source: string; target: string }> {
  return (service.secrets ?? []).map((secret) =>
    typeof secret === 'string'
      ? { source: secret, target: `/run/secrets/${secret}` }
      : {
          source: secret.source,
          target: secret.target?.startsWith('/')
            ? secret.target
            : `/run/secrets/${secret.target ?? secret.source}`,
        },
  );
}

/** A service's `depends_on` as service → condition (the short form's being service_started). */
export function dependencies(service: ComposeService): Record<string, string> {
  const dependsOn = service.depends_on ?? {};
  return Array.isArray(dependsOn)
    ? Object.fromEntries(dependsOn.map((name) => [name, 'service_started']))
    : Object.fromEntries(
        Object.entries(dependsOn).map(([name, { condition }]) => [
          name,
          condition ?? 'service_started',
        ]),
      );
}

/** The words of a command or health check, whichever form. */
export function words(value: string[] | string | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : ['/bin/sh', '-c', value];
}
