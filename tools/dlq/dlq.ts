import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { createKafkaClient } from '@erqi/shared/data-access-events';
import { createLogger } from '@erqi/shared/util-logging';
import { type DeadLetter, DeadLetterDesk } from './dead-letter-desk';

const USAGE = `usage:
  npm run dlq -- list   [--topic <topic>.dlq] [--limit 20] [--after <topic>.dlq@<offset>]
  npm run dlq -- replay --topic <topic>.dlq (--offset <n> | --all) [--by <name>]
  npm run dlq -- drop   --topic <topic>.dlq --offset <n> [--note <why>] [--by <name>]
Every action prints and logs an audit line (who, what, when, which message). See docs/EVENTS.md, "Dead letters".`;

/** `npm run dlq -- list|replay|drop`: what consumers could not apply, and what an operator does about it. */
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      topic: { type: 'string' },
      offset: { type: 'string' },
      all: { type: 'boolean', default: false },
      limit: { type: 'string', default: '20' },
      after: { type: 'string' },
      note: { type: 'string' },
      by: { type: 'string' },
    },
  });
  const [verb] = positionals;
  const logger = createLogger('dlq', { level: 'warn' });
  const desk = new DeadLetterDesk({
    kafka: createKafkaClient({ clientId: 'dlq', logger }),
    logger: createLogger('dlq'),
    by: values.by ?? userInfo().username,
  });
  if (verb === 'list') {
    const limit = Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1)
      return usage('--limit must be a positive whole number');
    const { letters, next } = await desk.list({
      ...(values.topic ? { topic: values.topic } : {}),
      ...(values.after ? { after: values.after } : {}),
      limit,
    });
    for (const letter of letters) console.log(describe(letter));
    if (letters.length === 0) console.log('no pending dead letters');
    if (next)
      console.log(
        `more: npm run dlq -- list${values.topic ? ` --topic ${values.topic}` : ''} --after ${next}`,
      );
    return 0;
  }
  if (verb === 'replay') {
    if (!values.topic || !values.offset === !values.all)
      return usage('replay needs --topic and either --offset or --all');
    await desk.replay({
      topic: values.topic,
      ...(values.offset ? { offset: values.offset } : { all: true }),
    });
    return 0;
  }
  if (verb === 'drop') {
    if (!values.topic || !values.offset) return usage('drop needs --topic and --offset');
    await desk.drop({
      topic: values.topic,
      offset: values.offset,
      ...(values.note ? { note: values.note } : {}),
    });
    return 0;
  }
  return usage(verb ? `unknown action ${verb}` : 'no action');
}

function usage(problem: string): number {
  console.error(`${problem}\n${USAGE}`);
  return 2;
}

function describe(letter: DeadLetter): string {
  const ageMinutes = Math.max(
    0,
    Math.round((Date.now() - letter.deadLetteredAt.getTime()) / 60_000),
  );
  return [
    `${letter.dlqTopic}@${letter.offset}  key ${letter.key ?? '-'}  ${letter.ceType ?? '(not a CloudEvent)'}  age ${formatAge(ageMinutes)}`,
    `  from ${letter.origin.topic}[${letter.origin.partition}]@${letter.origin.offset}  consumer ${letter.consumer}  ${letter.kind}`,
    `  reason: ${letter.reason}`,
  ].join('\n');
}

function formatAge(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.round(minutes / 60)} h`;
  return `${Math.round(minutes / 1440)} d`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
