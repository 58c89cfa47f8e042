export { startPeriodicWorker, type PeriodicWorker, type PeriodicOptions } from './periodic-worker.ts';
