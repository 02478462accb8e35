import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../electron/backend/store/project-store';
import { dispatch } from '../../../shared/ipc/dispatch';
import { useTempDirs } from '../../support/temp-dir';
import { useHandlerHarness } from '../../support/handler-harness';

const tempDir = useTempDirs();
const harness = useHandlerHarness();

const EN = 'Putin said relations were at their best.\n\nLi thanked him.';
const ZH = '普京说，两国关系处于最佳水平。\n\n李尚福对他表示感谢。';

async function setup() {
  let tick = Date.UTC(2026, 10, 28, 9);
  const h = await harness(await tempDir(), { now: () => new Date((tick += 1000)).toISOString() });
  const { id: projectId } = await h.call('projects.create', { name: 'History' });
  const en = await h.call('import.bytes', {
    projectId,
    documentId: null,
    fileName: 'en.txt',
    dataBase64: Buffer.from(EN).toString('base64'),
  });
  const documentId = en.imported[0]!.documentId;
  const zh = await h.call('import.bytes', {
    projectId,
    documentId,
    fileName: 'zh.txt',
    dataBase64: Buffer.from(ZH).toString('base64'),
  });
  const [enId, zhId] = zh.project.documents[0]!.versions.map((v) => v.id);
  return { ...h, projectId, documentId, enId: enId!, zhId: zhId! };
}

describe('undo and redo', () => {
  it('undo and redo a linked annotation, on disk too, and say what they did', async () => {
    const { call, store, dataDir, projectId, documentId, enId, zhId } = await setup();
    const added = await call('projects.command', {
      projectId,
      command: {
        type: 'annotation.add',
        documentId,
        spans: [
          { versionId: enId, start: 0, end: 5 },
          { versionId: zhId, start: 0, end: 2 },
        ],
        category: 'accuracy',
        subtype: 'mistranslation',
        severity: 'major',
        comment: 'name',
      },
    });
    expect(added.annotations[0]!.spans.map((s) => s.quote)).toEqual(['Putin', '普京']);
    expect(await call('projects.history', { projectId })).toEqual({ undo: 'annotation.add', redo: null });

    const undone = await call('projects.undo', { projectId });
    expect(undone.action).toBe('annotation.add');
    expect(undone.project.annotations).toEqual([]);
    expect(undone.history).toEqual({ undo: 'import', redo: 'annotation.add' });
    await store.flush();
    expect((await (await ProjectStore.open({ dataDir })).loadProject(projectId)).annotations).toEqual([]);

    const redone = await call('projects.redo', { projectId });
    expect(redone.project.annotations).toEqual(added.annotations);
    await store.flush();
    const reopened = await (await ProjectStore.open({ dataDir })).loadProject(projectId);
    expect(reopened.annotations[0]!.spans).toHaveLength(2);
  });

  it('walks back imports too, then says there is nothing left to undo', async () => {
    const { call, handlers, projectId } = await setup();
    expect((await call('projects.undo', { projectId })).project.documents[0]!.versions).toHaveLength(1);
    expect((await call('projects.undo', { projectId })).project.documents).toEqual([]);
    const refused = await dispatch(handlers, 'projects.undo', { projectId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'history.nothingToUndo' } });
  });

  it('a new change ends the redo path', async () => {
    const { call, handlers, projectId, documentId } = await setup();
    await call('projects.command', {
      projectId,
      command: { type: 'document.rename', documentId, title: 'A' },
    });
    await call('projects.undo', { projectId });
    await call('projects.command', {
      projectId,
      command: { type: 'document.rename', documentId, title: 'B' },
    });
    const refused = await dispatch(handlers, 'projects.redo', { projectId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'history.nothingToRedo' } });
    expect((await call('projects.open', { projectId })).documents[0]!.title).toBe('B');
  });

  it('never replays an old snapshot over a change made outside its history', async () => {
    const { call, handlers, store, projectId, documentId } = await setup();
    await call('projects.command', {
      projectId,
      command: { type: 'document.rename', documentId, title: 'A' },
    });
    // Another writer (a second backend on the same data, here the store itself) changes the project.
    const current = await store.loadProject(projectId);
    await store.saveProject({ ...current, name: 'Changed elsewhere', updatedAt: '2030-01-01T00:00:00.000Z' });
    const refused = await dispatch(handlers, 'projects.undo', { projectId });
    expect(refused).toMatchObject({ ok: false, error: { code: 'history.nothingToUndo' } });
    expect((await call('projects.open', { projectId })).name).toBe('Changed elsewhere');
  });
});
