import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseBeadLine } from '../../shared/align/bead-format';
import type { ScoredBead } from './metric';

/** One document of a gold set: sentences per line on each side and the gold beads. */
export interface GoldDoc {
  src: string[];
  tgt: string[];
  gold: ScoredBead[];
  /** Bible only: the verse id of every sentence, for verse-merged scoring. */
  srcUnits?: string[];
  tgtUnits?: string[];
}

/** A gold set with its language pair and the best classical peer's strict F1 (from the set README). */
export interface GoldSet {
  name: string;
  srcLang: string;
  tgtLang: string;
  peerStrictF1: number;
  docs: GoldDoc[];
}

/** Where the gold sets live: ../shared/align-gold relative to the repository. */
export const GOLD_ROOT = join(process.cwd(), '..', 'shared', 'align-gold');

function lines(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out = text.split('\n');
  if (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

function beads(path: string): ScoredBead[] {
  return lines(path)
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const b = parseBeadLine(l);
      if (!b) throw new Error(`${path}: bad bead line ${l}`);
      return b;
    });
}

function numbered(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /^\d+$/.test(f))
    .sort();
}

/** Loads the four development sets (or only the one named `only`, so a timing child reads no more than it needs). */
export function loadGoldSets(root = GOLD_ROOT, only?: string): GoldSet[] {
  const tb = join(root, 'textberg-de-fr-dev');
  const mac = join(root, 'mac-dev-zh-en');
  const hu = join(root, 'hunalign-dtm-hu-en');
  const bible = join(root, 'bible-en-zh');
  const sets: (() => GoldSet)[] = [
    () => ({
      name: 'textberg-de-fr-dev',
      srcLang: 'de',
      tgtLang: 'fr',
      peerStrictF1: 0.676,
      docs: [
        { src: lines(join(tb, 'dev.de')), tgt: lines(join(tb, 'dev.fr')), gold: beads(join(tb, 'dev.defr')) },
      ],
    }),
    () => ({
      name: 'mac-dev-zh-en',
      srcLang: 'zh',
      tgtLang: 'en',
      peerStrictF1: 0.444,
      docs: numbered(join(mac, 'zh')).map((id) => ({
        src: lines(join(mac, 'zh', id)),
        tgt: lines(join(mac, 'en', id)),
        gold: beads(join(mac, 'gold', `${id}.align`)),
      })),
    }),
    () => ({
      name: 'hunalign-dtm-hu-en',
      srcLang: 'hu',
      tgtLang: 'en',
      peerStrictF1: 0.969,
      docs: [
        {
          src: lines(join(hu, 'hu.sen')),
          tgt: lines(join(hu, 'en.sen')),
          gold: beads(join(hu, 'gold.align')),
        },
      ],
    }),
    () => ({
      name: 'bible-en-zh',
      srcLang: 'en',
      tgtLang: 'zh',
      peerStrictF1: 0.808,
      docs: [
        {
          src: lines(join(bible, 'en', '001')),
          tgt: lines(join(bible, 'zh', '001')),
          gold: beads(join(bible, 'gold', '001.align')),
          srcUnits: lines(join(bible, 'en.verse')).map((v) => v.trim()),
          tgtUnits: lines(join(bible, 'zh.verse')).map((v) => v.trim()),
        },
      ],
    }),
  ];
  const names = ['textberg-de-fr-dev', 'mac-dev-zh-en', 'hunalign-dtm-hu-en', 'bible-en-zh'];
  return sets.filter((_, k) => only === undefined || names[k] === only).map((load) => load());
}
