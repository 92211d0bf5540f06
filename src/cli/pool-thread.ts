/** A worker thread of the pool (dist/cli/pool-worker.js): the bundle's batch checker. */
import { loadCommand } from './boot.js';

export default loadCommand().checkBatch;
