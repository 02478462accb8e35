// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AlignmentGrid } from '../../shared/align/grid';
import type { StoryDocument } from '../../shared/model/project';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';
import { revealHighlight } from '../../renderer/features/review/reveal';

afterEach(() => cleanup());

const EN = 'The leaders met in Moscow.\n\nThey spoke of "a new era".\n\nTalks will continue.';
const RU = 'Лидеры встретились в Москве.\n\nОни говорили о «новой эпохе».\n\nПереговоры продолжатся.';
const AR = 'التقى الزعيمان في موسكو.\n\nتحدثا عن «عهد جديد».\n\nستستمر المحادثات.';

/** Row by row, one sentence per version: the grid a long story of equal paragraphs aligns to. */
function diagonal(doc: StoryDocument): AlignmentGrid {
  const n = Math.min(...doc.versions.map((v) => v.sentences.length));
  return {
    sourceVersionId: doc.versions[0]?.id ?? null,
    versionIds: doc.versions.map((v) => v.id),
    rows: Array.from({ length: n }, (_, i) => ({
      cells: doc.versions.map(() => [i]),
      confidence: 1,
      lowConfidence: false,
      paragraphStart: true,
      fixed: false,
      fixes: [],
    })),
    unplaced: [],
  };
}

/** The visible column headings, left to right in DOM order. */
function columnNames(): string[] {
  return Array.from(document.querySelectorAll('.version-column h2')).map((h) => h.textContent ?? '');
}

function open(versions: { fileName: string; text: string }[], grid = false) {
  const backend = new FakeBackend();
  if (grid) backend.alignWith = diagonal;
  const { projectId, documentId } = backend.seed('Summit', versions);
  renderApp(`#/project/${projectId}/doc/${documentId}`, backend);
  return { backend, projectId, documentId };
}

describe('review grid columns', () => {
  it('hides and reorders columns from the keyboard-usable picker, stores the layout and maps cells by version', async () => {
    const { backend, projectId, documentId } = open([
      { fileName: 'en_source.txt', text: EN },
      { fileName: 'ru_inosmi.txt', text: RU },
      { fileName: 'ar_aljazeera.txt', text: AR },
    ]);
    await screen.findByRole('group', { name: 'ar_aljazeera' }, { timeout: 8000 });
    expect(columnNames()).toEqual(['en_source', 'ru_inosmi', 'ar_aljazeera']);
    const list = screen.getByRole('list', { name: 'Columns in order' });

    fireEvent.click(within(list).getByRole('button', { name: 'Move “ar_aljazeera” earlier' }));
    await waitFor(() => expect(columnNames()).toEqual(['en_source', 'ar_aljazeera', 'ru_inosmi']), {
      timeout: 5000,
    });
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(list).getByRole('button', { name: 'Move “ar_aljazeera” earlier' }),
      ),
    );
    fireEvent.click(within(list).getByRole('checkbox', { name: 'ru_inosmi' }));
    await waitFor(() => expect(columnNames()).toEqual(['en_source', 'ar_aljazeera']), { timeout: 5000 });
    expect(backend.projects.get(projectId)?.documents.find((d) => d.id === documentId)?.columns).toEqual({
      order: [expect.any(String), expect.any(String), expect.any(String)],
      hidden: [expect.any(String)],
    });

    // Cells follow their version, not their position: the Arabic column holds Arabic, right to left.
    const ar = screen.getByRole('group', { name: 'ar_aljazeera' });
    expect(ar.getAttribute('dir')).toBe('rtl');
    expect(ar.querySelector('.paragraph')?.textContent).toBe('التقى الزعيمان في موسكو.');
    expect(screen.getByRole('group', { name: 'en_source' }).querySelector('.paragraph')?.textContent).toBe(
      'The leaders met in Moscow.',
    );
    expect(screen.queryByRole('group', { name: 'ru_inosmi' })).toBeNull();

    // The last shown column cannot be hidden.
    fireEvent.click(within(list).getByRole('checkbox', { name: 'ar_aljazeera' }));
    await waitFor(() => expect(columnNames()).toEqual(['en_source']), { timeout: 5000 });
    expect(within(list).getByRole('checkbox', { name: 'en_source' })).toHaveProperty('disabled', true);
    expect(backend.unexpected).toEqual([]);
  });

  it('moves a translation’s last sentence down into the next row as fixed beads', async () => {
    const en = 'One. Two.\n\nThree.';
    const ru = 'Один. Два.\n\nТри.';
    const backend = new FakeBackend();
    backend.alignWith = (doc) => ({
      ...diagonal(doc),
      rows: diagonal(doc).rows.slice(0, 2),
    });
    const { projectId, documentId } = backend.seed('S', [
      { fileName: 'en_source.txt', text: en },
      { fileName: 'ru_tass.txt', text: ru },
    ]);
    renderApp(`#/project/${projectId}/doc/${documentId}`, backend);
    await screen.findByRole('group', { name: 'ru_tass' }, { timeout: 8000 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Row 1' }));
    const move = screen.getByRole('group', { name: 'Move a sentence between rows' });
    fireEvent.change(within(move).getByRole('combobox', { name: 'Sentence of' }), {
      target: { value: backend.projects.get(projectId)?.documents[0]?.versions[1]?.id },
    });
    expect(within(move).getByRole('button', { name: 'Move first sentence up' })).toHaveProperty(
      'disabled',
      true,
    );
    fireEvent.click(within(move).getByRole('button', { name: 'Move last sentence down' }));
    await waitFor(() => expect(screen.getByText('Sentence moved to the row below.')).toBeTruthy(), {
      timeout: 5000,
    });
    const fixes = backend.projects.get(projectId)?.alignmentFixes.find((s) => s.documentId === documentId);
    expect(fixes?.fixed.map((f) => [f.src, f.tgt])).toEqual([
      [[0], []],
      [[1], [0, 1]],
    ]);
  });
});

