'use strict';
// Preloaded (`node -r`) into the processes a benchmark starts (API, worker, bare server): when the benchmark
// process dies without cleaning up (SIGKILL, crash), this process is re-parented and exits too, so an aborted run
// never leaves a server listening or a worker consuming.
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
