// Long-story timing: the quote engine on a three-version story of real articles repeated to a set length.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { alignSides } from '../../shared/align/align';
import type { Bead } from '../../shared/align/types';
import { analyzeQuotes } from '../../shared/quotes/analyze';
import { matchQuotes } from '../../shared/quotes/match';
import { segmentText } from '../../shared/text/segment';
import { paragraphsOf, repeatArticle, STORY_FILES } from '../workspace/story';
import { CORPUS_DIR } from './gold';

/** The story's languages, in the order of STORY_FILES (Reuters English, CNA Chinese, another English copy). */
const LANGS = ['en', 'zh-Hant', 'en'];

interface Version {
  lang: string;
  text: string;
  /** Sentences per copy of the article, and how many copies the text holds. */
  perCopy: number;
  copies: number;
  sentenceTexts: string[];
  paragraphOf: number[];
}

function version(root: string, file: string, lang: string, copies: number): Version {
  const paragraphs = paragraphsOf(readFileSync(resolve(root, CORPUS_DIR, file), 'utf8'));
  const one = repeatArticle(paragraphs, 1);
  const seg = segmentText(one, lang);
  return {
    lang,
    text: repeatArticle(paragraphs, copies),
    perCopy: seg.sentences.length,
    copies,
    sentenceTexts: seg.sentences.map((s) => one.slice(s.start, s.end)),
    paragraphOf: seg.sentences.map((s) =>
      seg.paragraphs.findIndex((p) => s.start >= p.start && s.end <= p.end),
    ),
  };
}

/** One article's alignment, repeated for every copy (aligning the whole long story is the aligner's benchmark). */
function repeatedBeads(src: Version, tgt: Version): Bead[] {
  const { beads } = alignSides(
    { lang: src.lang, sentences: src.sentenceTexts, paragraphOf: src.paragraphOf },
    { lang: tgt.lang, sentences: tgt.sentenceTexts, paragraphOf: tgt.paragraphOf },
  );
  return Array.from({ length: src.copies }, (_, c) =>
    beads.map((b) => ({
      ...b,
      src: b.src.map((i) => i + c * src.perCopy),
      tgt: b.tgt.map((j) => j + c * tgt.perCopy),
    })),
  ).flat();
}

/** Times analyzeQuotes per version and matchQuotes per non-source version; returns the lines to print. */
export function timeLongStory(root: string, paragraphs: number): string[] {
  const first = paragraphsOf(readFileSync(resolve(root, CORPUS_DIR, STORY_FILES[0]!.file), 'utf8'));
  const copies = Math.ceil(paragraphs / first.length);
  const versions = STORY_FILES.map(({ file }, i) => version(root, file, LANGS[i]!, copies));
  const lines: string[] = [];
  let total = 0;
  const analyses = versions.map((v) => {
    const t0 = performance.now();
    const analysis = analyzeQuotes(v.text, v.lang);
    const took = performance.now() - t0;
    total += took;
    lines.push(
      `  analyse ${v.lang.padEnd(8)} ${String(v.text.length).padStart(8)} chars ${String(analysis.quotes.length).padStart(5)} quotes ${ms(took)}`,
    );
    return analysis;
  });
  const source = versions[0]!;
  const sourceSentences = segmentText(source.text, source.lang).sentences;
  let matching = 0;
  versions.forEach((v, i) => {
    if (i === 0) return;
    const beads = repeatedBeads(source, v);
    const sentences = segmentText(v.text, v.lang).sentences;
    const t0 = performance.now();
    const result = matchQuotes(
      { text: source.text, sentences: sourceSentences, quotes: analyses[0]!.quotes },
      { text: v.text, sentences, quotes: analyses[i]!.quotes },
      beads,
    );
    const took = performance.now() - t0;
    matching += took;
    total += took;
    lines.push(
      `  match   en → ${v.lang.padEnd(8)} ${String(result.links.length).padStart(5)} links ${ms(took)}`,
    );
  });
  lines.unshift(
    `Long story (${copies * first.length} paragraphs × ${versions.length} versions, corpus articles repeated; timing only, not scored)`,
  );
  lines.push(
    `  quote engine total ${ms(total)} (matching ${ms(matching)}; segmentation and alignment not counted)`,
  );
  return lines;
}

function ms(value: number): string {
  return `${Math.round(value).toLocaleString('en-US')} ms`.padStart(10);
}
