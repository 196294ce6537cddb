export {
  readTopics,
  type ReceivedRecord,
  recordEndOffsets,
  type StartOffsets,
  topicEndOffsets,
  type TopicReader,
} from './topic-reader';