describe('virtualized grid', () => {
  const ROWS = 1200;
  const long = (word: string) => Array.from({ length: ROWS }, (_, i) => `${word} ${i + 1}.`).join('\n\n');

  it('draws part of a long story, yet the keyboard reaches its last row and a revealed highlight far down', async () => {
    const { backend, projectId, documentId } = open(
      [
        { fileName: 'en_source.txt', text: long('Sentence') },
        { fileName: 'ru_tass.txt', text: long('Предложение') },
      ],
      true,
    );
    const en = await screen.findByRole('group', { name: 'en_source' }, { timeout: 8000 });
    const drawn = en.querySelectorAll('.paragraph').length;
    expect(drawn).toBeGreaterThan(5);
    expect(drawn).toBeLessThan(200);

    const first = screen.getByRole('checkbox', { name: 'Row 1' });
    first.focus();
    fireEvent.keyDown(first, { key: 'End' });
    const last = screen.getByRole('checkbox', { name: `Row ${ROWS}` });
    expect(document.activeElement).toBe(last);
    expect(screen.queryByRole('checkbox', { name: 'Row 1' })).toBeNull();

    // In a text column the arrows walk cell by cell into rows not drawn before.
    const cell = en.querySelector<HTMLElement>('.paragraph[tabindex="0"]') as HTMLElement;
    const row = Number(cell.dataset.row);
    fireEvent.keyDown(cell, { key: 'ArrowDown' });
    expect((document.activeElement as HTMLElement).dataset.row).toBe(String(Math.min(row + 1, ROWS - 1)));
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'Home' });
    expect(document.activeElement?.textContent).toBe('Sentence 1.');

    // An annotation far up (its row is no longer drawn): revealing it draws its row and focuses the highlight.
    const project = backend.projects.get(projectId);
    const version = project?.documents.find((d) => d.id === documentId)?.versions[0];
    const target = version?.sentences[2];
    await window.api.invoke('projects.command', {
      projectId,
      command: {
        type: 'annotation.add',
        documentId,
        spans: [{ versionId: version?.id ?? '', start: target?.start ?? 0, end: target?.end ?? 0 }],
        category: 'accuracy',
        severity: 'minor',
        comment: 'far',
      },
    });
    fireEvent.keyDown(document.activeElement as HTMLElement, { key: 'End' });
    expect(document.activeElement?.textContent).toBe(`Sentence ${ROWS}.`);
    expect(en.querySelector('.paragraph[data-row="2"]')).toBeNull();
    // The view learns of the new annotation through the project it reloads on the next command; re-render it.
    cleanup();
    renderApp(`#/project/${projectId}/doc/${documentId}`, backend);
    const again = await screen.findByRole('group', { name: 'en_source' }, { timeout: 8000 });
    const annotationId = backend.projects.get(projectId)?.annotations[0]?.id ?? '';
    const root = again.closest<HTMLElement>('.version-grid');
    const rowControls = screen.getByRole('checkbox', { name: 'Row 1' });
    rowControls.focus();
    fireEvent.keyDown(rowControls, { key: 'End' });
    expect(again.querySelector('.paragraph[data-row="2"]')).toBeNull();
    expect(revealHighlight(root, annotationId)).toBe(true);
    expect((document.activeElement as HTMLElement).tagName).toBe('MARK');
    expect(document.activeElement?.textContent).toBe('Sentence 3.');
    expect(backend.unexpected).toEqual([]);
  });
});
