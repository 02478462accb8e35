// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { EditTextForm } from '../../renderer/features/review/EditTextForm';
import { changedRange } from '../../renderer/features/review/use-edit-text';
import { createRendererI18n } from '../../renderer/i18n';
import { FakeBackend } from './support/fake-api';
import { renderApp } from './support/render-app';

afterEach(() => cleanup());

// The fake backend runs the real aligner after each edit; on a loaded machine that takes a while.
const slow = { timeout: 5000 };

const EN = 'The leaders met in Moscoww.\n\nThey spoke of a new era in relations.\n\nTalks will continue.';
const RU =
  'Лидеры встретились в Москве.\n\nОни говорили о новой эпохе в отношениях.\n\nПереговоры продолжатся.';

describe('changedRange', () => {
  it('finds the changed part between the common prefix and suffix', () => {
    expect(changedRange('met in Moscoww.', 'met in Moscow.')).toEqual({
      start: 13,
      oldEnd: 14,
      newStart: 13,
      newEnd: 13,
    });
    expect(changedRange('abc', 'abXc')).toEqual({ start: 2, oldEnd: 2, newStart: 2, newEnd: 3 });
    expect(changedRange('same', 'same')).toBeNull();
  });

  it('never cuts a surrogate pair and treats a textarea’s "\\n" as the text’s "\\r\\n"', () => {
    // 😀 and 😃 share their high surrogate: the cut must include it.
    expect(changedRange('a😀b', 'a😃b')).toEqual({ start: 1, oldEnd: 3, newStart: 1, newEnd: 3 });
    expect(changedRange('one\r\ntwo', 'one\ntwo')).toBeNull();
    expect(changedRange('one\r\ntwo', 'one\nTwo')).toEqual({ start: 5, oldEnd: 6, newStart: 4, newEnd: 5 });
    expect(changedRange('one\r\ntwo', 'one\ntwo!')).toEqual({ start: 8, oldEnd: 8, newStart: 7, newEnd: 8 });
  });
});

describe('EditTextForm', () => {
  function mount(onSave = vi.fn(async () => true), onCancel = vi.fn()) {
    const i18n = createRendererI18n();
    render(
      <I18nextProvider i18n={i18n}>
        <EditTextForm
          label="en_source"
          row={2}
          lang="en"
          dir="ltr"
          text="They spoke of a new eraa."
          busy={false}
          onSave={onSave}
          onCancel={onCancel}
        />
      </I18nextProvider>,
    );
    return { onSave, onCancel };
  }

  it('shows the cell text in a labelled, focused text area and saves the edited text', () => {
    const { onSave } = mount();
    expect(screen.getByRole('form', { name: 'Edit text: en_source, row 2' })).toBeTruthy();
    const area = screen.getByRole('textbox', { name: 'Text of this cell' });
    expect(area).toHaveProperty('value', 'They spoke of a new eraa.');
    expect(document.activeElement).toBe(area);
    expect(area.getAttribute('lang')).toBe('en');
    fireEvent.change(area, { target: { value: 'They spoke of a new era.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save text' }));
    expect(onSave).toHaveBeenCalledWith('They spoke of a new era.');
  });

  it('cancels on Escape and on the Cancel button without saving', () => {
    const { onSave, onCancel } = mount();
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Text of this cell' }), { key: 'Escape' });
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledTimes(2);
    expect(onSave).not.toHaveBeenCalled();
  });
});

