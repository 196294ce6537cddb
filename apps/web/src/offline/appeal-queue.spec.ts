import {
  type AppealDraft,
  AppealQueue,
  backoffMs,
  type QueuedAppeal,
  type QueueStore,
  type QueueTransport,
  Refused,
} from './appeal-queue';

class MemoryStore implements QueueStore {
  readonly records = new Map<string, QueuedAppeal>();
  async put(record: QueuedAppeal): Promise<void> {
    this.records.set(record.id, structuredClone(record));
  }
  async get(id: string): Promise<QueuedAppeal | undefined> {
    const record = this.records.get(id);
    return record ? structuredClone(record) : undefined;
  }
  async all(): Promise<QueuedAppeal[]> {
    return [...this.records.values()].map((record) => structuredClone(record));
  }
  async delete(id: string): Promise<void> {
    this.records.delete(id);
  }
}

/** A server that records what it received; `next` decides how each call ends. */
class FakeServer implements QueueTransport {
  uploads = 0;
  submissions: Array<{ clientRequestId: string; photoIds: string[] }> = [];
  failUpload: Error | undefined;
  failSubmit: Error | undefined;
  async uploadPhoto(): Promise<string> {
    if (this.failUpload) throw this.failUpload;
    this.uploads += 1;
    return `photo-${this.uploads}`;
  }
  async submit(clientRequestId: string, _draft: AppealDraft, photoIds: string[]) {
    if (this.failSubmit) throw this.failSubmit;
    this.submissions.push({ clientRequestId, photoIds });
    return { id: `appeal-for-${clientRequestId}` };
  }
}

const draft: AppealDraft = {
  enterpriseId: 'e1',
  enterpriseName: '河南八方顺亿实业有限公司',
  title: '厂区门口路灯损坏',
  description: '晚班下班路段无照明',
  category: 'SURROUNDINGS',
  handlingMode: 'URGENT',
  channel: 'GRID_WORKER',
};
const photo = () => ({ blob: new Blob(['jpeg']), contentType: 'image/jpeg' });

function setUp() {
  const store = new MemoryStore();
  const server = new FakeServer();
  let now = 1_000_000;
  let ids = 0;
  const queue = new AppealQueue({
    store,
    transport: server,
    now: () => now,
    newId: () => `00000000-0000-4000-8000-00000000000${++ids}`,
  });
  return { store, server, queue, advance: (ms: number) => (now += ms) };
}

describe('the offline appeal queue (待发送)', () => {
  it('keeps the appeal on the device before anything is sent, then sends photos first and deletes it once the server has it', async () => {
    const { store, server, queue } = setUp();
    const record = await queue.enqueue(draft, [photo(), photo()]);
    expect((await store.all()).map((r) => r.state)).toEqual(['pending']);
    expect(server.submissions).toEqual([]);

    expect(await queue.flush()).toBe(1);
    expect(server.submissions).toEqual([
      { clientRequestId: record.id, photoIds: ['photo-1', 'photo-2'] },
    ]);
    expect(await store.all()).toEqual([]);
  });

  it('on a network error keeps the record, with the uploaded photo ids, and does not upload them again', async () => {
    const { store, server, queue, advance } = setUp();
    await queue.enqueue(draft, [photo(), photo()]);
    server.failSubmit = new TypeError('Failed to fetch');
    expect(await queue.flush()).toBe(0);
    const [kept] = await store.all();
    expect(kept?.state).toBe('pending');
    expect(kept?.photos.map((p) => p.uploadedId)).toEqual(['photo-1', 'photo-2']);

    server.failSubmit = undefined;
    advance(backoffMs(1));
    expect(await queue.flush()).toBe(1);
    expect(server.uploads).toBe(2);
    expect(server.submissions).toHaveLength(1);
  });

  it('waits out the backoff before trying again, longer each time', async () => {
    const { server, queue, advance } = setUp();
    await queue.enqueue(draft, []);
    server.failSubmit = new TypeError('Failed to fetch');
    await queue.flush();
    await queue.flush();
    expect(server.submissions).toHaveLength(0);
    advance(backoffMs(1));
    await queue.flush();
    advance(backoffMs(1));
    server.failSubmit = undefined;
    // Second failure doubled the wait: 5 s more is not enough.
    expect(await queue.flush()).toBe(0);
    advance(backoffMs(2));
    expect(await queue.flush()).toBe(1);
    expect(backoffMs(1)).toBe(5_000);
    expect(backoffMs(2)).toBe(10_000);
    expect(backoffMs(30)).toBe(300_000);
  });

  it('marks a refused appeal failed with the reason and never sends it again on its own', async () => {
    const { store, server, queue, advance } = setUp();
    const record = await queue.enqueue(draft, []);
    server.failSubmit = new Refused({
      code: 'BAD_USER_INPUT',
      field: 'title',
      message: 'title must be 1 to 200 characters',
    });
    await queue.flush();
    const [failed] = await store.all();
    expect(failed?.state).toBe('failed');
    expect(failed?.failure).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'title',
      message: 'title must be 1 to 200 characters',
    });
    server.failSubmit = undefined;
    advance(3_600_000);
    expect(await queue.flush()).toBe(0);

    // Corrected by the person, it goes again under the same client request id.
    await queue.retry(record.id, { ...draft, title: '路灯损坏' });
    expect(await queue.flush()).toBe(1);
    expect(server.submissions.map((s) => s.clientRequestId)).toEqual([record.id]);
  });

  it('sends a record once when flushes overlap (the online event and app start at the same moment)', async () => {
    const { server, queue } = setUp();
    await queue.enqueue(draft, [photo()]);
    // Both callers are told of the one send.
    expect(await Promise.all([queue.flush(), queue.flush()])).toEqual([1, 1]);
    expect(server.submissions).toHaveLength(1);
    expect(server.uploads).toBe(1);
  });

  it('tells its listeners what waits, so the lists show 待发送 until it is sent', async () => {
    const { queue } = setUp();
    const seen: number[] = [];
    queue.subscribe((records) => seen.push(records.length));
    await queue.enqueue(draft, []);
    await queue.flush();
    expect(seen).toEqual([1, 0]);
  });
});
