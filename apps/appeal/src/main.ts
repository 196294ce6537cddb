import 'reflect-metadata';
import { runSubgraphMain } from '@erqi/shared/feature-subgraph-server';
import { seedAppeal } from './seed';
import { DEFAULT_ESCALATION_SCAN_MS } from './escalation/escalation-watcher';
import { createAppealSubgraph } from './subgraph';
import { workflowOptionsFromEnv } from './policy/workflow-config';

/** `ESCALATION_SCAN_SECONDS`: how often the 督办 watcher looks for passed deadlines; 0 runs none (another replica does). */
function escalationScanMs(value = process.env['ESCALATION_SCAN_SECONDS']): number | undefined {
  if (value === undefined || value === '') return DEFAULT_ESCALATION_SCAN_MS;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`ESCALATION_SCAN_SECONDS must be 0 or a positive number of seconds, not "${value}"`);
  return seconds === 0 ? undefined : seconds * 1000;
}

/** The appeal subgraph: appeals (郑好拍) with their categories, deadlines, timelines and dispatches, and its outbox relay. Port 4003. */
void runSubgraphMain({
  name: 'appeal',
  defaultPort: 4003,
  create: ({ target, statements, kafka, logger }) =>
    createAppealSubgraph(target, { sqlLogger: statements, kafka, logger, escalationScanMs: escalationScanMs(), ...workflowOptionsFromEnv() }),
  seed: { table: 'appeal', run: (dataSource) => seedAppeal(dataSource) },
});
