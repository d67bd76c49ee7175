/**
 * `npm run analyze -- FILE [options]`: the same pipeline as the extension, in a terminal.
 * Options and the --json shape are a contract (DESIGN.md): tools outside this repo use them.
 */
import { runAnalyze } from './cli/main';

const code = await runAnalyze(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
process.exitCode = code;
