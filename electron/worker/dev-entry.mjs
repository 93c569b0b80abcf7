// Runs the TypeScript worker from source (CLI, twin and tests under tsx). The bundle uses worker.cjs instead.
// Worker threads do not take --import in execArgv on Node 20, so tsx is registered here.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
