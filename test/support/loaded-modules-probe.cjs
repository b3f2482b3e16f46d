// Preloaded (`node --require`) into a server started by a test: answers the IPC message
// 'loaded-modules' with the files in require.cache and the number of worker threads started so
// far, so that a test can check what the app loads at start and what only on first use.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- CommonJS, preloaded with node --require
const workerThreads = require('node:worker_threads');

let workersStarted = 0;
const OriginalWorker = workerThreads.Worker;
workerThreads.Worker = class CountedWorker extends OriginalWorker {
  constructor(...args) {
    super(...args);
    workersStarted++;
  }
};

process.on('message', (message) => {
  if (message === 'loaded-modules') process.send({ modules: Object.keys(require.cache), workersStarted });
});
