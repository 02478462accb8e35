/** The package version, put in by scripts/build-node.mjs (esbuild `define`); not defined under vitest. */
declare const __VERBATIM_VERSION__: string | undefined;
