import { type Static, type TObject, type TSchema } from '@sinclair/typebox';
import { Value } from '@sinclair/typebox/value';

/** Start-up refused: one line per bad variable, each naming it, what it holds and what it must be. */
export class ConfigError extends Error {
  constructor(
    readonly service: string,
    readonly problems: string[],
  ) {
    super(
      `${service}: ${problems.length === 1 ? 'a setting is' : `${problems.length} settings are`} not valid:\n  ${problems.join('\n  ')}`,
    );
    this.name = 'ConfigError';
  }
}

/** What was wrong, in words: the allowed values when there is a list, else TypeBox's words and the variable's meaning. */
function explain(schema: TSchema | undefined, message: string): string {
  const choices = (schema?.['anyOf'] as TSchema[] | undefined)
    ?.map((choice) => choice['const'])
    .filter((value) => value !== undefined);
  if (choices && choices.length > 0) return `must be one of ${choices.join(', ')}`;
  return `${message.toLowerCase()}${schema?.['description'] ? ` — ${String(schema['description'])}` : ''}`;
}

/**
 * Reads every variable `schema` declares from `env` (an empty value counts as unset), fills in the
 * defaults, converts numbers and booleans, and checks the lot: a service that starts has a whole,
 * valid configuration, and one that does not says which variables are wrong, all at once.
 */
export function loadConfig<T extends TObject>(
  service: string,
  schema: T,
  env: NodeJS.ProcessEnv = process.env,
): Static<T> {
  const raw: Record<string, string> = {};
  for (const name of Object.keys(schema.properties)) {
    const value = env[name];
    if (value !== undefined && value !== '') raw[name] = value;
  }
  const value = Value.Convert(schema, Value.Default(schema, { ...raw })) as Record<string, unknown>;
  const problems = new Map<string, string>();
  for (const error of Value.Errors(schema, value)) {
    const name = error.path.split('/')[1] ?? error.path;
    if (problems.has(name)) continue;
    const property = schema.properties[name];
    const shown = name in raw ? `"${raw[name]}"` : 'nothing';
    problems.set(name, `${name} holds ${shown}: ${explain(property, error.message)}`);
  }
  if (problems.size > 0) throw new ConfigError(service, [...problems.values()]);
  return value as Static<T>;
}
