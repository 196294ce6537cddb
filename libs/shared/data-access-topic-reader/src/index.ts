export {
  readTopics,
  type ReceivedRecord,
  recordEndOffsets,
  type StartOffsets,
  type TopicReader,
} from './topic-reader';
