#!/usr/bin/env node
import { loadCommand } from '../dist/cli/boot.js';

process.exitCode = await loadCommand().main({
  argv: process.argv.slice(2),
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  cwd: process.cwd(),
  env: process.env,
});
