// Builds a stand-in for an unpacked Linux Electron distribution, so electron-builder can package offline and
// @electron/fuses can flip a real fuse wire, without the ~100 MB Electron binary (which cannot be downloaded here).
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The marker @electron/fuses searches for; the fuse wire starts right after it (see @electron/fuses constants). */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Fuse wire format version written after the sentinel; @electron/fuses 1.x only flips version 1 wires. */
export const FUSE_WIRE_VERSION = 1;

/** Byte values of a fuse state: ASCII '0', '1' and 'r' as in Electron's fuses.json5 schema. */
export const FuseByte = { disabled: 0x30, enabled: 0x31, removed: 0x72 } as const;

/**
 * Electron 45's fuse wire as it ships (build/fuses/fuses.json5 defaults), in wire order. The ninth fuse
 * (wasm trap handlers) is newer than @electron/fuses 1.8, which must leave it untouched.
 */
export const ELECTRON_45_DEFAULT_FUSES: readonly number[] = [
  FuseByte.enabled, // 0 run_as_node
  FuseByte.disabled, // 1 cookie_encryption
  FuseByte.enabled, // 2 node_options
  FuseByte.enabled, // 3 node_cli_inspect
  FuseByte.disabled, // 4 embedded_asar_integrity_validation
  FuseByte.disabled, // 5 only_load_app_from_asar
  FuseByte.disabled, // 6 load_browser_process_specific_v8_snapshot
  FuseByte.enabled, // 7 grant_file_protocol_extra_privileges
  FuseByte.enabled, // 8 wasm_trap_handlers
];

/** Electron version the stub claims to be; matches electronVersion in electron-builder.yml. */
export const STUB_ELECTRON_VERSION = '45.5.0';

/** Fuse wire bytes: sentinel, version byte, length byte, then one state byte per fuse. */
export function encodeFuseWire(states: readonly number[]): Buffer {
  if (states.length > 255) throw new Error('a fuse wire holds at most 255 fuses');
  return Buffer.concat([
    Buffer.from(FUSE_SENTINEL, 'ascii'),
    Buffer.from([FUSE_WIRE_VERSION, states.length, ...states]),
  ]);
}

/** Parsed fuse wire of a binary: its version and the state byte of each fuse. */
export interface FuseWire {
  version: number;
  states: number[];
}

/** Reads the (single) fuse wire of a binary, independently of @electron/fuses, so the test checks its work. */
export async function readFuseWire(binaryPath: string): Promise<FuseWire> {
  const data = await readFile(binaryPath);
  const sentinel = Buffer.from(FUSE_SENTINEL, 'ascii');
  const at = data.indexOf(sentinel);
  if (at === -1) throw new Error(`no fuse sentinel in ${binaryPath}`);
  if (data.indexOf(sentinel, at + 1) !== -1) throw new Error(`more than one fuse sentinel in ${binaryPath}`);
  const wire = at + sentinel.length;
  const version = data[wire];
  const length = data[wire + 1];
  if (version === undefined || length === undefined || wire + 2 + length > data.length) {
    throw new Error(`truncated fuse wire in ${binaryPath}`);
  }
  return { version, states: [...data.subarray(wire + 2, wire + 2 + length)] };
}

/**
 * Writes a fake unpacked Electron (linux-x64 layout) into `dir`: an `electron` executable carrying a fuse wire,
 * the licence files electron-builder moves, `version`, `chrome-sandbox`, `resources/` and `locales/`.
 */
export async function makeStubElectron(
  dir: string,
  fuses: readonly number[] = ELECTRON_45_DEFAULT_FUSES,
): Promise<string> {
  await mkdir(join(dir, 'resources'), { recursive: true });
  await mkdir(join(dir, 'locales'), { recursive: true });
  // A shell script so the packaged "binary" is a runnable file; the wire sits in a comment line, padded on both
  // sides the way it is embedded in the data section of the real executable.
  const executable = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron: not runnable"\nexit 1\n# ', 'ascii'),
    Buffer.alloc(64, 0x2e),
    encodeFuseWire(fuses),
    Buffer.alloc(64, 0x2e),
    Buffer.from('\n', 'ascii'),
  ]);
  await writeFile(join(dir, 'electron'), executable);
  await chmod(join(dir, 'electron'), 0o755);
  await writeFile(join(dir, 'chrome-sandbox'), '#!/bin/sh\nexit 1\n');
  await chmod(join(dir, 'chrome-sandbox'), 0o755);
  await writeFile(join(dir, 'version'), STUB_ELECTRON_VERSION);
  await writeFile(join(dir, 'LICENSE'), 'Stub Electron licence placeholder for packaging tests.\n');
  await writeFile(
    join(dir, 'LICENSES.chromium.html'),
    '<!doctype html><title>Stub Chromium licences</title>\n',
  );
  await writeFile(join(dir, 'locales', 'en-US.pak'), 'stub locale\n');
  return dir;
}
