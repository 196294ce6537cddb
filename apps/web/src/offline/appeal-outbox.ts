import { print } from 'graphql';
import { currentToken } from '../auth/session';
import { SubmitAppealDocument, type SubmitAppealMutation } from '../graphql/generated';
import {
  AppealQueue,
  type AppealDraft,
  type QueuedPhoto,
  type QueueTransport,
  Refused,
} from './appeal-queue';
import { IndexedDbQueueStore } from './indexed-db-store';

/** Answers that say the input or the right to file is wrong: sending it again changes nothing. */
const REFUSALS = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
]);

interface ErrorBody {
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

function authorization(): Record<string, string> {
  const token = currentToken();
  return token ? { authorization: `Bearer ${token}` } : {};
}

/** The gateway on this origin: `POST /photos` for each photo, then `submitAppeal`. */
export const httpTransport: QueueTransport = {
  async uploadPhoto(photo: QueuedPhoto): Promise<string> {
    const response = await fetch('/photos', {
      method: 'POST',
      headers: { ...authorization(), 'content-type': photo.contentType },
      body: photo.blob,
    });
    if (response.status === 201) return ((await response.json()) as { id: string }).id;
    const first = ((await response.json().catch(() => ({}))) as ErrorBody).errors?.[0];
    const code = first?.extensions?.code ?? `HTTP_${response.status}`;
    // 401 (signed out meanwhile), 429 and 5xx: later, not refused.
    if (
      response.status >= 400 &&
      response.status < 500 &&
      ![401, 408, 429].includes(response.status)
    )
      throw new Refused({ code, field: 'photos', message: first?.message ?? code });
    throw new Error(`photo upload answered ${response.status}`);
  },

  async submit(clientRequestId: string, draft: AppealDraft, photoIds: string[]) {
    const { enterpriseName: _name, ...input } = draft;
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { ...authorization(), 'content-type': 'application/json' },
      body: JSON.stringify({
        query: print(SubmitAppealDocument),
        variables: { input: { ...input, clientRequestId, photoIds } },
      }),
    });
    const body = (await response.json().catch(() => ({}))) as ErrorBody & {
      data?: SubmitAppealMutation | null;
    };
    const appeal = body.data?.submitAppeal;
    if (appeal) return { id: appeal.id };
    const first = body.errors?.[0];
    const code = first?.extensions?.code;
    if (first && code && REFUSALS.has(code))
      throw new Refused({
        code,
        message: first.message,
        ...(first.extensions?.field ? { field: first.extensions.field } : {}),
      });
    throw new Error(`submitAppeal answered ${response.status} ${code ?? ''}`);
  },
};

/** The one queue of this device. */
export const appealOutbox = new AppealQueue({
  store: new IndexedDbQueueStore(),
  transport: httpTransport,
});

let started = false;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Sends what waits, then sets a timer for the next backoff, if any. */
export async function flushOutbox(): Promise<void> {
  if (!navigator.onLine || !currentToken()) return;
  await appealOutbox.flush().catch(() => 0);
  const next = await appealOutbox.nextRetryAt();
  if (timer) clearTimeout(timer);
  timer =
    next === undefined
      ? undefined
      : setTimeout(() => void flushOutbox(), Math.max(0, next - Date.now()));
}

/** On app start: send what waited, and again whenever the network comes back. */
export function startAppealOutbox(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  window.addEventListener('online', () => void flushOutbox());
  void flushOutbox();
}
