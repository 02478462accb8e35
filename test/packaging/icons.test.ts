// Checks the committed app icons are well-formed in each format electron-builder picks up from build/, since it
// uses them as they are (its own converter would need a download) and a broken one only shows on the target OS.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const buildDir = fileURLToPath(new URL('../../build/', import.meta.url));
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(data: Buffer): { width: number; height: number } {
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  expect(data.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('app icons in build/', () => {
  it('has a Linux PNG set whose file names match their pixel sizes, up to 512', async () => {
    const names = (await readdir(join(buildDir, 'icons'))).filter((name) => name.endsWith('.png'));
    const sizes = names.map((name) => Number(/^(\d+)x\1\.png$/.exec(name)?.[1])).sort((a, b) => a - b);
    expect(sizes).toEqual([16, 32, 48, 64, 128, 256, 512]);
    for (const size of sizes) {
      const data = await readFile(join(buildDir, 'icons', `${size}x${size}.png`));
      expect(pngSize(data)).toEqual({ width: size, height: size });
    }
  });

  it('has a 1024 px icon.png', async () => {
    expect(pngSize(await readFile(join(buildDir, 'icon.png')))).toEqual({ width: 1024, height: 1024 });
  });

  it('has an icon.ico with PNG entries up to 256 px (the minimum electron-builder accepts)', async () => {
    const ico = await readFile(join(buildDir, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i += 1) {
      const entry = 6 + 16 * i;
      const declared = ico[entry] || 256;
      const length = ico.readUInt32LE(entry + 8);
      const offset = ico.readUInt32LE(entry + 12);
      expect(offset + length).toBeLessThanOrEqual(ico.length);
      expect(pngSize(ico.subarray(offset, offset + length))).toEqual({ width: declared, height: declared });
      sizes.push(declared);
    }
    expect(Math.max(...sizes)).toBe(256);
    expect(sizes).toContain(16);
  });

  it('has an icon.icns whose chunks cover the file and hold PNGs of the declared sizes', async () => {
    const icns = await readFile(join(buildDir, 'icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const expectedSize: Record<string, number> = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024 };
    const types: string[] = [];
    let at = 8;
    while (at < icns.length) {
      const type = icns.subarray(at, at + 4).toString('ascii');
      const length = icns.readUInt32BE(at + 4);
      const size = expectedSize[type];
      expect(size, type).toBeDefined();
      expect(pngSize(icns.subarray(at + 8, at + length))).toEqual({ width: size, height: size });
      types.push(type);
      at += length;
    }
    expect(at).toBe(icns.length);
    expect(types).toEqual(['ic07', 'ic08', 'ic09', 'ic10']);
  });
});
