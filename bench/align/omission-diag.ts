// Diagnostic: for each omission window, where the aligner put the empty cell (not part of the benchmark).
import { alignSentences } from '../../shared/align/align';
import { loadGoldSets } from './gold';

const name = process.argv[2] ?? 'mac-dev-zh-en';
const size = 16;
const set = loadGoldSets(undefined, name).find((s) => s.name === name)!;
let total = 0;
for (const doc of set.docs) {
  const gold = doc.gold;
  for (let w = 0; w + size <= gold.length && total < 60; w += size) {
    const window = gold.slice(w, w + size);
    if (window.some((b) => b.src.length === 0 || b.tgt.length === 0)) continue;
    const srcIds = window.flatMap((b) => b.src);
    const tgtIds = window.flatMap((b) => b.tgt);
    const contiguous = (ids: number[]) => ids.every((x, k) => k === 0 || x === ids[k - 1] + 1);
    if (!contiguous(srcIds) || !contiguous(tgtIds)) continue;
    const victim = window.findIndex((b, k) => k >= size / 4 && b.src.length === 1 && b.tgt.length === 1);
    if (victim < 0) continue;
    const dropped = window[victim].tgt[0];
    const src = srcIds.map((i) => doc.src[i]);
    const tgt = tgtIds.filter((j) => j !== dropped).map((j) => doc.tgt[j]);
    const beads = alignSentences(src, tgt, set.srcLang, set.tgtLang);
    const lone = window[victim].src[0] - srcIds[0];
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
      console.log('   DROPPED:', doc.tgt[dropped]);
      if (holder) for (const j of holder.tgt) console.log('   HOLDER TGT:', tgt[j]);
    }
  }
}
