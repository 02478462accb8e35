// Quote benchmark: span P/R/F1 and kind accuracy (detectQuoteSpans), speaker accuracy and provenance (analyzeQuotes).
// Run: node scripts/run-ts.mjs bench/quotes/run.ts [--verbose] [--long PARAGRAPHS (0 skips the long-story timing)]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectQuoteSpans } from '../../shared/quotes/detect';
import { loadAnalyzer } from './analyzer';
import { timeLongStory } from './long';
import { corpusText, CORPUS_DIR, loadGold, loadProvenanceLabels, parseTsv } from './gold';
import { addTally, emptyTally, fmt, matchSpans, prf, sameName, type Tally } from './metrics';
import { scoreProvenance } from './provenance';

const root = process.cwd();
const verbose = process.argv.includes('--verbose');
const analyze = await loadAnalyzer(root);
const byLang = new Map<string, Tally & { files: number }>();

for (const doc of loadGold(root)) {
  const text = corpusText(root, doc.source);
  const predicted = detectQuoteSpans(text, doc.lang);
  const pairs = matchSpans(doc.quotes, predicted);
  const t: Tally = {
    ...emptyTally(),
    gold: doc.quotes.length,
    predicted: predicted.length,
    matched: pairs.length,
  };
  t.kindRight = pairs.filter(([g, p]) => doc.quotes[g]!.kind === predicted[p]!.kind).length;
  if (analyze) {
    const quotes = analyze(text, doc.lang).quotes;
    for (const [g, p] of matchSpans(doc.quotes, quotes)) {
      if (doc.quotes[g]!.kind === 'term') continue;
      t.speakerScored++;
      if (sameName(doc.quotes[g]!.speaker, quotes[p]!.speaker)) t.speakerRight++;
      else if (verbose)
        console.log(
          `  speaker ${doc.source}@${doc.quotes[g]!.start}: gold ${doc.quotes[g]!.speaker}, got ${quotes[p]!.speaker}`,
        );
    }
  }
  if (verbose) {
    const mg = new Set(pairs.map(([g]) => g));
    const mp = new Set(pairs.map(([, p]) => p));
    doc.quotes.forEach(
      (q, i) =>
        mg.has(i) || console.log(`  missed ${doc.source}@${q.start}-${q.end} ${q.kind} ${q.text ?? ''}`),
    );
    predicted.forEach(
      (q, i) =>
        mp.has(i) ||
        console.log(
          `  extra  ${doc.source}@${q.start}-${q.end} ${q.kind} ${JSON.stringify(text.slice(q.start, Math.min(q.end, q.start + 60)))}`,
        ),
    );
    for (const [g, p] of pairs) {
      if (doc.quotes[g]!.kind !== predicted[p]!.kind)
        console.log(
          `  kind   ${doc.source}@${doc.quotes[g]!.start}: gold ${doc.quotes[g]!.kind}, got ${predicted[p]!.kind}`,
        );
    }
  }
  const prev = byLang.get(doc.lang) ?? { ...emptyTally(), files: 0 };
  byLang.set(doc.lang, { ...addTally(prev, t), files: prev.files + 1 });
}

const row = (name: string, t: Tally & { files: number }): string => {
  const { p, r, f1 } = prf(t);
  const kind = t.matched === 0 ? null : t.kindRight / t.matched;
  const speaker = !analyze ? 'n/a' : fmt(t.speakerScored === 0 ? null : t.speakerRight / t.speakerScored);
  return [
    name.padEnd(8),
    String(t.files).padStart(5),
    String(t.gold).padStart(5),
    String(t.predicted).padStart(5),
    fmt(p).padStart(6),
    fmt(r).padStart(6),
    fmt(f1).padStart(6),
    fmt(kind).padStart(6),
    speaker.padStart(8),
  ].join(' ');
};
console.log('Quotes (gold: test/fixtures/quotes-gold, texts: ../shared/corpus)');
console.log(
  [
    'lang'.padEnd(8),
    'files'.padStart(5),
    'gold'.padStart(5),
    'pred'.padStart(5),
    'P'.padStart(6),
    'R'.padStart(6),
    'F1'.padStart(6),
    'kind'.padStart(6),
    'speaker'.padStart(8),
  ].join(' '),
);
let all = { ...emptyTally(), files: 0 };
for (const [lang, t] of [...byLang.entries()].sort()) {
  console.log(row(lang, t));
  all = { ...addTally(all, t), files: all.files + t.files };
}
console.log(row('overall', all));
if (!analyze) console.log('speaker: n/a (shared/quotes/analyze.ts not found)');

console.log('');
const rows = parseTsv(readFileSync(resolve(root, CORPUS_DIR, 'provenance-dev.tsv'), 'utf8'));
if (!analyze) {
  console.log(
    `Provenance (${rows.length} rows of provenance-dev.tsv): n/a (shared/quotes/analyze.ts not found)`,
  );
} else {
  const s = scoreProvenance(rows, loadProvenanceLabels(root), analyze, verbose);
  console.log(`Provenance (provenance-dev.tsv, ${s.scored} provenance rows)`);
  console.log(
    `  found ${s.found}/${s.scored}   kind ${fmt(s.kindRight / s.scored)}   agent ${fmt(s.agentRight / s.scored)}   both ${fmt(s.bothRight / s.scored)}`,
  );
  console.log(`  counter-examples flagged (false alarms): ${s.falseAlarms}/${s.counter}`);
  console.log(
    `  implicit-attribution rows with a stated provenance (informational): ${s.implicitFlagged}/${s.implicit}`,
  );
}

// Printed, not scored: the engine must stay linear in a story's length (a reviewer opens 5,000-paragraph stories).
const longAt = process.argv.indexOf('--long');
const longParagraphs = longAt > 0 ? Number(process.argv[longAt + 1]) : 5000;
if (longParagraphs > 0) {
  console.log('');
  for (const line of timeLongStory(root, longParagraphs)) console.log(line);
}
