import { connect } from 'node:net';
import { requests } from 'kafkajs/src/protocol/requests';
import apiKeys from 'kafkajs/src/protocol/requests/apiKeys';

export interface VersionRange {
  min: number;
  max: number;
}

const API_VERSIONS_KEY = 18;

/**
 * The request versions a broker accepts, from an ApiVersions v0 request (the one every broker
 * answers) over a plain TCP connection: apiKey → range.
 */
export function fetchBrokerApiVersions(
  host: string,
  port: number,
  timeoutMs = 5_000,
): Promise<Map<number, VersionRange>> {
  return new Promise((resolve, reject) => {
    const clientId = Buffer.from('tools-kafka-api-versions');
    const header = Buffer.alloc(10);
    header.writeInt16BE(API_VERSIONS_KEY, 0);
    header.writeInt16BE(0, 2); // version
    header.writeInt32BE(1, 4); // correlation id
    header.writeInt16BE(clientId.length, 8);
    const request = Buffer.concat([header, clientId]);
    const size = Buffer.alloc(4);
    size.writeInt32BE(request.length);

    let received = Buffer.alloc(0);
    const socket = connect({ host, port }, () => socket.write(Buffer.concat([size, request])));
    socket.setTimeout(timeoutMs, () =>
      socket.destroy(new Error(`no ApiVersions answer from ${host}:${port}`)),
    );
    socket.once('error', reject);
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk]);
      if (received.length < 4 || received.length < 4 + received.readInt32BE(0)) return;
      socket.end();
      // size, correlation id, error code, [api key, min, max]
      const errorCode = received.readInt16BE(8);
      if (errorCode !== 0) {
        reject(new Error(`ApiVersions answered error code ${errorCode}`));
        return;
      }
      const ranges = new Map<number, VersionRange>();
      const count = received.readInt32BE(10);
      for (let index = 0, offset = 14; index < count; index += 1, offset += 6) {
        ranges.set(received.readInt16BE(offset), {
          min: received.readInt16BE(offset + 2),
          max: received.readInt16BE(offset + 4),
        });
      }
      resolve(ranges);
    });
  });
}

/**
 * Every request kafkajs implements that this broker would refuse: kafkajs sends the lower of its own
 * highest version and the broker's highest, so a broker whose lowest version is above kafkajs'
 * highest (what KIP-896 did to old clients in Kafka 4.0) cannot serve it.
 */
export function kafkajsVersionGaps(broker: ReadonlyMap<number, VersionRange>): string[] {
  const gaps: string[] = [];
  for (const [name, apiKey] of Object.entries(apiKeys)) {
    const implemented = (requests[name]?.versions ?? []).map(Number);
    if (implemented.length === 0) continue;
    const kafkajsHighest = Math.max(...implemented);
    const range = broker.get(apiKey);
    if (!range) {
      gaps.push(`${name} (key ${apiKey}): not served by the broker`);
    } else if (Math.min(kafkajsHighest, range.max) < range.min) {
      gaps.push(
        `${name} (key ${apiKey}): kafkajs sends v${Math.min(kafkajsHighest, range.max)}, broker accepts v${range.min}-v${range.max}`,
      );
    }
  }
  return gaps;
}
