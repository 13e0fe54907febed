#!/usr/bin/env node
// The CLI runs the TypeScript sources directly (through tsx), so it always matches the app's exporter.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

register();
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { runCli } = await import('../src/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2), join(root, 'public/packs'), {
  stdout: (line) => console.log(line),
  stderr: (line) => console.error(line),
});
