export { type CloudEvent, createCloudEvent, fromKafkaRecord, type KafkaRecord, MalformedEvent, toKafkaRecord } from './cloud-event';
export { buildAsyncApiDocument } from './asyncapi';
export {
  AppealAcknowledgedData,
  AppealOverdueData,
  AppealTransitionData,
  SupervisionFindingData,
  AppealDispatchedData,
  AppealSubmittedData,
  assertKnownEvent,
  type EventData,
  type EventDefinition,
  type EventName,
  eventCatalogue,
  VolunteerTaskCreatedData,
} from './events';
export {
  APPEAL_LIFECYCLE_TOPIC,
  deadLetterTopic,
  departmentConsumerGroup,
  departmentDispatchTopic,
  SUPERVISION_ESCALATIONS_TOPIC,
  VOLUNTEER_LIFECYCLE_TOPIC,
  volunteerTeamDispatchTopic,
} from './topics';