describe('editing text in the document view', () => {
  async function open() {
    const backend = new FakeBackend();
    const { projectId, documentId } = backend.seed('Summit', [
      { fileName: 'en_source.txt', text: EN },
      { fileName: 'ru_inosmi.txt', text: RU },
    ]);
    const en = backend.projects.get(projectId)!.documents[0]!.versions[0]!;
    const phrase = (p: string) => ({ versionId: en.id, start: EN.indexOf(p), end: EN.indexOf(p) + p.length });
    for (const span of [phrase('met in Moscoww'), phrase('a new era')]) {
      await backend.handlers['projects.command']({
        projectId,
        command: {
          type: 'annotation.add',
          documentId,
          spans: [span],
          category: 'accuracy',
          severity: 'minor',
          comment: '',
        },
      });
    }
    renderApp(`#/project/${projectId}/doc/${documentId}`, backend);
    const column = await screen.findByRole('group', { name: 'en_source' }, { timeout: 5000 });
    const cells = () => Array.from(column.querySelectorAll<HTMLElement>('.paragraph'));
    await waitFor(() => expect(cells()).toHaveLength(3), slow);
    const stored = () => backend.projects.get(projectId)!;
    return { backend, column, cells, stored, enId: en.id };
  }

  const status = () => document.querySelector('.announcer')?.textContent ?? '';

  it('F2 on a focused cell opens the editor; saving sends only the changed range and the highlight follows', async () => {
    const { backend, cells, stored, enId } = await open();
    const first = cells()[0]!;
    act(() => first.focus());
    expect(screen.getByText('F2 edits the text of the current cell (en_source, row 1).')).toBeTruthy();
    fireEvent.keyDown(first, { key: 'F2' });
    const area = await screen.findByRole('textbox', { name: 'Text of this cell' }, slow);
    expect(area).toHaveProperty('value', 'The leaders met in Moscoww.');
    fireEvent.change(area, { target: { value: 'The leaders met in Moscow.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save text' }));

    await waitFor(
      () => expect(screen.queryByRole('textbox', { name: 'Text of this cell' })).toBeNull(),
      slow,
    );
    const sent = backend.calls.filter((c) => c.channel === 'projects.command').at(-1)?.arg as {
      command: Record<string, unknown>;
    };
    const typo = EN.indexOf('Moscoww') + 'Moscow'.length;
    expect(sent.command).toEqual({
      type: 'version.editText',
      documentId: stored().documents[0]!.id,
      versionId: enId,
      start: typo,
      end: typo + 1,
      text: '',
    });
    expect(stored().documents[0]!.versions[0]!.text).toBe(EN.replace('Moscoww', 'Moscow'));
    await waitFor(() => expect(status()).toContain('Text saved. 1 annotation followed its text.'), slow);
    await waitFor(() => expect(cells()[0]?.querySelector('mark')?.textContent).toBe('met in Moscow'), slow);
    await waitFor(() => expect(document.activeElement).toBe(cells()[0]), slow);
    expect(backend.unexpected).toEqual([]);
  });

  it('the Edit text button opens the editor for the last cell used; Escape cancels and returns focus', async () => {
    const { cells } = await open();
    const button = screen.getByRole('button', { name: 'Edit text' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('aria-keyshortcuts')).toBe('F2');
    act(() => cells()[1]!.focus());
    await waitFor(() => expect(button).toHaveProperty('disabled', false), slow);
    fireEvent.click(button);
    const form = screen.getByRole('form', { name: 'Edit text: en_source, row 2' });
    const area = within(form).getByRole('textbox', { name: 'Text of this cell' });
    expect(area).toHaveProperty('value', 'They spoke of a new era in relations.');
    expect(button).toHaveProperty('disabled', true);
    fireEvent.keyDown(area, { key: 'Escape' });
    expect(screen.queryByRole('form', { name: /Edit text/ })).toBeNull();
    await waitFor(() => expect(document.activeElement).toBe(cells()[1]), slow);
  });

  it('deleting an annotated phrase keeps the annotation as detached and says so', async () => {
    const { cells, stored } = await open();
    act(() => cells()[1]!.focus());
    fireEvent.keyDown(cells()[1]!, { key: 'F2' });
    const area = await screen.findByRole('textbox', { name: 'Text of this cell' }, slow);
    fireEvent.change(area, { target: { value: 'They spoke of relations.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save text' }));
    await waitFor(
      () =>
        expect(status()).toContain('1 annotation lost its text and is now detached; it stays in the list.'),
      slow,
    );
    const annotations = stored().annotations;
    expect(annotations).toHaveLength(2);
    expect(annotations[1]!.spans[0]).toMatchObject({ quote: 'a new era', detached: true });
    expect(annotations[0]!.spans[0]).toMatchObject({ quote: 'met in Moscoww', detached: false });
    await waitFor(() => expect(cells()[1]?.textContent).toBe('They spoke of relations.'), slow);
    expect(cells()[1]?.querySelector('mark')).toBeNull();
  });

  it('an edit is undone and redone from the toolbar, and an editor opened before an undo refuses to save', async () => {
    const { cells, stored } = await open();
    act(() => cells()[0]!.focus());
    fireEvent.keyDown(cells()[0]!, { key: 'F2' });
    const area = await screen.findByRole('textbox', { name: 'Text of this cell' }, slow);
    fireEvent.change(area, { target: { value: 'The leaders met in Moscow.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save text' }));
    const undo = await screen.findByRole('button', { name: 'Undo: edit text' }, slow);

    // Open the editor on the corrected text, then undo the correction underneath it.
    act(() => cells()[0]!.focus());
    fireEvent.keyDown(cells()[0]!, { key: 'F2' });
    const again = await screen.findByRole('textbox', { name: 'Text of this cell' }, slow);
    expect(again).toHaveProperty('value', 'The leaders met in Moscow.');
    fireEvent.click(undo);
    await waitFor(() => expect(stored().documents[0]!.versions[0]!.text).toBe(EN), slow);
    await waitFor(() => expect(stored().annotations[0]!.spans[0]!.quote).toBe('met in Moscoww'), slow);
    fireEvent.change(again, { target: { value: 'The leaders met in Moscow!' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save text' }));
    await waitFor(
      () =>
        expect(document.querySelector('[role="alert"]')?.textContent).toMatch(
          /changed while you were editing/,
        ),
      slow,
    );
    expect(stored().documents[0]!.versions[0]!.text).toBe(EN);
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Redo: edit text' }, slow));
    await waitFor(
      () => expect(stored().documents[0]!.versions[0]!.text).toBe(EN.replace('Moscoww', 'Moscow')),
      slow,
    );
  });

  it('F2 in another text field does not open the editor', async () => {
    const { cells } = await open();
    act(() => cells()[0]!.focus());
    const field = document.createElement('textarea');
    document.body.append(field);
    act(() => field.focus());
    fireEvent.keyDown(field, { key: 'F2' });
    expect(screen.queryByRole('textbox', { name: 'Text of this cell' })).toBeNull();
    field.remove();
  });

  it('says when main refuses the edit and keeps the editor open', async () => {
    const { backend, cells } = await open();
    act(() => cells()[2]!.focus());
    fireEvent.keyDown(cells()[2]!, { key: 'F2' });
    const area = await screen.findByRole('textbox', { name: 'Text of this cell' }, slow);
    // Someone else shortened the text meanwhile: the range no longer fits.
    const project = [...backend.projects.values()][0]!;
    const doc = project.documents[0]!;
    const short = {
      ...doc.versions[0]!,
      text: 'Short.',
      paragraphs: [{ start: 0, end: 6 }],
      sentences: [{ start: 0, end: 6 }],
    };
    backend.projects.set(project.id, {
      ...project,
      documents: [{ ...doc, versions: [short, doc.versions[1]!] }],
    });
    fireEvent.change(area, { target: { value: 'Talks will go on.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save text' }));
    await waitFor(() =>
      expect(document.querySelector('[role="alert"]')?.textContent).toMatch(/does not fit/),
    );
    expect(screen.getByRole('textbox', { name: 'Text of this cell' })).toBeTruthy();
  });
});
