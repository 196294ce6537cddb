/** One instruction of a Dockerfile: its keyword, its `--name=value` flags and what follows them. */
export interface Instruction {
  keyword: string;
  flags: Record<string, string>;
  /** The rest of the line, continuation lines joined. */
  text: string;
  /** The exec (JSON array) form's words, when the instruction was written that way. */
  exec?: string[];
}

export interface Stage {
  /** `FROM <base> AS <name>`; the name is the base when there is none. */
  base: string;
  name: string;
  instructions: Instruction[];
}

function parseInstruction(line: string): Instruction {
  const [, keyword = '', rest = ''] = /^(\S+)\s*(.*)$/s.exec(line) ?? [];
  const flags: Record<string, string> = {};
  let text = rest;
  for (
    let flag = /^--([\w-]+)=(\S+)\s+/.exec(text);
    flag;
    flag = /^--([\w-]+)=(\S+)\s+/.exec(text)
  ) {
    flags[flag[1] ?? ''] = flag[2] ?? '';
    text = text.slice(flag[0].length);
  }
  const instruction: Instruction = { keyword: keyword.toUpperCase(), flags, text: text.trim() };
  if (text.trim().startsWith('[')) {
    const words: unknown = JSON.parse(text.trim());
    if (Array.isArray(words) && words.every((word) => typeof word === 'string'))
      instruction.exec = words;
  }
  return instruction;
}

/** The stages of a Dockerfile, in order: comments dropped, lines ending in `\` joined. */
export function parseDockerfile(source: string): Stage[] {
  const logical: string[] = [];
  let pending = '';
  for (const raw of source.split('\n')) {
    if (/^\s*#/.test(raw) || (pending === '' && raw.trim() === '')) continue;
    const continued = /\\\s*$/.test(raw);
    pending += `${raw.replace(/\\\s*$/, '').trim()}${continued ? ' ' : ''}`;
    if (continued) continue;
    logical.push(pending.trim());
    pending = '';
  }
  if (pending.trim()) logical.push(pending.trim());
  const stages: Stage[] = [];
  for (const instruction of logical.map(parseInstruction)) {
    if (instruction.keyword === 'FROM') {
      const [base = '', as, name] = instruction.text.split(/\s+/);
      stages.push({
        base,
        name: as?.toUpperCase() === 'AS' && name ? name : base,
        instructions: [],
      });
      continue;
    }
    const stage = stages.at(-1);
    if (!stage) throw new Error(`${instruction.keyword} before any FROM`);
    stage.instructions.push(instruction);
  }
  return stages;
}

/** `ENV a=1 b=2` (or the old `ENV a 1`) as pairs. */
export function envPairs(instruction: Instruction): Array<[string, string]> {
  if (!instruction.text.includes('=')) {
    const [name = '', ...value] = instruction.text.split(/\s+/);
    return [[name, value.join(' ')]];
  }
  return [...instruction.text.matchAll(/([\w.]+)=("(?:[^"\\]|\\.)*"|\S*)/g)].map(
    ([, name = '', value = '']) => [
      name,
      value.startsWith('"') ? (JSON.parse(value) as string) : value,
    ],
  );
}

/** The sources and the destination of a COPY, in either form. */
export function copyPaths(instruction: Instruction): { sources: string[]; destination: string } {
  const words = instruction.exec ?? instruction.text.split(/\s+/);
  if (words.length < 2)
    throw new Error(`COPY needs a source and a destination: ${instruction.text}`);
  return { sources: words.slice(0, -1), destination: words.at(-1) ?? '' };
}

/** The text of the stage's last `keyword` instruction (its WORKDIR, its USER), if any. */
export function lastValue(stage: Stage, keyword: string): string | undefined {
  return [...stage.instructions].reverse().find((step) => step.keyword === keyword)?.text;
}
