// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { EN, RU, firstItem, seeded, spanLines } from './annotation-helpers';

afterEach(() => cleanup());

/** A backend whose story has one annotation linking "a new era" and «новой эпохе», the Russian span detached. */
async function withAnnotation() {
  const s = seeded();
  const doc = s.backend.projects.get(s.projectId)!.documents[0]!;
  const [en, ru] = doc.versions;
  const at = EN.indexOf('a new era');
  const ruAt = RU.indexOf('«новой эпохе»');
  await s.backend.handlers['projects.command']({
    projectId: s.projectId,
    command: {
      type: 'annotation.add',
      documentId: s.documentId,
      spans: [
        { versionId: en!.id, start: at, end: at + 'a new era'.length },
        { versionId: ru!.id, start: ruAt, end: ruAt + '«новой эпохе»'.length },
      ],
      category: 'misquote',
      severity: 'major',
      comment: 'Check the wording.',
    },
  });
  const project = s.backend.projects.get(s.projectId)!;
  const a = project.annotations[0]!;
  // As an edit elsewhere would leave it: the Russian text can no longer be found.
  const spans = [a.spans[0]!, { ...a.spans[1]!, detached: true }];
  s.backend.projects.set(s.projectId, { ...project, annotations: [{ ...a, spans }] });
  return s;
}

describe('annotation item', () => {
  it('shows every span, a detached one as detached (not hidden), and highlights only attached text', async () => {
    const { backend, hash } = await withAnnotation();
    renderApp(hash, backend);
    const item = await firstItem();
    expect(spanLines(item)).toEqual(['In “en_source”: a new era', 'In “ru_inosmi”: «новой эпохе»']);
    const detached = within(item).getByText('Detached: this text was no longer found after an edit.');
    expect(detached.closest('li')?.textContent).toContain('«новой эпохе»');
    await waitFor(() => expect(document.querySelectorAll('mark').length).toBeGreaterThan(0));
    const marks = Array.from(document.querySelectorAll('mark')).map((m) => m.textContent);
    expect(marks).toEqual(['a new era']);
  });

  it('adds, edits and deletes replies in the thread', async () => {
    const { backend, hash, projectId } = await withAnnotation();
    renderApp(hash, backend);
    const item = await firstItem();
    expect(within(item).queryByRole('heading', { name: /Replies/ })).toBeNull();

    fireEvent.click(within(item).getByRole('button', { name: 'Reply' }));
    const editor = within(item).getByRole('form', { name: 'New reply' });
    const box = within(editor).getByRole('textbox', { name: 'Reply' });
    expect(document.activeElement).toBe(box);
    fireEvent.change(box, { target: { value: 'Reuters has “a new era”.' } });
    fireEvent.click(within(editor).getByRole('button', { name: 'Add reply' }));
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations[0]!.replies).toHaveLength(1));
    await waitFor(() => expect(within(item).getByText('Reuters has “a new era”.')).toBeTruthy());
    expect(within(item).getByRole('heading', { name: 'Replies (1)' })).toBeTruthy();
    const thread = within(item).getByRole('region', { name: 'Replies (1)' });
    expect(within(thread).getByText('Ana')).toBeTruthy();
    expect(document.activeElement).toBe(within(item).getByRole('button', { name: 'Reply' }));

    fireEvent.click(within(item).getByRole('button', { name: /^Edit reply by Ana/ }));
    const change = within(item).getByRole('form', { name: /^Edit reply by Ana/ });
    const text = within(change).getByRole('textbox', { name: 'Reply' });
    expect(text).toHaveProperty('value', 'Reuters has “a new era”.');
    fireEvent.change(text, { target: { value: 'Reuters and AP both have “a new era”.' } });
    fireEvent.click(within(change).getByRole('button', { name: 'Save reply' }));
    await waitFor(() =>
      expect(backend.projects.get(projectId)!.annotations[0]!.replies[0]!.text).toBe(
        'Reuters and AP both have “a new era”.',
      ),
    );
    await waitFor(() => expect(within(item).getByText('(edited)')).toBeTruthy());
    expect(screen.getByText('Reply saved.')).toBeTruthy();

    fireEvent.click(within(item).getByRole('button', { name: /^Delete reply by Ana/ }));
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations[0]!.replies).toHaveLength(0));
    await waitFor(() => expect(within(item).queryByText(/both have/)).toBeNull());
    expect(backend.unexpected).toEqual([]);
  });

  it('deletes an annotation only after confirmation', async () => {
    const { backend, hash, projectId } = await withAnnotation();
    renderApp(hash, backend);
    const item = await firstItem();
    fireEvent.click(within(item).getByRole('button', { name: 'Delete annotation on “a new era”' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this annotation?' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(backend.projects.get(projectId)!.annotations).toHaveLength(1);
    fireEvent.click(within(item).getByRole('button', { name: 'Delete annotation on “a new era”' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(0));
  });
});
