import { AsyncLocalStorage } from 'node:async_hooks';

const scope = new AsyncLocalStorage<true>();

/** Runs `work` as part of answering a request, so that what it causes can be told from background work. */
export function runInRequest<T>(work: () => T): T {
  return scope.run(true, work);
}

/** Whether the caller is answering a request (as opposed to an outbox relay or a consumer loop). */
export function isInRequest(): boolean {
  return scope.getStore() === true;
}
