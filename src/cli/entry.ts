/**
 * What the command's bundle (dist/cli/tonecheck.cjs) exports: the command
 * itself, and the batch checker the pool's worker threads run.
 */
export { main, type CliIO } from './main.js';
export { default as checkBatch } from './pool-worker.js';
export { setImporter } from '../config/import-module.js';
export { exportPatternAnalyses, preloadPatternAnalyses } from '../kinds/pattern.js';
