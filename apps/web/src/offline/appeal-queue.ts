/**
 * 待发送: appeals filed on this device wait here until the server has them. A record is written
 * before anything is sent, keyed by a client-made id the server uses to refuse a second copy; its
 * photos go up first (their ids kept, so a retry does not upload them again), then `submitAppeal`.
 * The record is deleted only once the server answered with the appeal.
 */

/** What the person filed, as the form held it. */
export interface AppealDraft {
  enterpriseId: string;
  /** Shown in the lists while the appeal waits. */
  enterpriseName: string;
  title: string;
  description: string;
  category: string;
  handlingMode: 'URGENT' | 'LEDGER' | 'JOINT' | 'TRACKED';
  /**
   * Only in records queued by older versions of the app, which still named it; the server sets the
   * channel from who files, and accepts the filer's own.
   */
  channel?: 'ENTERPRISE_APP' | 'GRID_WORKER';
}

/** A photo already compressed on the device, and its id on the server once uploaded. */
export interface QueuedPhoto {
  blob: Blob;
  contentType: string;
  uploadedId?: string;
}

/** Why the server refused the appeal: for the person to fix, never retried as it is. */
export interface QueueFailure {
  code: string;
  field?: string;
  message: string;
}

export interface QueuedAppeal {
  /** The client request id (crypto.randomUUID), the record's key. */
  id: string;
  draft: AppealDraft;
  photos: QueuedPhoto[];
  /** ISO time it was filed on the device. */
  createdAt: string;
  /** `pending`: waiting to be sent (or to be sent again); `failed`: refused, see `failure`. */
  state: 'pending' | 'failed';
  failure?: QueueFailure;
  attempts: number;
  /** Epoch ms before which a retry is not tried (backoff after a network error). */
  retryAfter: number;
}

/** Where records are kept: IndexedDB in the browser, a Map in the specs. */
export interface QueueStore {
  put(record: QueuedAppeal): Promise<void>;
  get(id: string): Promise<QueuedAppeal | undefined>;
  all(): Promise<QueuedAppeal[]>;
  delete(id: string): Promise<void>;
}

/** The server refused what was sent (bad input, not allowed): the person must change something. */
export class Refused extends Error {
  constructor(readonly failure: QueueFailure) {
    super(failure.message);
  }
}

/** How the queue talks to the server. Throws `Refused` for a refusal; anything else is retried. */
export interface QueueTransport {
  uploadPhoto(photo: QueuedPhoto): Promise<string>;
  submit(clientRequestId: string, draft: AppealDraft, photoIds: string[]): Promise<{ id: string }>;
}

/** Backoff after a network error: 5 s, 10 s, 20 s … up to 5 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempts - 1), 300_000);
}

export interface AppealQueueOptions {
  store: QueueStore;
  transport: QueueTransport;
  now?: () => number;
  newId?: () => string;
}

export type QueueListener = (records: QueuedAppeal[]) => void;

export class AppealQueue {
  private readonly listeners = new Set<QueueListener>();
  private flushing: Promise<number> | undefined;
  private readonly now: () => number;
  private readonly newId: () => string;

  constructor(private readonly options: AppealQueueOptions) {
    this.now = options.now ?? (() => Date.now());
    this.newId = options.newId ?? (() => crypto.randomUUID());
  }

  /** Writes the appeal to the store first; sending is the caller's next step (`flush`). */
  async enqueue(
    draft: AppealDraft,
    photos: Array<Omit<QueuedPhoto, 'uploadedId'>>,
  ): Promise<QueuedAppeal> {
    const record: QueuedAppeal = {
      id: this.newId(),
      draft,
      photos: photos.map((photo) => ({ blob: photo.blob, contentType: photo.contentType })),
      createdAt: new Date(this.now()).toISOString(),
      state: 'pending',
      attempts: 0,
      retryAfter: 0,
    };
    await this.options.store.put(record);
    await this.changed();
    return record;
  }

  /** A failed record, corrected by the person: sent again under the same id. */
  async retry(id: string, draft: AppealDraft): Promise<void> {
    const record = await this.options.store.get(id);
    if (!record) return;
    const { failure: _failure, ...rest } = record;
    await this.options.store.put({ ...rest, draft, state: 'pending', retryAfter: 0 });
    await this.changed();
  }

  /** Gives up on a record (the person discards it). */
  async discard(id: string): Promise<void> {
    await this.options.store.delete(id);
    await this.changed();
  }

  records(): Promise<QueuedAppeal[]> {
    return this.options.store.all();
  }

  subscribe(listener: QueueListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Sends every pending record whose backoff has passed, one at a time; answers how many the server
   * now has. Calls made while a flush runs wait for it rather than sending the same record twice.
   */
  flush(): Promise<number> {
    this.flushing ??= this.sendDue().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  /** When the next retry is due (epoch ms), if any record waits on a backoff. */
  async nextRetryAt(): Promise<number | undefined> {
    const waiting = (await this.options.store.all()).filter(
      (record) => record.state === 'pending' && record.retryAfter > this.now(),
    );
    return waiting.length ? Math.min(...waiting.map((record) => record.retryAfter)) : undefined;
  }

  private async sendDue(): Promise<number> {
    let sent = 0;
    const due = (await this.options.store.all())
      .filter((record) => record.state === 'pending' && record.retryAfter <= this.now())
      .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const record of due) {
      if (await this.send(record)) sent += 1;
    }
    return sent;
  }

  private async send(record: QueuedAppeal): Promise<boolean> {
    const { store, transport } = this.options;
    try {
      for (const photo of record.photos) {
        if (photo.uploadedId) continue;
        photo.uploadedId = await transport.uploadPhoto(photo);
        // Kept at once: a retry after a later failure must not upload this photo again.
        await store.put(record);
      }
      const photoIds = record.photos.map((photo) => photo.uploadedId ?? '');
      await transport.submit(record.id, record.draft, photoIds);
      await store.delete(record.id);
      await this.changed();
      return true;
    } catch (error) {
      if (error instanceof Refused) {
        await store.put({ ...record, state: 'failed', failure: error.failure });
      } else {
        const attempts = record.attempts + 1;
        await store.put({ ...record, attempts, retryAfter: this.now() + backoffMs(attempts) });
      }
      await this.changed();
      return false;
    }
  }

  private async changed(): Promise<void> {
    if (this.listeners.size === 0) return;
    const records = await this.options.store.all();
    this.listeners.forEach((listener) => listener(records));
  }
}
