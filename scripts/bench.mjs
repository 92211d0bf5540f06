#!/usr/bin/env node
// Speed and memory figures, printed, never asserted: machines are noisy.
//   npm run bench                 all benchmarks
//   npm run bench -- cold corpus  only those named
// The synthetic corpus comes from ../shared/bench/gen-corpus.mjs (or $TONECHECK_BENCH_CORPUS_GEN).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin', 'tonecheck.js');
const generator = process.env.TONECHECK_BENCH_CORPUS_GEN ?? resolve(root, '..', 'shared', 'bench', 'gen-corpus.mjs');
const work = mkdtempSync(join(tmpdir(), 'tonecheck-bench-'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(0)} ms`;

/** Wall time of one command, in ms; the exit code is checked so a crash is not timed as a run. */
function time(args, { input } = {}) {
  const t0 = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { input, encoding: 'utf8', maxBuffer: 1 << 30 });
  const elapsed = Number(process.hrtime.bigint() - t0) / 1e6;
  if (run.status === 2 || run.status === null) {
    throw new Error(`node ${args.join(' ')} failed (${run.status}): ${run.stderr.split('\n')[0]}`);
  }
  return elapsed;
}

/** Peak resident memory of one run in MB, where GNU time is installed (else undefined). */
function peakMemory(args) {
  const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const kb = Number(run.stderr?.trim().split('\n').at(-1));
  return run.error || !Number.isFinite(kb) ? undefined : (kb / 1024).toFixed(0);
}

/** Splits the deterministic corpus into one file per email, the shape of a canned-response library. */
async function writeLibrary(bytes, folder) {
  const { email } = await import(pathToFileURL(generator).href);
  mkdirSync(folder, { recursive: true });
  let size = 0;
  let n = 0;
  while (size < bytes) {
    const text = `${email()}\n`;
    writeFileSync(join(folder, `reply-${String(n++).padStart(5, '0')}.txt`), text);
    size += Buffer.byteLength(text);
  }
  return { files: n, size };
}

const benchmarks = {
  async cold() {
    const draft = join(work, 'draft.txt');
    const text =
      'Hi Sam,\n\nUnfortunately we are unable to refund the order. As I already explained, you should have checked the size chart. ' +
      'I understand how frustrating this is, and I want to make it right: I have sent a prepaid return label to your email, and ' +
      'the exchange will ship as soon as the parcel is scanned. Most exchanges arrive within 3 business days.\n\n' +
      'Here is what you can do:\n1. Print the label\n2. Drop the parcel at any post office\n\n' +
      'Let me know if there is anything else I can help with.\n\nBest regards,\nAna\nCustomer Support\n\n' +
      '> I ordered the wrong size and nobody answers my emails. This is ridiculous!\n';
    writeFileSync(draft, text.repeat(Math.max(1, Math.round(1024 / text.length))));
    const runs = 21;
    time([bin, '--no-color', draft]); // warm the file cache
    // Interleaved, so a burst of load on the machine hits both series alike.
    const base = [];
    const cli = [];
    for (let i = 0; i < runs; i++) {
      base.push(time(['-e', '0']));
      cli.push(time([bin, '--no-color', draft]));
    }
    console.log(
      `cold start, 1 KB draft:   median ${ms(median(cli))} over ${runs} runs ` +
        `(node -e 0: ${ms(median(base))}, so tonecheck's own share is ${ms(median(cli) - median(base))})`,
    );
  },

  async corpus() {
    const folder = join(work, 'library-1mb');
    const { files, size } = await writeLibrary(1 << 20, folder);
    const runs = 3;
    const times = Array.from({ length: runs }, () => time([bin, '--no-color', '--format', 'json', folder]));
    const best = Math.min(...times);
    const rss = peakMemory([bin, '--no-color', '--format', 'json', folder]);
    console.log(
      `1 MB library (${files} files, ${(size / 1024).toFixed(0)} KB): ` +
        `best ${ms(best)} of ${runs} runs, ${((size / 1024 / 1024) / (best / 1000)).toFixed(2)} MB/s` +
        (rss ? `, peak memory ${rss} MB` : ''),
    );
  },
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
try {
  for (const [name, run] of Object.entries(benchmarks)) {
    if (wanted.length === 0 || wanted.includes(name)) await run();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
