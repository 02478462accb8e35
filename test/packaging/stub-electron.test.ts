// Checks the stub Electron's fuse wire against @electron/fuses itself, so the packaging test's stub is one the real
// fuse flipper accepts and reads the way it reads a real Electron binary.
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FuseV1Options, FuseVersion, flipFuses, getCurrentFuseWire } from '@electron/fuses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ELECTRON_45_DEFAULT_FUSES,
  FUSE_SENTINEL,
  FuseByte,
  STUB_ELECTRON_VERSION,
  encodeFuseWire,
  makeStubElectron,
  readFuseWire,
} from './stub-electron';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verbatim-stub-'));
  await makeStubElectron(join(dir, 'dist'));
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('stub Electron', () => {
  it('encodes sentinel, version, length, then one byte per fuse', () => {
    const wire = encodeFuseWire([FuseByte.enabled, FuseByte.disabled, FuseByte.removed]);
    expect(wire.subarray(0, FUSE_SENTINEL.length).toString('ascii')).toBe(FUSE_SENTINEL);
    expect([...wire.subarray(FUSE_SENTINEL.length)]).toEqual([1, 3, 0x31, 0x30, 0x72]);
  });

  it('lays out the files of an unpacked linux Electron', async () => {
    expect((await readFile(join(dir, 'dist', 'version'), 'utf8')).trim()).toBe(STUB_ELECTRON_VERSION);
    const wire = await readFuseWire(join(dir, 'dist', 'electron'));
    expect(wire).toEqual({ version: 1, states: [...ELECTRON_45_DEFAULT_FUSES] });
  });

  it('is read by @electron/fuses as Electron 45 ships', async () => {
    const current = await getCurrentFuseWire(join(dir, 'dist', 'electron'));
    expect(current.version).toBe(FuseVersion.V1);
    expect(current[FuseV1Options.RunAsNode]).toBe(FuseByte.enabled);
    expect(current[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseByte.disabled);
  });

  it('is flipped by @electron/fuses, leaving unconfigured fuses alone', async () => {
    const copy = join(dir, 'flipped');
    await copyFile(join(dir, 'dist', 'electron'), copy);
    await flipFuses(copy, {
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    });
    const expected = [...ELECTRON_45_DEFAULT_FUSES];
    expected[FuseV1Options.RunAsNode] = FuseByte.disabled;
    expected[FuseV1Options.OnlyLoadAppFromAsar] = FuseByte.enabled;
    expect((await readFuseWire(copy)).states).toEqual(expected);
  });

  it('rejects binaries without a wire or with two', async () => {
    const none = join(dir, 'none');
    await writeFile(none, 'no fuses here');
    await expect(readFuseWire(none)).rejects.toThrow(/no fuse sentinel/);
    const two = join(dir, 'two');
    await writeFile(
      two,
      Buffer.concat([encodeFuseWire([FuseByte.enabled]), encodeFuseWire([FuseByte.enabled])]),
    );
    await expect(readFuseWire(two)).rejects.toThrow(/more than one/);
  });
});
