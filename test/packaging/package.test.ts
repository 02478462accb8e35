// Packages the built app with the real electron-builder (linux, --dir) around a stub Electron, offline, and checks
// what would ship: the asar contents, the entry point, and the fuses electron-builder flipped in the binary.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { access, constants, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, listPackage, statFile } from '@electron/asar';
import { FuseV1Options } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ELECTRON_45_DEFAULT_FUSES,
  FUSE_WIRE_VERSION,
  FuseByte,
  makeStubElectron,
  readFuseWire,
} from './stub-electron';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const builderCli = join(repoRoot, 'node_modules', 'electron-builder', 'cli.js');
const EXECUTABLE = 'verbatim';

/** Built files the package must contain; `npm test` runs `npm run build` before vitest. */
const REQUIRED_BUILD_OUTPUTS = ['dist/main/main.cjs', 'dist/preload/preload.cjs', 'dist/renderer/index.html'];

/** Security policy: the state each fuse must have in the shipped binary, by index in Electron's fuse wire. */
const EXPECTED_FUSES: ReadonlyArray<{ name: string; index: number; state: number }> = [
  { name: 'RunAsNode', index: 0, state: FuseByte.disabled },
  { name: 'EnableCookieEncryption', index: 1, state: FuseByte.enabled },
  { name: 'EnableNodeOptionsEnvironmentVariable', index: 2, state: FuseByte.disabled },
  { name: 'EnableNodeCliInspectArguments', index: 3, state: FuseByte.disabled },
  { name: 'EnableEmbeddedAsarIntegrityValidation', index: 4, state: FuseByte.enabled },
  { name: 'OnlyLoadAppFromAsar', index: 5, state: FuseByte.enabled },
  { name: 'LoadBrowserProcessSpecificV8Snapshot', index: 6, state: FuseByte.disabled },
  { name: 'GrantFileProtocolExtraPrivileges', index: 7, state: FuseByte.disabled },
];

/** Unreachable loopback endpoint: any download electron-builder attempted would fail instead of going online. */
const NO_NETWORK = 'http://127.0.0.1:9';

let workDir = '';
let stubDir = '';
let appOutDir = '';
let asarPath = '';
let asarEntries: string[] = [];
let builderLog = '';
let packagingMs = 0;

function runBuilder(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(
      process.execPath,
      [builderCli, ...args],
      { cwd: repoRoot, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const log = `${stdout}\n${stderr}`;
        if (error) reject(new Error(`electron-builder failed (${error.message}):\n${log}`));
        else resolvePromise(log);
      },
    );
  });
}

/** Builds the stub and runs electron-builder once for the whole file. */
async function packageApp(): Promise<void> {
  const missing = REQUIRED_BUILD_OUTPUTS.filter((file) => !existsSync(join(repoRoot, file)));
  if (missing.length > 0) {
    throw new Error(
      `The app is not built (missing ${missing.join(', ')}). Run \`npm run build\` before this test ` +
        '(`npm test` does it for you).',
    );
  }
  workDir = await mkdtemp(join(tmpdir(), 'verbatim-packaging-'));
  stubDir = await makeStubElectron(join(workDir, 'electron-stub'));
  const outputDir = join(workDir, 'release');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    CSC_IDENTITY_AUTO_DISCOVERY: 'false',
    ELECTRON_BUILDER_OFFLINE: 'true',
    ELECTRON_BUILDER_CACHE: join(workDir, 'cache'),
    ELECTRON_MIRROR: `${NO_NETWORK}/`,
    HTTP_PROXY: NO_NETWORK,
    HTTPS_PROXY: NO_NETWORK,
    http_proxy: NO_NETWORK,
    https_proxy: NO_NETWORK,
    npm_config_offline: 'true',
    FORCE_COLOR: '0',
  };
  // builder-util silences its info log whenever VITEST is set; the test reads that log.
  delete env.VITEST;
  const started = performance.now();
  builderLog = await runBuilder(
    [
      '--linux',
      '--dir',
      '--x64',
      '--publish',
      'never',
      '--config',
      'electron-builder.yml',
      `-c.electronDist=${stubDir}`,
      `-c.directories.output=${outputDir}`,
    ],
    env,
  );
  packagingMs = performance.now() - started;
  appOutDir = join(outputDir, 'linux-unpacked');
  asarPath = join(appOutDir, 'resources', 'app.asar');
  asarEntries = listPackage(asarPath, { isPack: false }).map((entry) => entry.replaceAll('\\', '/'));
}

