import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildAlignmentGrid } from '../../../shared/align/grid';
import type { Project } from '../../../shared/model/project';
import { documentQuotes } from '../../../shared/quotes/document-quotes';
import { headFits, headRowsFor, storyHead } from '../../../shared/review/story-head';
import { storyOf, versionOf } from '../align/grid-doc';
import { emptyProject } from '../../support/project-fixture';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

const read = (path: string) => stripCorpusHeader(readFileSync(corpusPath(path), 'utf8'));
const EARLY = read('001-putin-li-2023/en_reuters_early_timeslive.txt');
const CNA = read('001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt');
const LATER = read('001-putin-li-2023/en_reuters_via_fbc_europeansuntimes.txt');

function story() {
  const doc = storyOf([
    { id: 'en', lang: 'en', text: EARLY },
    { id: 'zh', lang: 'zh-Hant', text: CNA },
    { id: 'fbc', lang: 'en', text: LATER },
  ]);
  const grid = buildAlignmentGrid(doc, []);
  const quotes = documentQuotes(doc, grid, { speakerLanguages: [{ name: 'Li Shangfu', language: 'zh' }] });
  const other = { ...doc, id: 'other', versions: [versionOf('x', 'en', 'Another story.', 'source')] };
  const note = (documentId: string) => ({
    id: `note-${documentId}`,
    documentId,
    spans: [],
    category: 'accuracy' as const,
    subtype: null,
    severity: 'minor' as const,
    comment: '',
    correction: '',
    status: 'open' as const,
    author: 'Tester',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    replies: [],
  });
  const project: Project = {
    ...emptyProject(),
    documents: [doc, other],
    annotations: [note('doc'), note('other')],
  };
  return { project, doc, grid, quotes };
}

describe('storyHead', () => {
  it('cuts every version after the last sentence its first rows use, keeping offsets and the rows as they are', () => {
    const { project, doc, grid, quotes } = story();
    const head = storyHead(project, doc, grid, quotes, 4);
    expect(head.totalRows).toBe(grid.rows.length);
    expect(head.grid.rows).toEqual(grid.rows.slice(0, 4));
    const cut = head.project.documents[0];
    expect(head.project.documents).toHaveLength(1);
    expect(head.project.annotations.map((a) => a.documentId)).toEqual(['doc']);
    doc.versions.forEach((whole, col) => {
      const v = cut?.versions[col];
      if (!v) throw new Error('version missing');
      const used = head.grid.rows.flatMap((r) => r.cells[col] ?? []);
      const count = Math.max(-1, ...used) + 1;
      expect(v.sentences).toEqual(whole.sentences.slice(0, count));
      expect(whole.text.startsWith(v.text)).toBe(true);
      expect(v.text.length).toBe(count === 0 ? 0 : whole.sentences[count - 1]?.end);
      expect(v.text.length).toBeLessThan(whole.text.length);
      for (const p of v.paragraphs) expect(p.end).toBeLessThanOrEqual(v.text.length);
      expect(v.paragraphs.length).toBeGreaterThan(0);
    });
  });

  it('keeps the quotes inside the cut texts, and only the links between kept quotes', () => {
    const { project, doc, grid, quotes } = story();
    const head = storyHead(project, doc, grid, quotes, 6);
    head.quotes?.versions.forEach((vq, i) => {
      const whole = quotes.versions[i];
      const text = head.project.documents[0]?.versions[i]?.text ?? '';
      expect(vq.quotes).toEqual(whole?.quotes.slice(0, vq.quotes.length));
      for (const q of vq.quotes) expect(q.end).toBeLessThanOrEqual(text.length);
      const next = whole?.quotes[vq.quotes.length];
      if (next) expect(next.end).toBeGreaterThan(text.length);
      const source = head.quotes?.versions[0]?.quotes.length ?? 0;
      for (const l of vq.matching?.links ?? []) {
        expect(l.source).toBeLessThan(source);
        expect(l.target).toBeLessThan(vq.quotes.length);
      }
    });
    // The head of this story reaches Putin's first quote, linked to CNA's Chinese one.
    expect(head.quotes?.versions[1]?.matching?.links.length).toBeGreaterThan(0);
  });

  it('is the whole story when the rows asked for cover it', () => {
    const { project, doc, grid, quotes } = story();
    const head = storyHead(project, doc, grid, quotes, grid.rows.length + 10);
    expect(head.project.documents[0]?.versions).toEqual(doc.versions);
    expect(head.grid.rows).toEqual(grid.rows);
    expect(head.quotes).toEqual(quotes);
  });

  it('fits the story it was cut from, and no longer once a text inside it changed', () => {
    const { project, doc, grid, quotes } = story();
    const head = storyHead(project, doc, grid, quotes, 3);
    expect(headFits(head, doc)).toBe(true);
    const cuts = head.project.documents[0]?.versions.map((v) => v.text.length) ?? [];
    const col = cuts.findIndex((n) => n > 10);
    const cut = cuts[col] ?? 0;
    const edit = (at: number) => ({
      ...doc,
      versions: doc.versions.map((v, i) =>
        i === col ? { ...v, text: `${v.text.slice(0, at)}#${v.text.slice(at + 1)}` } : v,
      ),
    });
    expect(headFits(head, edit(cut + 5))).toBe(true);
    expect(headFits(head, edit(2))).toBe(false);
    expect(headFits(head, { ...doc, versions: doc.versions.slice(1) })).toBe(false);
    expect(headFits(head, undefined)).toBe(false);
  });
});

describe('headRowsFor', () => {
  it('asks for enough short rows to fill the window, within bounds', () => {
    expect(headRowsFor(900)).toBe(Math.ceil(900 / 48) + 2);
    expect(headRowsFor(0)).toBe(8);
    expect(headRowsFor(Number.NaN)).toBe(8);
    expect(headRowsFor(1e6)).toBe(200);
  });
});
