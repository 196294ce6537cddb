import {
  type KafkaCredentials,
  readKafkaCredentials,
  resolveKafkaCredentials,
} from '@erqi/shared/data-access-events';
import { ADMIN_PRINCIPAL } from './kafka-security';

/**
 * The credentials a tool signs in with as `principal`; on this checkout's SASL broker, a principal
 * without them is told how to get them rather than refused by the broker a moment later.
 */
export function toolCredentials(
  principal: string,
  credentialsFlags: string,
): KafkaCredentials | undefined {
  const credentials = resolveKafkaCredentials(principal);
  if (!credentials && readKafkaCredentials(ADMIN_PRINCIPAL))
    throw new Error(
      `${principal} has no Kafka credentials yet: run npm run kafka:credentials -- ${credentialsFlags}`,
    );
  return credentials;
}
