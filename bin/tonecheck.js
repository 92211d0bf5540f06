#!/usr/bin/env node
import { loadCommand } from '../dist/cli/boot.js';

const code = await loadCommand().main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});

// Exit as soon as the output is out, rather than when V8's background compiler has wound
// down, which takes tens of milliseconds after a short run.
const flushed = (stream) => (stream.writableLength === 0 ? undefined : new Promise((done) => stream.once('drain', done)));
await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
process.exit(code);
