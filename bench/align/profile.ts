// Profiling entry: aligns one benchmark case repeatedly and prints CPU time per run (use with node --cpu-prof).
import { alignSentences } from '../../shared/align/align';
import { loadGoldSets } from './gold';

const [name = 'hunalign-dtm-hu-en', factorArg = '18', limitArg = '10000', runsArg = '3'] =
  process.argv.slice(2);
const set = loadGoldSets().find((s) => s.name === name);
if (!set) throw new Error(`no set ${name}`);
const src: string[] = [];
const tgt: string[] = [];
for (let k = 0; k < Number(factorArg); k += 1) {
  for (const d of set.docs) {
    src.push(...d.src);
    tgt.push(...d.tgt);
  }
}
const limit = Number(limitArg);
const s = limit > 0 ? src.slice(0, limit) : src;
const t = limit > 0 ? tgt.slice(0, limit) : tgt;
for (let r = 0; r < Number(runsArg); r += 1) {
  const start = process.cpuUsage();
  const beads = alignSentences(s, t, set.srcLang, set.tgtLang);
  const d = process.cpuUsage(start);
  console.log(
    `${s.length} × ${t.length}: ${((d.user + d.system) / 1000).toFixed(0)} ms, ${beads.length} beads`,
  );
}
