// The sample runner's child: node with tsx, in the samples' project. It runs each TypeScript file it is sent,
// one at a time, as `node --import tsx file.ts` would (its top-level awaits settle before the next one starts),
// and sends back what node would have shown: the exit code (1 for an error the file throws, printed as node
// prints an uncaught one) and everything the file printed. Each file sees the HIPP_ variables it was sent and no
// others, and its fetch reaches 127.0.0.1 only: a sample that ignored HIPP_BASE_URL would go to production.
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';
import type { SampleJob, SampleResult } from './index.js';

// The client looks the global fetch up per call. The tests' servers listen on 127.0.0.1 alone.
const realFetch = globalThis.fetch;
globalThis.fetch = async (input, init) => {
  const url = new URL(input instanceof Request ? input.url : input);
  if (url.hostname !== '127.0.0.1') throw new Error(`the sample runner refuses ${url.origin}${url.pathname}: samples run against 127.0.0.1 only`);
  return realFetch(input, init);
};

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
  const names = new Set([...Object.keys(process.env).filter((name) => name.startsWith('HIPP_')), ...Object.keys(job.env)]);
  const previous = Object.fromEntries([...names].map((name) => [name, process.env[name]]));
  for (const name of names) Reflect.deleteProperty(process.env, name);
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
