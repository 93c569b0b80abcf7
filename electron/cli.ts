/**
 * The `overstap` command line (`npm run --silent cli -- …`). A thin door: see cli/run.ts.
 */
import { runCli } from './cli/run';
import { readSecretFromStdin } from './cli/secret';

runCli(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readSecret: readSecretFromStdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`Internal error: ${String(error)}\n`);
    process.exitCode = 3;
  },
);
