// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MAX_IMPORT_BYTES } from '../../shared/ipc/contract';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

/** A dropped file as the renderer uses it (jsdom's File has no arrayBuffer(), Chromium's has). */
function fileOf(name: string, text: string): File {
  const bytes = new TextEncoder().encode(text);
  return {
    name,
    size: bytes.length,
    type: 'text/plain',
    arrayBuffer: async () => bytes.buffer,
  } as unknown as File;
}

function drop(target: Element, files: File[]) {
  fireEvent.drop(target, { dataTransfer: { files, types: ['Files'] } });
}

describe('project view', () => {
  it('imports picked files into a new story and lists it', async () => {
    const backend = new FakeBackend();
    const { projectId } = backend.seed('Summit', []);
    backend.pickQueue = [
      { fileName: 'source.txt', text: 'One.\n\nTwo.' },
      { fileName: 'empty.txt', text: '   ' },
    ];
    renderApp(`#/project/${projectId}`, backend);
    expect(await screen.findByText(/no stories yet/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Import files…' }));

    const stories = await screen.findByRole('link', { name: 'source.txt' });
    expect(stories.getAttribute('href')).toMatch(new RegExp(`^#/project/${projectId}/doc/id\\d+$`));
    const statuses = screen.getAllByRole('status');
    expect(statuses.some((s) => /Imported 1 file/.test(s.textContent ?? ''))).toBe(true);
    const alert = screen.getAllByRole('alert').find((a) => /could not be imported/.test(a.textContent ?? ''));
    expect(alert?.textContent).toContain('empty.txt');
    expect(backend.calls.find((c) => c.channel === 'import.pickFiles')?.arg).toEqual({
      projectId,
      documentId: null,
    });
  });

  it('imports dropped files into one new story, then adds a version to an existing story', async () => {
    const backend = new FakeBackend();
    const { projectId } = backend.seed('Summit', []);
    renderApp(`#/project/${projectId}`, backend);
    const zone = (await screen.findByText(/Drop text files here/)).closest('.drop-zone') as HTMLElement;
    drop(zone, [fileOf('en.txt', 'Hello.\n\nWorld.'), fileOf('ru.txt', 'Привет.')]);

    await screen.findByRole('link', { name: 'en.txt' });
    const doc = backend.projects.get(projectId)!.documents;
    expect(doc).toHaveLength(1);
    expect(doc[0]!.versions.map((v) => v.language)).toEqual(['en', 'ru']);
    expect(doc[0]!.versions[1]!.text).toBe('Привет.');
    expect(screen.getByText('2 versions')).toBeTruthy();

    const item = screen.getByRole('link', { name: 'en.txt' }).closest('.drop-zone') as HTMLElement;
    drop(item, [fileOf('ar.txt', 'مرحبا.')]);
    await waitFor(() => expect(backend.projects.get(projectId)!.documents[0]!.versions).toHaveLength(3));
    expect(within(item).getByRole('button', { name: 'Add a version to “en.txt”' })).toBeTruthy();
  });

  it('refuses a file over the size limit before reading it', async () => {
    const backend = new FakeBackend();
    const { projectId } = backend.seed('Summit', []);
    const { i18n } = renderApp(`#/project/${projectId}`, backend);
    const zone = (await screen.findByText(/Drop text files here/)).closest('.drop-zone') as HTMLElement;
    const arrayBuffer = vi.fn();
    const huge = { name: 'huge.txt', size: MAX_IMPORT_BYTES + 1, arrayBuffer } as unknown as File;
    drop(zone, [huge]);
    const expected = i18n.t('errors.import.tooLarge', {
      fileName: 'huge.txt',
      size: '10 MB',
      limit: '10 MB',
    });
    await waitFor(() =>
      expect(screen.getAllByRole('alert').some((a) => a.textContent?.includes(expected))).toBe(true),
    );
    expect(expected).not.toBe('errors.import.tooLarge');
    expect(arrayBuffer).not.toHaveBeenCalled();
    expect(backend.calls.some((c) => c.channel === 'import.bytes')).toBe(false);
  });
});
