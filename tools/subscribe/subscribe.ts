import { hostname } from 'node:os';
import { parseArgs } from 'node:util';
import {
  createKafkaClient,
  kafkaBrokersFromEnv,
  TopicProvisioner,
} from '@erqi/shared/data-access-events';
import {
  assertKnownEvent,
  departmentConsumerGroup,
  departmentDispatchTopic,
  departmentPrincipal,
  fromKafkaRecord,
  teamGroupPrefix,
  teamPrincipal,
  volunteerTeamDispatchTopic,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { toolCredentials } from '../kafka/principal-credentials';

/**
 * `npm run subscribe -- --department MARKET_REGULATION`: prints a department's dispatches as they
 * arrive. A reference consumer for department systems: subscribe to your topic with a consumer group
 * of your own, read the CloudEvents headers, check the type, act on the JSON value, and remember
 * `ce_id` if you must not act twice. See docs/EVENTS.md.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      department: { type: 'string' },
      team: { type: 'string' },
      group: { type: 'string' },
      'from-beginning': { type: 'boolean', default: false },
    },
  });
  if (!values.department === !values.team) {
    console.error(
      'usage: npm run subscribe -- --department <CODE> | --team <CODE> [--from-beginning] [--group <consumer group>]',
    );
    process.exit(2);
  }
  const topic = values.department
    ? departmentDispatchTopic(values.department)
    : volunteerTeamDispatchTopic(values.team ?? '');
  // One group per application: replicas of one system share the work; another system gets every event too.
  const application = `cli-${hostname()}`;
  const groupId =
    values.group ??
    (values.department
      ? departmentConsumerGroup(values.department, application)
      : `${teamGroupPrefix(values.team ?? '')}${application}`);
  const logger = createLogger('subscribe');
  // Signed in as the department (or team) itself: `npm run kafka:credentials -- --department <CODE>`.
  const credentials = values.department
    ? toolCredentials(departmentPrincipal(values.department), `--department ${values.department}`)
    : toolCredentials(teamPrincipal(values.team ?? ''), `--team ${values.team ?? ''}`);
  const kafka = createKafkaClient({
    clientId: 'subscribe',
    logger,
    ...(credentials ? { credentials } : {}),
  });
  // The broker creates no topic on its own: make this one as the catalogue declares it, if no dispatch made it yet.
  await new TopicProvisioner({ kafka, logger }).ensure([topic]);
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });

  const stop = async (): Promise<void> => {
    await consumer.disconnect();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());

  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: values['from-beginning'] });
  console.log(
    `listening on ${topic} at ${kafkaBrokersFromEnv().join(',')} as group ${groupId} (Ctrl-C to stop)`,
  );
  await consumer.run({
    eachMessage: async ({ message, partition }) => {
      try {
        const event = assertKnownEvent(
          fromKafkaRecord({ value: message.value, headers: message.headers }),
          'appealDispatched',
        );
        const { data } = event;
        console.log(
          [
            `${event.time}  ${event.type}  appeal ${data.appealId}`,
            `  ${data.title}  [${data.category}, ${data.handlingMode}]  role ${data.role}`,
            `  due ${data.dueAt}${data.acknowledgeBy ? `, report in (报到) by ${data.acknowledgeBy}` : ''}`,
            `  acknowledge: mutation { acknowledgeDispatch(appealId: "${data.appealId}", departmentCode: "${data.target.code}") { id } }`,
          ].join('\n'),
        );
      } catch (error) {
        console.error(
          `skipping partition ${partition} offset ${message.offset}: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    },
  });
}

void main();
