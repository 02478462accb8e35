// Bundles the Node-side entry points (main, preload, CLI) with esbuild; the renderer is built by Vite.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';

const cliOnly = process.argv.includes('--cli-only');
const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const define = { __VERBATIM_VERSION__: JSON.stringify(pkg.version) };
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  logLevel: 'warning',
  define,
};

const cli = build({
  ...common,
  entryPoints: ['electron/cli/verbatim.ts'],
  outfile: 'dist/cli/verbatim.mjs',
  format: 'esm',
  // Bundled CommonJS dependencies may call require(); give the ESM bundle one.
  banner: {
    js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
  },
});

const electronSide = cliOnly
  ? []
  : [
      build({
        ...common,
        entryPoints: ['electron/main.ts'],
        outfile: 'dist/main/main.cjs',
        format: 'cjs',
        external: ['electron'],
      }),
      // A sandboxed preload may require only 'electron', so everything else is bundled in.
      build({
        ...common,
        entryPoints: ['electron/preload.ts'],
        outfile: 'dist/preload/preload.cjs',
        format: 'cjs',
        external: ['electron'],
      }),
    ];

await Promise.all([cli, ...electronSide]);
