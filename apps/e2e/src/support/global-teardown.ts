import type { RunningSystem } from './system';

// Jest loads global setup and teardown from a default export.
// eslint-disable-next-line no-restricted-syntax
export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __system?: RunningSystem }).__system?.stop();
}
