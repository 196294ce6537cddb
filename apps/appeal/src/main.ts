import 'reflect-metadata';
import { runSubgraphMain } from '@erqi/shared/feature-subgraph-server';
import { seedAppeal } from './seed';
import { createAppealSubgraph, DEFAULT_ACKNOWLEDGEMENT_WINDOW_MS } from './subgraph';

/** `ACKNOWLEDGEMENT_WINDOW_MINUTES`: how long a department has to report in (报到) after a dispatch. */
function acknowledgementWindowMs(value = process.env['ACKNOWLEDGEMENT_WINDOW_MINUTES']): number {
  if (value === undefined || value === '') return DEFAULT_ACKNOWLEDGEMENT_WINDOW_MS;
  const minutes = Number(value);
  if (!Number.isFinite(minutes) || minutes <= 0) throw new RangeError(`ACKNOWLEDGEMENT_WINDOW_MINUTES must be a positive number of minutes, not "${value}"`);
  return minutes * 60_000;
}

/** The appeal subgraph: appeals (郑好拍) with their categories, deadlines, timelines and dispatches, and its outbox relay. Port 4003. */
void runSubgraphMain({
  name: 'appeal',
  defaultPort: 4003,
  create: ({ target, statements, kafka, logger }) =>
    createAppealSubgraph(target, { sqlLogger: statements, kafka, logger, acknowledgementWindowMs: acknowledgementWindowMs() }),
  seed: { table: 'appeal', run: (dataSource) => seedAppeal(dataSource) },
});
