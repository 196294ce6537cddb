import { parseArgs } from 'node:util';
import {
  createKafkaClient,
  kafkaBrokersFromEnv,
  TopicProvisioner,
} from '@erqi/shared/data-access-events';
import {
  createCloudEvent,
  departmentAcknowledgementTopic,
  departmentPrincipal,
  type DepartmentReportedInData,
  eventCatalogue,
  toKafkaRecord,
} from '@erqi/shared/util-event-catalogue';
import { createLogger } from '@erqi/shared/util-logging';
import { toolCredentials } from '../kafka/principal-credentials';

/**
 * `npm run acknowledge -- --department URBAN_MANAGEMENT --appeal <id> [--note text]`: reports in (报到)
 * on an appeal as a department's system would, by publishing `cn.erqi.department.reported-in` to the
 * department's own topic. A reference producer for department systems; see docs/EVENTS.md.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      department: { type: 'string' },
      appeal: { type: 'string' },
      note: { type: 'string' },
    },
  });
  if (!values.department || !values.appeal) {
    console.error(
      'usage: npm run acknowledge -- --department <CODE> --appeal <appeal id> [--note <text>]',
    );
    process.exit(2);
  }
  const topic = departmentAcknowledgementTopic(values.department);
  const data: DepartmentReportedInData = {
    appealId: values.appeal,
    departmentCode: values.department,
    reportedAt: new Date().toISOString(),
    ...(values.note ? { note: values.note } : {}),
  };
  const { type } = eventCatalogue.departmentReportedIn;
  const event = createCloudEvent({
    type,
    source: `/departments/${values.department}`,
    subject: values.appeal,
    data,
  });
  const logger = createLogger('acknowledge');
  // Signed in as the department: the broker lets it write its own acknowledgement topic only.
  const credentials = toolCredentials(
    departmentPrincipal(values.department),
    `--department ${values.department}`,
  );
  const kafka = createKafkaClient({
    clientId: `department-${values.department}`,
    logger,
    ...(credentials ? { credentials } : {}),
  });
  // The appeal service creates a department's topic when it learns of the department; this makes sure of it.
  await new TopicProvisioner({ kafka, logger }).ensure([topic]);
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
  });
  await producer.connect();
  try {
    // Keyed by the appeal, like every event about it.
    await producer.send({ topic, acks: -1, messages: [toKafkaRecord(event, values.appeal)] });
  } finally {
    await producer.disconnect();
  }
  console.log(
    `published ${type} ${event.id} for appeal ${values.appeal} to ${topic} at ${kafkaBrokersFromEnv().join(',')}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
