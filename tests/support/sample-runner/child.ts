// The sample runner's child: node with tsx, in the samples' project. It runs each TypeScript file it is sent,
// one at a time, as `node --import tsx file.ts` would (its top-level awaits settle before the next one starts),
// and sends back what node would have shown: the exit code (1 for an error the file throws, printed as node
// prints an uncaught one) and everything the file printed.
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import type { SampleJob, SampleResult } from './index.js';

let queue = Promise.resolve();
process.on('message', (job: SampleJob) => {
  queue = queue.then(() => runOne(job));
});
// The test process is gone: nothing is left to run for.
process.on('disconnect', () => process.exit(0));

async function runOne(job: SampleJob): Promise<void> {
  let output = '';
  const capture = (chunk: string | Uint8Array): boolean => {
    output += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString();
    return true;
  };
  const { stdout, stderr } = { stdout: process.stdout.write, stderr: process.stderr.write };
  process.stdout.write = capture;
  process.stderr.write = capture;
  const previous = Object.fromEntries(Object.keys(job.env).map((name) => [name, process.env[name]]));
  Object.assign(process.env, job.env);
  let code = 0;
  try {
    await import(pathToFileURL(job.file).href);
  } catch (error) {
    code = 1;
    output += `${inspect(error)}\n`;
  } finally {
    process.stdout.write = stdout;
    process.stderr.write = stderr;
    for (const [name, value] of Object.entries(previous)) {
      if (value === undefined) Reflect.deleteProperty(process.env, name);
      else process.env[name] = value;
    }
  }
  process.send!({ id: job.id, code, output } satisfies SampleResult);
}
