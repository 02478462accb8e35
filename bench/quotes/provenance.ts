import type { AnalyzeQuotes } from './analyzer';
import type { ProvenanceLabels } from './gold';
import { agentAccepted } from './metrics';

/** Provenance scores over provenance-dev.tsv rows. */
export interface ProvenanceScore {
  scored: number;
  found: number;
  kindRight: number;
  agentRight: number;
  bothRight: number;
  counter: number;
  falseAlarms: number;
  implicit: number;
  implicitFlagged: number;
}

/**
 * Runs the analyzer on each row's sentence: a provenance row is right when a stated (not implicit) statement has an
 * accepted kind and agent; a counter-example is a false alarm when any stated provenance comes out.
 */
export function scoreProvenance(
  rows: readonly Record<string, string>[],
  labels: ProvenanceLabels,
  analyze: AnalyzeQuotes,
  verbose = false,
): ProvenanceScore {
  const s: ProvenanceScore = {
    scored: 0,
    found: 0,
    kindRight: 0,
    agentRight: 0,
    bothRight: 0,
    counter: 0,
    falseAlarms: 0,
    implicit: 0,
    implicitFlagged: 0,
  };
  for (const row of rows) {
    const id = row.id ?? '';
    const stated = analyze(row.sentence ?? '', row.lang ?? 'en').provenance.filter((p) => !p.implicit);
    if (row.kind === 'counter-example') {
      s.counter++;
      if (stated.length > 0) {
        s.falseAlarms++;
        if (verbose)
          console.log(`  false alarm ${id}: ${stated.map((p) => `${p.kind}/${p.agent}`).join(', ')}`);
      }
      continue;
    }
    if (row.kind === 'implicit-attribution') {
      s.implicit++;
      if (stated.length > 0) s.implicitFlagged++;
      continue;
    }
    const label = labels[id];
    if (!label) throw new Error(`provenance-dev.json has no label for ${id}`);
    s.scored++;
    if (stated.length > 0) s.found++;
    const kindOk = (k: string): boolean => (label.kinds as readonly string[]).includes(k);
    const best =
      stated.find((p) => kindOk(p.kind) && agentAccepted(label.agents, p.agent)) ??
      stated.find((p) => kindOk(p.kind)) ??
      stated[0];
    const k = best !== undefined && kindOk(best.kind);
    const a = best !== undefined && agentAccepted(label.agents, best.agent);
    if (k) s.kindRight++;
    if (a) s.agentRight++;
    if (k && a) s.bothRight++;
    if (verbose && !(k && a))
      console.log(
        `  provenance ${id}: want ${label.kinds.join('|')} / ${label.agents.join('|')}, got ${best ? `${best.kind}/${best.agent}` : 'nothing'}`,
      );
  }
  return s;
}
