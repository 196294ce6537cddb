import type { TObject, TSchema } from '@sinclair/typebox';

function choicesOf(schema: TSchema): string | undefined {
  const choices = (schema['anyOf'] as TSchema[] | undefined)?.map((choice) =>
    String(choice['const']),
  );
  return choices && choices.length > 0 ? choices.join(' | ') : undefined;
}

/**
 * The `.env.example` of a service, written from its configuration schema: each variable with its
 * meaning, its allowed values and its default (commented out when it has none). A test compares the
 * committed file with this, so the two cannot drift.
 */
export function renderEnvExample(title: string, schema: TObject): string {
  const lines = [
    `# ${title}`,
    '# Every variable this service reads, with its default. Generated from its config.ts; a test keeps it current.',
    '',
  ];
  for (const [name, property] of Object.entries(schema.properties)) {
    const choices = choicesOf(property);
    lines.push(`# ${String(property['description'] ?? '')}${choices ? ` (${choices})` : ''}`);
    lines.push(
      property['default'] === undefined ? `# ${name}=` : `${name}=${String(property['default'])}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
