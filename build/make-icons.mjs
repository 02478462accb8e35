// Draws Verbatim's app icon (two side-by-side text columns on a rounded tile) and writes every format
// electron-builder uses without its download-only icon converter: icons/NxN.png (Linux), icon.ico, icon.icns.
// Run `node build/make-icons.mjs` after changing the design; the outputs are committed.
import { mkdir, writeFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';

const OUT = new URL('./', import.meta.url);
const BACKGROUND = [31, 58, 95];
const PAGE = [244, 241, 232];
const INK = [120, 132, 150];
const ACCENT = [226, 120, 52];

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** Signed distance from (x, y) to a rounded rectangle centred at (cx, cy); negative inside. */
function roundedRect(x, y, cx, cy, halfW, halfH, radius) {
  const qx = Math.abs(x - cx) - halfW + radius;
  const qy = Math.abs(y - cy) - halfH + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Shapes in a 1×1 design space, painted back to front: [distance function, colour]. */
function shapes() {
  const list = [[(x, y) => roundedRect(x, y, 0.5, 0.5, 0.44, 0.44, 0.1), BACKGROUND]];
  for (const [cx, lineColour] of [
    [0.315, INK],
    [0.685, ACCENT],
  ]) {
    list.push([(x, y) => roundedRect(x, y, cx, 0.5, 0.15, 0.3, 0.025), PAGE]);
    const widths = [0.1, 0.08, 0.1, 0.06, 0.09, 0.07];
    widths.forEach((halfW, i) => {
      const cy = 0.29 + i * 0.085;
      list.push([(x, y) => roundedRect(x, y, cx - 0.1 + halfW, cy, halfW, 0.014, 0.014), lineColour]);
    });
  }
  return list;
}

/** Renders the icon at size×size as RGBA, with 4×4 supersampling for smooth edges. */
function render(size) {
  const rgba = Buffer.alloc(size * size * 4);
  const layers = shapes();
  const samples = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < samples; sy += 1) {
        for (let sx = 0; sx < samples; sx += 1) {
          const x = (px + (sx + 0.5) / samples) / size;
          const y = (py + (sy + 0.5) / samples) / size;
          let colour = null;
          for (const [inside, c] of layers) if (inside(x, y) <= 0) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a += 1;
          }
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
        rgba[o + 3] = Math.round((255 * a) / (samples * samples));
      }
    }
  }
  return rgba;
}

function png(size) {
  const rgba = render(size);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** ICO with PNG-compressed entries (valid since Windows Vista); 256 is written as 0 in the directory. */
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, data], i) => {
    const e = 6 + 16 * i;
    header[e] = size >= 256 ? 0 : size;
    header[e + 1] = size >= 256 ? 0 : size;
    header.writeUInt16LE(1, e + 4);
    header.writeUInt16LE(32, e + 6);
    header.writeUInt32LE(data.length, e + 8);
    header.writeUInt32LE(offset, e + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map(([, data]) => data)]);
}

/** ICNS holding PNG payloads under the types macOS reads for 128, 256, 512 and 1024 pixel icons. */
function icns(images) {
  const types = { 128: 'ic07', 256: 'ic08', 512: 'ic09', 1024: 'ic10' };
  const entries = images.map(([size, data]) => {
    const head = Buffer.alloc(8);
    head.write(types[size], 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + entries.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...entries]);
}

const sizes = [16, 32, 48, 64, 128, 256, 512, 1024];
const pngs = new Map(sizes.map((size) => [size, png(size)]));
await mkdir(new URL('icons/', OUT), { recursive: true });
for (const size of sizes.filter((s) => s <= 512)) {
  await writeFile(new URL(`icons/${size}x${size}.png`, OUT), pngs.get(size));
}
await writeFile(new URL('icon.png', OUT), pngs.get(1024));
await writeFile(new URL('icon.ico', OUT), ico([16, 32, 48, 64, 128, 256].map((s) => [s, pngs.get(s)])));
await writeFile(new URL('icon.icns', OUT), icns([128, 256, 512, 1024].map((s) => [s, pngs.get(s)])));
