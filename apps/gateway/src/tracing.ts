// main.ts imports this first: HTTP and GraphQL are traced only when loaded after tracing starts
// (when OTEL_* configure an exporter, see libs/shared/util-tracing).
import { startTracing } from '@erqi/shared/util-tracing';

startTracing('gateway');
