import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HandlerDeps } from '../../../electron/backend/handlers';
import { ProjectStore } from '../../../electron/backend/store/project-store';
import type { Channel } from '../../../shared/ipc/channels';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import { corpusPath } from '../../support/paths';
import { useTempDirs } from '../../support/temp-dir';
import { useHandlerHarness } from '../../support/handler-harness';

const tempDir = useTempDirs();
const harness = useHandlerHarness();

async function setup(overrides: Partial<HandlerDeps> = {}) {
  return harness(await tempDir(), { systemLanguages: () => ['ru-RU', 'en-US'], ...overrides });
}

async function callError(handlers: IpcHandlers, channel: Channel, arg: unknown) {
  const result = await dispatch(handlers, channel, arg);
  if (result.ok) throw new Error('expected failure');
  return result.error;
}

describe('main-process handlers', () => {
  it('follow the OS language until the reviewer picks one, and report the change', async () => {
    const seen: string[] = [];
    const { call } = await setup({ onSettingsChanged: (s) => seen.push(s.uiLanguage) });
    expect(await call('settings.get', {})).toEqual({
      reviewerName: '',
      uiLanguage: 'ru',
      uiLanguageChosen: false,
      speakerLanguages: [],
    });
    const updated = await call('settings.update', { uiLanguage: 'ar', reviewerName: 'Layla' });
    expect(updated).toEqual({
      reviewerName: 'Layla',
      uiLanguage: 'ar',
      uiLanguageChosen: true,
      speakerLanguages: [],
    });
    expect(seen).toEqual(['ar']);
  });

  it('create, rename, list and delete projects', async () => {
    const { call, handlers } = await setup();
    const created = await call('projects.create', { name: '  Putin meets Li  ' });
    expect(created.name).toBe('Putin meets Li');
    await call('projects.rename', { projectId: created.id, name: 'Putin–Li, April 2023' });
    expect((await call('projects.list', {})).map((p) => p.name)).toEqual(['Putin–Li, April 2023']);
    expect((await callError(handlers, 'projects.create', { name: '   ' })).code).toBe('project.nameEmpty');
    await call('projects.delete', { projectId: created.id });
    expect(await call('projects.list', {})).toEqual([]);
  });

  it('annotations written by commands carry the reviewer name and survive a restart', async () => {
    const { call, store, dataDir } = await setup();
    await call('settings.update', { reviewerName: 'Mei' });
    const { id: projectId } = await call('projects.create', { name: 'P' });
    const text = await readFile(corpusPath('002-kremlin-zhang-gaoli-2017/en_kremlin.txt'));
    const imported = await call('import.bytes', {
      projectId,
      documentId: null,
      fileName: 'en_kremlin.txt',
      dataBase64: text.toString('base64'),
    });
    expect(imported.failed).toEqual([]);
    const { documentId, versionId } = imported.imported[0];
    const version = imported.project.documents[0].versions[0];
    const start = version.text.indexOf('Zhang Gaoli');
    const after = await call('projects.command', {
      projectId,
      command: {
        type: 'annotation.add',
        documentId,
        spans: [{ versionId, start, end: start + 11 }],
        category: 'terminology',
        severity: 'minor',
        comment: 'name',
      },
    });
    expect(after.annotations[0]).toMatchObject({ author: 'Mei', spans: [{ quote: 'Zhang Gaoli' }] });
    await store.flush();
    const reopened = await ProjectStore.open({ dataDir });
    const loaded = await reopened.loadProject(projectId);
    expect(loaded.annotations.map((a) => a.spans[0]?.quote)).toEqual(['Zhang Gaoli']);
    expect(reopened.listProjects()[0].annotationCount).toBe(1);
  });

  it('imports files chosen in the dialog into one story and reports refused files without changing the project', async () => {
    const dir = await tempDir();
    const good = corpusPath('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt');
    const empty = join(dir, 'empty.txt');
    await (await import('node:fs/promises')).writeFile(empty, '');
    const { call } = await setup({ pickFiles: async () => [good, empty, join(dir, 'missing.txt')] });
    const { id: projectId } = await call('projects.create', { name: 'P' });
    const outcome = await call('import.pickFiles', { projectId, documentId: null });
    expect(outcome.imported.map((f) => [f.fileName, f.language])).toEqual([['ru_kremlin.txt', 'ru']]);
    expect(outcome.failed.map((f) => [f.fileName, f.error.code])).toEqual([
      ['empty.txt', 'import.empty'],
      ['missing.txt', 'import.unreadable'],
    ]);
    const project = await call('projects.open', { projectId });
    expect(project.documents).toHaveLength(1);
    expect(project.documents[0].versions[0].role).toBe('source');
  });

  it('refuses a binary drop and leaves the project as it was', async () => {
    const { call } = await setup();
    const { id: projectId } = await call('projects.create', { name: 'P' });
    const png = Buffer.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
    ]);
    const outcome = await call('import.bytes', {
      projectId,
      documentId: null,
      fileName: 'photo.txt',
      dataBase64: png.toString('base64'),
    });
    expect(outcome.failed[0].error.code).toBe('import.binary');
    expect((await call('projects.open', { projectId })).documents).toEqual([]);
  });
});
