// Alignment benchmark: quality on every gold set in ../shared/align-gold, then CPU time and peak memory
// (each measurement in its own child process) for the sets, 10× concatenations and a 10,000 × 10,000 case.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { alignSentences } from '../../shared/align/align';
import { GOLD_ROOT, loadGoldSets, type GoldSet } from './gold';
import { omissionScore } from './omissions';
import { mergeByUnits, scoreDocuments, type ScoredBead } from './metric';

interface Measure {
  label: string;
  set: string;
  factor: number;
  limit: number;
}

const MEASURES: Measure[] = [
  { label: 'textberg-de-fr-dev', set: 'textberg-de-fr-dev', factor: 1, limit: 0 },
  { label: 'mac-dev-zh-en (6 docs joined)', set: 'mac-dev-zh-en', factor: 1, limit: 0 },
  { label: 'hunalign-dtm-hu-en', set: 'hunalign-dtm-hu-en', factor: 1, limit: 0 },
  { label: 'bible-en-zh', set: 'bible-en-zh', factor: 1, limit: 0 },
  { label: 'textberg ×10', set: 'textberg-de-fr-dev', factor: 10, limit: 0 },
  { label: 'mac ×10', set: 'mac-dev-zh-en', factor: 10, limit: 0 },
  { label: 'hunalign ×10', set: 'hunalign-dtm-hu-en', factor: 10, limit: 0 },
  { label: 'bible ×2', set: 'bible-en-zh', factor: 2, limit: 0 },
  { label: 'bible ×10', set: 'bible-en-zh', factor: 10, limit: 0 },
  { label: '10k × 10k (hunalign ×18, cut)', set: 'hunalign-dtm-hu-en', factor: 18, limit: 10_000 },
];

function cpuMs(start: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(start);
  return (d.user + d.system) / 1000;
}

/** Sentences of a set, all documents joined, repeated `factor` times, cut to `limit` per side (0 = no cut). */
function corpus(set: GoldSet, factor: number, limit: number): { src: string[]; tgt: string[] } {
  const src: string[] = [];
  const tgt: string[] = [];
  for (let k = 0; k < factor; k += 1) {
    for (const d of set.docs) {
      src.push(...d.src);
      tgt.push(...d.tgt);
    }
  }
  return limit > 0 ? { src: src.slice(0, limit), tgt: tgt.slice(0, limit) } : { src, tgt };
}

async function child(args: string[]): Promise<void> {
  const [mode, name, factor, limit] = args;
  const set = loadGoldSets(GOLD_ROOT, name).find((s) => s.name === name);
  if (!set) throw new Error(`no set ${name}`);
  const { src, tgt } = corpus(set, Number(factor), Number(limit));
  // Let the engine's background threads finish compiling the loader, so their CPU time is not charged to alignment.
  await new Promise((resolve) => setTimeout(resolve, 50));
  let ms = 0;
  if (mode === 'align') {
    const start = process.cpuUsage();
    alignSentences(src, tgt, set.srcLang, set.tgtLang);
    ms = cpuMs(start);
  }
  process.stdout.write(
    JSON.stringify({ ms, rssKb: process.resourceUsage().maxRSS, n: src.length, m: tgt.length }),
  );
}

function pad(s: string, w: number, right = false): string {
  return right ? s.padStart(w) : s.padEnd(w);
}

function quality(sets: GoldSet[]): boolean {
  const header = ['set', 'P strict', 'R strict', 'F1 strict', 'F1 lax', 'peer F1', 'result', 'CPU ms'];
  const widths = [22, 9, 9, 10, 8, 8, 7, 8];
  console.log(header.map((h, k) => pad(h, widths[k], k > 0)).join(' '));
  let allPass = true;
  for (const set of sets) {
    const start = process.cpuUsage();
    const docs = set.docs.map((d) => {
      const beads: ScoredBead[] = alignSentences(d.src, d.tgt, set.srcLang, set.tgtLang);
      const test = d.srcUnits && d.tgtUnits ? mergeByUnits(beads, d.srcUnits, d.tgtUnits) : beads;
      return { gold: d.gold, test };
    });
    const ms = cpuMs(start);
    const s = scoreDocuments(docs);
    const pass = s.f1Strict > set.peerStrictF1;
    allPass &&= pass;
    const row = [
      set.name,
      s.precisionStrict.toFixed(3),
      s.recallStrict.toFixed(3),
      s.f1Strict.toFixed(3),
      s.f1Lax.toFixed(3),
      set.peerStrictF1.toFixed(3),
      pass ? 'PASS' : 'FAIL',
      ms.toFixed(0),
    ];
    console.log(row.map((c, k) => pad(c, widths[k], k > 0)).join(' '));
  }
  return allPass;
}

function timing(): boolean {
  const self = fileURLToPath(import.meta.url);
  const run = (args: string[]): { ms: number; rssKb: number; n: number; m: number } =>
    JSON.parse(execFileSync(process.execPath, [self, '--child', ...args], { encoding: 'utf8' })) as {
      ms: number;
      rssKb: number;
      n: number;
      m: number;
    };
  console.log('');
  console.log(
    ['case', 'src × tgt', 'CPU ms', 'peak RSS MB', 'RSS over load MB']
      .map((h, k) => pad(h, [30, 14, 8, 12, 17][k], k > 0))
      .join(' '),
  );
  let fast = true;
  for (const m of MEASURES) {
    const base = run(['load', m.set, String(m.factor), String(m.limit)]);
    const r = run(['align', m.set, String(m.factor), String(m.limit)]);
    if (m.limit === 10_000 && r.ms >= 1000) fast = false;
    const row = [
      m.label,
      `${r.n} × ${r.m}`,
      r.ms.toFixed(0),
      (r.rssKb / 1024).toFixed(1),
      ((r.rssKb - base.rssKb) / 1024).toFixed(1),
    ];
    console.log(row.map((c, k) => pad(c, [30, 14, 8, 12, 17][k], k > 0)).join(' '));
  }
  return fast;
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') await child(argv.slice(1));
else {
  const only = argv.find((a) => !a.startsWith('--'));
  const sets = loadGoldSets().filter((s) => !only || s.name === only);
  const ok = quality(sets);
  console.log('');
  console.log(
    'omissions (one sentence of a 16-sentence window deleted from the translation), shown as a lone row:',
  );
  for (const set of sets.filter((s) => !s.name.startsWith('bible'))) {
    const o = omissionScore(set);
    console.log(`  ${set.name.padEnd(22)} ${o.detected}/${o.total}`);
  }
  const fast = argv.includes('--quick') ? true : timing();
  console.log('');
  console.log(
    `quality: ${ok ? 'every set above its peer' : 'below a peer on some set'}; 10k × 10k: ${fast ? 'under 1 s CPU' : 'OVER 1 s CPU'}`,
  );
}
