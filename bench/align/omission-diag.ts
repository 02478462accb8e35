// Diagnostic: for each omission window, where the aligner put the empty cell (not part of the benchmark).
import { alignSentences } from '../../shared/align/align';
import { loadGoldSets } from './gold';
import { omissionCases } from './omissions';

const name = process.argv[2] ?? 'mac-dev-zh-en';
const set = loadGoldSets(undefined, name).find((s) => s.name === name)!;
let total = 0;
for (const { src, tgt, dropped, lone } of omissionCases(set)) {
  const beads = alignSentences(src, tgt, set.srcLang, set.tgtLang);
  total += 1;
  const ok = beads.some((b) => b.tgt.length === 0 && b.src.length === 1 && b.src[0] === lone);
  const holder = beads.find((b) => b.src.includes(lone));
  const empties = beads.filter((b) => b.tgt.length === 0 || b.src.length === 0);
  console.log(
    `${ok ? 'HIT ' : 'MISS'} w${total} lone=${lone} holder=${JSON.stringify(holder)} empties=${JSON.stringify(empties.map((b) => [b.src, b.tgt]))}`,
  );
  if (!ok && process.argv.includes('-b'))
    console.log(
      '   BEADS:',
      beads.map((b) => `${b.src.join(',')}-${b.tgt.join(',')}:${b.confidence.toFixed(2)}`).join(' '),
    );
  if (!ok && process.argv.includes('-v')) {
    console.log('   SRC:', src[lone]);
    console.log('   DROPPED:', dropped);
    if (holder) for (const j of holder.tgt) console.log('   HOLDER TGT:', tgt[j]);
  }
}
