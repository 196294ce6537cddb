export { type AppealLoad, LOAD_TARGETS, startAppealLoad } from './appeal-load';
export { countDispatches, deadLetterTotals, type FaultCounts, openLedger } from './dispatch-ledger';
export { faultsIn, runFaultScenarios, type ScenarioResult, stopFaultRuns } from './fault-run';
export {
  appealServiceKilled,
  brokerStopped,
  type FaultContext,
  type FaultOutcome,
  type FaultScenario,
  postgresRestarted,
  replicasKilled,
} from './fault-scenarios';
export { type PrivateKafka, privateKafka } from './private-kafka';
export { type QueryCounts, type QueryLoad, startQueryLoad } from './query-load';
