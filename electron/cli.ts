/**
 * The `overstap` command line (`npm run --silent cli -- …`). A thin door: see cli/run.ts.
 */
import { runCli } from './cli/run';

runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Internal error: ${String(error)}\n`);
    process.exitCode = 3;
  },
);
