import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

/** Where the gold and the corpus live, relative to the repository root. */
export const GOLD_DIR = join('test', 'fixtures', 'quotes-gold');
export const CORPUS_DIR = join('..', 'shared', 'corpus');

const GoldQuote = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().positive(),
  kind: z.enum(['speech', 'partial', 'term']),
  speaker: z.string().min(1).nullable(),
  addressee: z.string().min(1).nullable(),
  text: z.string().optional(),
});

const GoldFile = z.object({
  source: z.string().min(1),
  lang: z.string().min(2),
  licence: z.string().min(1),
  quotes: z.array(GoldQuote),
});

/** One hand-checked corpus text: where it is, its language, and every quote in it. */
export type GoldDoc = z.infer<typeof GoldFile> & { file: string };

const ProvenanceGold = z.object({
  rows: z.record(
    z.string(),
    z.object({
      kinds: z
        .array(z.enum(['translated_by', 'interpreter', 'translation_source', 'language_of_utterance']))
        .min(1),
      agents: z.array(z.string().min(1).nullable()).min(1),
    }),
  ),
});

/** Hand labels for the provenance rows of provenance-dev.tsv. */
export type ProvenanceLabels = z.infer<typeof ProvenanceGold>['rows'];

/** Reads and validates every gold file (one per corpus text) under the gold folder. */
export function loadGold(root: string): GoldDoc[] {
  const dir = resolve(root, GOLD_DIR);
  const docs: GoldDoc[] = [];
  for (const set of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    for (const name of readdirSync(join(dir, set.name))
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const file = join(dir, set.name, name);
      docs.push({ ...GoldFile.parse(JSON.parse(readFileSync(file, 'utf8'))), file });
    }
  }
  return docs.sort((a, b) => (a.source < b.source ? -1 : 1));
}

/** Reads the hand labels for provenance-dev.tsv. */
export function loadProvenanceLabels(root: string): ProvenanceLabels {
  return ProvenanceGold.parse(
    JSON.parse(readFileSync(resolve(root, GOLD_DIR, 'provenance-dev.json'), 'utf8')),
  ).rows;
}

/** The article text of a corpus file (BOM dropped, `#` header removed), or a TSV row's sentence ("file.tsv#ID"). */
export function corpusText(root: string, source: string): string {
  const row = /^(.+\.tsv)#(.+)$/u.exec(source);
  if (row) {
    const found = parseTsv(readFileSync(resolve(root, CORPUS_DIR, row[1]!), 'utf8')).find(
      (r) => r.id === row[2],
    );
    if (!found) throw new Error(`${source}: no such row`);
    return found.sentence ?? '';
  }
  let text = readFileSync(resolve(root, CORPUS_DIR, source), 'utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const marker = text.indexOf('\n# ---\n');
  return marker === -1 ? text : text.slice(marker + '\n# ---\n'.length);
}

/** Parses a tab-separated file with a header row; fields may be double-quoted with "" escapes. */
export function parseTsv(text: string): Record<string, string>[] {
  const lines = text.split(/\r?\n/u).filter((l) => l.trim() !== '');
  const unquote = (f: string): string =>
    f.length >= 2 && f.startsWith('"') && f.endsWith('"') ? f.slice(1, -1).replace(/""/gu, '"') : f;
  const [head, ...rows] = lines.map((l) => l.split('\t').map(unquote));
  if (!head) return [];
  return rows.map((cells) => Object.fromEntries(head.map((h, i) => [h, cells[i] ?? ''])));
}
