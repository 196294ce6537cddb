import { useEffect, useRef, useState } from 'react';
import type { QueuedAppeal } from './appeal-queue';
import { appealOutbox, startAppealOutbox } from './appeal-outbox';

/**
 * The appeals waiting on this device (待发送 or refused), kept current; `onSent` runs when one
 * left the queue, so a list can fetch the server's copy.
 */
export function useQueuedAppeals(onSent?: () => void): QueuedAppeal[] {
  const [records, setRecords] = useState<QueuedAppeal[]>([]);
  const count = useRef(0);
  const sent = useRef(onSent);
  sent.current = onSent;
  useEffect(() => {
    startAppealOutbox();
    const take = (next: QueuedAppeal[]): void => {
      if (next.length < count.current) sent.current?.();
      count.current = next.length;
      setRecords([...next].sort((a, b) => b.createdAt.localeCompare(a.createdAt)));
    };
    void appealOutbox.records().then(take);
    return appealOutbox.subscribe(take);
  }, []);
  return records;
}
