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
  // The kernel writes thousands of new files out in the background for a while: done first, it
  // takes no CPU from the timed runs (a run on both cores would lose more of it than one on one).
  spawnSync('sync');
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
    // Best of five: on a shared machine the fastest run is the one least disturbed by others.
    const runs = 5;
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

// A 10 MB library of separate files: worker pool against one thread, and a cached re-run against the first.
// Each series runs best of three, interleaved so load on the machine hits both alike.
let library10;
async function tenMegabyteLibrary() {
  library10 ??= await writeLibrary(10 << 20, join(work, 'library-10mb')).then((info) => ({ ...info, folder: join(work, 'library-10mb') }));
  return library10;
}

benchmarks.parallel = async function parallel() {
  const { folder, files, size } = await tenMegabyteLibrary();
  const args = ['--no-color', '--no-config', '--format', 'json', folder];
  const serial = [];
  const pooled = [];
  for (let i = 0; i < 3; i++) {
    serial.push(time([bin, ...args, '--concurrency', 'off']));
    pooled.push(time([bin, ...args, '--concurrency', 'auto']));
  }
  const [one, many] = [Math.min(...serial), Math.min(...pooled)];
  console.log(
    `10 MB library (${files} files, ${(size / 1024 / 1024).toFixed(1)} MB): one thread ${ms(one)}, worker pool ${ms(many)} ` +
      `(${(one / many).toFixed(2)}x faster, best of 3 each)`,
  );
};

benchmarks.cache = async function cache() {
  const { folder, files } = await tenMegabyteLibrary();
  const first = [];
  const again = [];
  for (let i = 0; i < 3; i++) {
    const location = join(work, `cache-${i}`, '.tonecheckcache');
    const args = [bin, '--no-color', '--no-config', '--format', 'json', '--cache', '--cache-location', location, folder];
    first.push(time(args));
    again.push(time(args));
  }
  const [cold, warm] = [Math.min(...first), Math.min(...again)];
  console.log(
    `10 MB library (${files} files) with --cache: first run ${ms(cold)}, unchanged re-run ${ms(warm)} ` +
      `(${((warm / cold) * 100).toFixed(1)}% of the first, best of 3 each)`,
  );
};

// A helpdesk export of 2,000 canned responses in one JSON file (Zendesk macros shape), every entry checked:
// as a user runs it (split among the worker pool only from 4 MB), and on one thread. Interleaved, best of three.
benchmarks.formats = async function formats() {
  const { email } = await import(pathToFileURL(generator).href);
  const macros = Array.from({ length: 2000 }, (_, i) => ({
    id: 360000 + i,
    title: `Macro ${i + 1}`,
    actions: [{ field: 'comment_value', value: email() }],
  }));
  const file = join(work, 'zendesk-macros.json');
  writeFileSync(file, JSON.stringify({ macros, count: macros.length }, null, 2));
  const args = [bin, '--no-color', '--no-config', '--format', 'json', file];
  const pooled = [];
  const serial = [];
  for (let i = 0; i < 3; i++) {
    pooled.push(time(args));
    serial.push(time([...args, '--concurrency', 'off']));
  }
  const kb = JSON.stringify(macros).length / 1024;
  console.log(
    `2,000-entry JSON export (${kb.toFixed(0)} KB): ${ms(Math.min(...pooled))} ` +
      `(one thread: ${ms(Math.min(...serial))}), best of 3 each`,
  );
};

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
try {
  for (const [name, run] of Object.entries(benchmarks)) {
    if (wanted.length === 0 || wanted.includes(name)) await run();
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
