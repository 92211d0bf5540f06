#!/usr/bin/env node
// CommonJS (see package.json here): Node starts it without its ES module loader.
'use strict';
const { loadCommand } = require('../dist/cli/boot.cjs');

loadCommand()
  .main({
    argv: process.argv.slice(2),
    // Made on first use: setting up stdin costs a little at every start, and most runs name files.
    get stdin() {
      return process.stdin;
    },
    stdout: process.stdout,
    stderr: process.stderr,
    cwd: process.cwd(),
    env: process.env,
  })
  .then(async (code) => {
    // Exit as soon as the output is out, rather than when V8's background compiler has wound
    // down, which takes tens of milliseconds after a short run.
    const flushed = (stream) => (stream.writableLength === 0 ? undefined : new Promise((done) => stream.once('drain', done)));
    await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
    process.exit(code);
  });
