// Runs a TypeScript entry point (benchmarks, one-off tools) by bundling it with esbuild into a temp file first.
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  process.stderr.write('usage: node scripts/run-ts.mjs FILE.ts [ARGS...]\n');
  process.exit(2);
}
// Inside node_modules so the bundle's external packages resolve from the repo.
const cache = resolve('node_modules', '.cache', 'verbatim-run');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'run-'));
const outfile = join(dir, 'entry.mjs');
await build({
  entryPoints: [resolve(entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});
process.argv = [process.argv[0], resolve(entry), ...args];
try {
  await import(pathToFileURL(outfile).href);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
