// Run by tracing-bench.ts with --expose-gc: the memory startTracing adds to a process that has
// already loaded what a service loads anyway (http, pg, graphql), as RSS and heap after full GCs.
import 'node:http';
import 'pg';
import 'graphql';
import { startTracing } from '@erqi/shared/util-tracing';

function settled(): NodeJS.MemoryUsage {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with node --expose-gc');
  gc();
  gc();
  return process.memoryUsage();
}

const before = settled();
const on = startTracing('bench', { env: process.env });
const after = settled();
process.stdout.write(
  `${JSON.stringify({ on, rssBytes: after.rss - before.rss, heapBytes: after.heapUsed - before.heapUsed })}\n`,
);
