import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/** What is known of the request being answered, wherever its work runs. */
export interface RequestScope {
  /** The caller's `x-request-id` when it sent a usable one, else one made here; logged on every line. */
  requestId: string;
}

const storage = new AsyncLocalStorage<RequestScope>();

/** A request id a caller may choose: short, printable, no spaces (it ends up in logs and headers). */
const USABLE_REQUEST_ID = /^[\w.:-]{1,128}$/;

/** The caller's id when usable (so one id follows a request from the gateway through a subgraph), else a new one. */
export function requestIdFrom(header: string | string[] | undefined): string {
  const candidate = Array.isArray(header) ? header[0] : header;
  return candidate !== undefined && USABLE_REQUEST_ID.test(candidate) ? candidate : randomUUID();
}

/** Runs `work` as part of answering a request, so that what it causes can be told from background work. */
export function runInRequest<T>(
  work: () => T,
  scope: RequestScope = { requestId: randomUUID() },
): T {
  return storage.run(scope, work);
}

/** Whether the caller is answering a request (as opposed to an outbox relay or a consumer loop). */
export function isInRequest(): boolean {
  return storage.getStore() !== undefined;
}

/** The request being answered, or undefined in background work. */
export function currentRequest(): RequestScope | undefined {
  return storage.getStore();
}

/** Runs `work` as background work even inside a request, e.g. the reads of a `/metrics` scrape, which answer no caller's question. */
export function runOutsideRequest<T>(work: () => T): T {
  return storage.exit(work);
}
