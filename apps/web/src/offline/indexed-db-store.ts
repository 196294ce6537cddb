import type { QueuedAppeal, QueueStore } from './appeal-queue';

const DATABASE = 'erqi-offline';
const STORE = 'appeals';

function request<T>(operation: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    operation.onsuccess = () => resolve(operation.result);
    operation.onerror = () => reject(operation.error);
  });
}

/** The queue's records in IndexedDB (blobs included): they outlive a closed tab and a restart. */
export class IndexedDbQueueStore implements QueueStore {
  private database: Promise<IDBDatabase> | undefined;

  private open(): Promise<IDBDatabase> {
    this.database ??= new Promise((resolve, reject) => {
      const opening = indexedDB.open(DATABASE, 1);
      opening.onupgradeneeded = () => opening.result.createObjectStore(STORE, { keyPath: 'id' });
      opening.onsuccess = () => resolve(opening.result);
      opening.onerror = () => reject(opening.error);
    });
    return this.database;
  }

  private async store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    return (await this.open()).transaction(STORE, mode).objectStore(STORE);
  }

  async put(record: QueuedAppeal): Promise<void> {
    await request((await this.store('readwrite')).put(record));
  }

  async get(id: string): Promise<QueuedAppeal | undefined> {
    return request<QueuedAppeal | undefined>((await this.store('readonly')).get(id));
  }

  async all(): Promise<QueuedAppeal[]> {
    return request<QueuedAppeal[]>((await this.store('readonly')).getAll());
  }

  async delete(id: string): Promise<void> {
    await request((await this.store('readwrite')).delete(id));
  }
}