// A failed setup is rethrown by every test (instead of vitest marking them skipped), so a missing build or a
// broken electron-builder run counts as failures with the real message.
let setupError: unknown = null;
function packaged(): void {
  if (setupError !== null) throw setupError;
}

beforeAll(async () => {
  try {
    await packageApp();
  } catch (error) {
    setupError = error;
  }
}, 180_000);

afterAll(async () => {
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

describe('electron-builder package (linux, unpacked)', () => {
  it('packages the stub Electron offline and quickly', () => {
    packaged();
    expect(builderLog).toContain('using custom unpacked Electron distribution');
    expect(builderLog).toContain('executing @electron/fuses');
    expect(builderLog).not.toMatch(/download/i);
    expect(packagingMs).toBeLessThan(120_000);
  });

  it('lays out the app folder with the renamed executable and Electron licences', async () => {
    packaged();
    const files = await readdir(appOutDir);
    expect(files).toEqual(
      expect.arrayContaining([EXECUTABLE, 'resources', 'LICENSE.electron.txt', 'LICENSES.chromium.html']),
    );
    expect(files).not.toContain('electron');
    await access(join(appOutDir, EXECUTABLE), constants.X_OK);
    expect((await stat(asarPath)).isFile()).toBe(true);
    // Only the asar: no unpacked app folder that would bypass onlyLoadAppFromAsar.
    expect(await readdir(join(appOutDir, 'resources'))).toEqual(['app.asar']);
  });

  it('puts package.json and the bundled main, preload and renderer in the asar', () => {
    packaged();
    for (const file of ['package.json', ...REQUIRED_BUILD_OUTPUTS]) {
      expect(asarEntries).toContain(`/${file}`);
    }
    expect(asarEntries.some((entry) => /^\/dist\/renderer\/.+\.js$/.test(entry))).toBe(true);
  });

  it('keeps sources, tests, maps, node_modules and the CLI out of the asar', () => {
    packaged();
    const offending = asarEntries.filter(
      (entry) =>
        /\.(ts|tsx|mts|cts|map)$/.test(entry) ||
        /^\/(test|electron|renderer|shared|src|scripts|bench|docs|bin|node_modules)(\/|$)/.test(entry) ||
        entry.includes('/node_modules/') ||
        entry.startsWith('/dist/cli'),
    );
    expect(offending).toEqual([]);
    const topLevel = new Set(asarEntries.map((entry) => entry.split('/')[1]));
    expect([...topLevel].sort()).toEqual(['dist', 'package.json']);
  });

  it('has a package.json whose main points at a file inside the asar', () => {
    packaged();
    const pkg: unknown = JSON.parse(extractFile(asarPath, 'package.json').toString('utf8'));
    expect(pkg).toMatchObject({ name: 'verbatim', main: expect.any(String) });
    const main = (pkg as { main: string }).main;
    const inside = posix.normalize(`/${main}`);
    expect(inside.startsWith('/dist/main/')).toBe(true);
    expect(asarEntries).toContain(inside);
    expect(extractFile(asarPath, inside.slice(1)).length).toBeGreaterThan(0);
  });

  it('records per-file integrity in the asar header (checked by Electron when the integrity fuse is on)', () => {
    packaged();
    const mainEntry = statFile(asarPath, 'dist/main/main.cjs');
    expect(mainEntry).toMatchObject({
      integrity: { algorithm: 'SHA256', hash: expect.stringMatching(/^[0-9a-f]{64}$/) },
    });
  });

  it('flips every configured fuse in the packaged binary and leaves the rest as Electron ships them', async () => {
    packaged();
    const wire = await readFuseWire(join(appOutDir, EXECUTABLE));
    expect(wire.version).toBe(FUSE_WIRE_VERSION);
    expect(wire.states).toHaveLength(ELECTRON_45_DEFAULT_FUSES.length);
    for (const fuse of EXPECTED_FUSES) {
      expect(FuseV1Options[fuse.name as keyof typeof FuseV1Options], fuse.name).toBe(fuse.index);
      expect(String.fromCharCode(wire.states[fuse.index] ?? 0), fuse.name).toBe(
        String.fromCharCode(fuse.state),
      );
    }
    // Fuses this @electron/fuses does not know (Electron 45's wasm trap handlers) keep their shipped default.
    expect(wire.states.slice(EXPECTED_FUSES.length)).toEqual(
      ELECTRON_45_DEFAULT_FUSES.slice(EXPECTED_FUSES.length),
    );
    // electron-builder wrote the packaged copy only: the stub it copied from still has Electron's defaults.
    expect((await readFuseWire(join(stubDir, 'electron'))).states).toEqual([...ELECTRON_45_DEFAULT_FUSES]);
  });
});
