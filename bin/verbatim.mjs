#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/ by `npm install` (the prepare script) or `npm run build`.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/verbatim.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write('verbatim: the CLI is not built yet; run `npm install` or `npm run build` first.\n');
  process.exit(2);
}
const { main } = await import(bundle);
process.exitCode = await main(process.argv.slice(2));
