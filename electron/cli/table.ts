// Plain-text table for terminals: columns padded to the widest cell, counting East Asian wide characters as two.

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\u200b-\u200f\u2060\ufeff]/u;

/** How many terminal columns a string takes. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ZERO_WIDTH.test(ch) ? 0 : WIDE.test(ch) ? 2 : 1;
  return width;
}

/** Lays out rows under a header; columns listed in `rightAligned` (numbers) are padded on the left. */
export function renderTable(header: string[], rows: string[][], rightAligned: ReadonlySet<number>): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => displayWidth(row[col] ?? ''))));
  const line = (row: string[]): string =>
    row
      .map((cell, col) => {
        const pad = ' '.repeat(Math.max(0, (widths[col] ?? 0) - displayWidth(cell)));
        return rightAligned.has(col) ? pad + cell : cell + pad;
      })
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
