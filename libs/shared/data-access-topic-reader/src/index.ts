export {
  readTopics,
  type ReceivedRecord,
  recordEndOffsets,
  sendSettled,
  type StartOffsets,
  topicEndOffsets,
  type TopicReader,
} from './topic-reader';
