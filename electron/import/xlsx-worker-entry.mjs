// Runs the TypeScript XLSX worker from source (CLI, twin and tests under tsx). The bundle uses xlsx-worker.cjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./xlsxWorker.ts');
