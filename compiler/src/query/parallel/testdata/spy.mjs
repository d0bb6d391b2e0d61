// Loaded into weftc with `node --import`: reports on stderr every worker thread created and
// whether tinypool is resolved, so a test can prove that -Zthreads=1 does neither.
import { register, syncBuiltinESMExports } from 'node:module';
import { writeSync } from 'node:fs';
import workerThreads from 'node:worker_threads';

const Original = workerThreads.Worker;
workerThreads.Worker = class extends Original {
  constructor(...args) {
    writeSync(2, '[spy] worker created\n');
    super(...args);
  }
};
syncBuiltinESMExports();

const hooks = `
import { writeSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  if (specifier === 'tinypool') writeSync(2, '[spy] tinypool loaded\\n');
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`);
