// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { AlignmentGrid } from '../../shared/align/grid';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

const EN = 'The leaders met in Moscow.\n\nThey spoke of "a new era" in relations.\n\nTalks will continue.';
const RU =
  'Лидеры встретились в Москве.\n\nОни говорили о «новой эпохе» в отношениях.\n\nПереговоры продолжатся.';

function seeded(alignWith?: FakeBackend['alignWith']) {
  const backend = new FakeBackend();
  backend.alignWith = alignWith ?? null;
  const ids = backend.seed('Summit', [
    { fileName: 'en_source.txt', text: EN },
    { fileName: 'ru_inosmi.txt', text: RU },
  ]);
  return { backend, ...ids, hash: `#/project/${ids.projectId}/doc/${ids.documentId}` };
}

function rowBox(n: number): HTMLInputElement {
  return screen.getByRole('checkbox', { name: `Row ${n}` });
}

function cellTexts(name: string): (string | null)[] {
  const column = screen.getByRole('group', { name });
  return Array.from(column.querySelectorAll('.paragraph, .cell-empty')).map((c) =>
    c.classList.contains('cell-empty') ? null : c.textContent,
  );
}

describe('aligned document view', () => {
  it('marks a missing counterpart, a doubtful row, a fixed row and paragraph starts, in text too', async () => {
    const grid = (ids: string[]): AlignmentGrid => ({
      sourceVersionId: ids[0] ?? null,
      versionIds: ids,
      rows: [
        {
          cells: [[0], [0]],
          confidence: 1,
          lowConfidence: false,
          paragraphStart: true,
          fixed: true,
          fixes: [{ targetVersionId: ids[1] ?? '', src: [0], tgt: [0] }],
        },
        {
          cells: [[1], []],
          confidence: 0.3,
          lowConfidence: true,
          paragraphStart: true,
          fixed: false,
          fixes: [],
        },
        {
          cells: [[2], [1, 2]],
          confidence: 0.9,
          lowConfidence: false,
          paragraphStart: true,
          fixed: false,
          fixes: [],
        },
      ],
      unplaced: [
        {
          targetVersionId: ids[1] ?? '',
          fix: { src: [7], tgt: [7], srcText: 'Lost sentence.', tgtText: 'Потеряно.' },
        },
      ],
    });
    const { backend, hash } = seeded((doc) => grid(doc.versions.map((v) => v.id)));
    renderApp(hash, backend);
    await screen.findByRole('group', { name: 'ru_inosmi' });
    expect(cellTexts('ru_inosmi')).toEqual([
      'Лидеры встретились в Москве.',
      null,
      'Они говорили о «новой эпохе» в отношениях.\n\nПереговоры продолжатся.',
    ]);
    expect(screen.getAllByText('No counterpart')).toHaveLength(1);
    const rows = screen.getByRole('group', { name: 'Rows' });
    expect(within(rows).getAllByRole('checkbox')).toHaveLength(3);
    expect(within(rows).getAllByText('New paragraph')).toHaveLength(3);
    expect(within(rows).getAllByText('Uncertain alignment')).toHaveLength(1);
    expect(within(rows).getAllByText('Aligned by hand')).toHaveLength(1);
    expect(rowBox(2).closest('.row-controls')?.classList.contains('row-low')).toBe(true);
    expect(screen.getByText('Without counterpart: 1')).toBeTruthy();
    expect(screen.getByText('Uncertain: 1')).toBeTruthy();
    expect(screen.getByText(/no longer match the text: 1/)).toBeTruthy();
    expect(screen.getByText('Lost sentence.')).toBeTruthy();
  });

  it('merges two rows picked with the mouse, then removes the manual fix', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    await screen.findByRole('group', { name: 'Rows' });
    expect(cellTexts('en_source')).toHaveLength(3);
    const merge = screen.getByRole('button', { name: 'Merge rows' });
    expect(merge).toHaveProperty('disabled', true);
    fireEvent.click(rowBox(1));
    fireEvent.click(rowBox(3));
    expect(screen.getByText('Only adjacent rows can be merged.')).toBeTruthy();
    expect(merge).toHaveProperty('disabled', true);
    fireEvent.click(rowBox(3));
    fireEvent.click(rowBox(2));
    expect(screen.getByText('Rows selected: 2')).toBeTruthy();
    fireEvent.click(merge);

    await waitFor(() => expect(cellTexts('en_source')).toHaveLength(2));
    const project = backend.projects.get(projectId);
    expect(project?.alignmentFixes[0]?.fixed).toEqual([
      {
        src: [0, 1],
        tgt: [0, 1],
        srcText: 'The leaders met in Moscow.\n\nThey spoke of "a new era" in relations.',
        tgtText: 'Лидеры встретились в Москве.\n\nОни говорили о «новой эпохе» в отношениях.',
      },
    ]);
    expect(screen.getByText('Rows merged.')).toBeTruthy();
    expect(screen.getAllByText('Aligned by hand').length).toBeGreaterThan(0);
    await waitFor(() => expect(document.activeElement).toBe(rowBox(1)));

    fireEvent.click(rowBox(1));
    fireEvent.click(screen.getByRole('button', { name: 'Remove manual fix' }));
    await waitFor(() => expect(cellTexts('en_source')).toHaveLength(3));
    expect(backend.projects.get(projectId)?.alignmentFixes).toEqual([]);
    expect(backend.unexpected).toEqual([]);
  });

  it('works from the keyboard: arrows between rows, Space to pick, split at a chosen sentence', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    await screen.findByRole('group', { name: 'Rows' });
    expect(rowBox(1).tabIndex).toBe(0);
    expect(rowBox(2).tabIndex).toBe(-1);
    rowBox(1).focus();
    fireEvent.keyDown(rowBox(1), { key: 'ArrowDown' });
    expect(document.activeElement).toBe(rowBox(2));
    expect(rowBox(2).tabIndex).toBe(0);
    // Space on a focused checkbox toggles it (the browser turns it into a click).
    fireEvent.click(rowBox(2));
    fireEvent.keyDown(rowBox(2), { key: 'ArrowDown' });
    fireEvent.click(rowBox(3));
    fireEvent.click(screen.getByRole('button', { name: 'Merge rows' }));
    await waitFor(() => expect(cellTexts('en_source')).toHaveLength(2));

    fireEvent.click(rowBox(2));
    fireEvent.click(screen.getByRole('button', { name: 'Split row…' }));
    const form = screen.getByRole('form', { name: 'Split row 2' });
    const enSelect = within(form).getByRole('combobox', {
      name: 'Sentences of “en_source” in the upper row',
    });
    expect(document.activeElement).toBe(enSelect);
    const ruSelect = within(form).getByRole('combobox', {
      name: 'Sentences of “ru_inosmi” in the upper row',
    });
    fireEvent.change(enSelect, { target: { value: '0' } });
    fireEvent.change(ruSelect, { target: { value: '0' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Split' }));
    expect(within(form).getByRole('alert').textContent).toMatch(/at least one sentence/);
    fireEvent.change(enSelect, { target: { value: '1' } });
    fireEvent.change(ruSelect, { target: { value: '1' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Split' }));
    await waitFor(() => expect(cellTexts('en_source')).toHaveLength(3));
    expect(backend.projects.get(projectId)?.alignmentFixes[0]?.fixed.map((f) => [f.src, f.tgt])).toEqual([
      [[1], [1]],
      [[2], [2]],
    ]);
    expect(screen.queryByRole('form', { name: /Split row/ })).toBeNull();
  });

  it('unlinks a row so both of its sides stand alone with empty cells', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    await screen.findByRole('group', { name: 'Rows' });
    fireEvent.click(rowBox(3));
    fireEvent.click(screen.getByRole('button', { name: 'Unlink' }));
    await waitFor(() =>
      expect(cellTexts('en_source')).toEqual([
        'The leaders met in Moscow.',
        'They spoke of "a new era" in relations.',
        null,
        'Talks will continue.',
      ]),
    );
    expect(cellTexts('ru_inosmi')).toEqual([
      'Лидеры встретились в Москве.',
      'Они говорили о «новой эпохе» в отношениях.',
      'Переговоры продолжатся.',
      null,
    ]);
    expect(screen.getAllByText('No counterpart')).toHaveLength(2);
    expect(backend.projects.get(projectId)?.alignmentFixes[0]?.fixed.map((f) => [f.src, f.tgt])).toEqual([
      [[2], []],
      [[], [2]],
    ]);
  });

  it('shows the aligner failing as an error, not an empty page', async () => {
    const { backend, hash } = seeded(() => {
      throw new Error('boom');
    });
    renderApp(hash, backend);
    expect(await screen.findByText(/unexpected error|went wrong/i)).toBeTruthy();
    backend.unexpected.splice(0);
  });
});
