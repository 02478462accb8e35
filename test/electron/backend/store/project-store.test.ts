import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../shared/errors';
import { ProjectStore } from '../../../../electron/backend/store/project-store';
import { projectSchema } from '../../../../shared/model/project';
import { emptyProject } from '../../../support/project-fixture';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

async function rejection(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

describe('ProjectStore', () => {
  it('creates a project file at once and lists it in the index', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.open({ dataDir: dir });
    const project = emptyProject('Putin meets Li');
    await store.createProject(project);
    const onDisk = projectSchema.parse(
      JSON.parse(await readFile(join(dir, 'projects', `${project.id}.json`), 'utf8')),
    );
    expect(onDisk.name).toBe('Putin meets Li');
    const index = JSON.parse(await readFile(join(dir, 'index.json'), 'utf8'));
    expect(index.projects.map((p: { id: string }) => p.id)).toEqual([project.id]);
  });

  it('debounces saves, writes them on flush, and a new store reads them back', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.open({ dataDir: dir, debounceMs: 60_000 });
    const project = emptyProject();
    await store.createProject(project);
    await store.saveProject({ ...project, name: 'Renamed' });
    const before = JSON.parse(await readFile(join(dir, 'projects', `${project.id}.json`), 'utf8'));
    expect(before.name).toBe('Test project');
    await store.flush();
    const reopened = await ProjectStore.open({ dataDir: dir });
    expect((await reopened.loadProject(project.id)).name).toBe('Renamed');
    expect(reopened.listProjects()[0].name).toBe('Renamed');
  });

  it('keeps settings in the index across restarts', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.open({ dataDir: dir, debounceMs: 5 });
    const speakerLanguages = [{ name: 'Ли Шанфу', language: 'zh' }];
    store.updateSettings({ reviewerName: 'Ирина', uiLanguage: 'ru', speakerLanguages });
    await store.flush();
    const reopened = await ProjectStore.open({ dataDir: dir });
    expect(reopened.getSettings()).toEqual({ reviewerName: 'Ирина', uiLanguage: 'ru', speakerLanguages });
  });

  it('moves a damaged project file aside instead of overwriting it, and says where it went', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.open({ dataDir: dir });
    const project = emptyProject('Fragile');
    await store.createProject(project);
    const path = join(dir, 'projects', `${project.id}.json`);
    await writeFile(path, '{"schemaVersion": 1, "id": "broken"');
    const reopened = await ProjectStore.open({ dataDir: dir });
    const error = await rejection(reopened.loadProject(project.id));
    expect(error.code).toBe('project.corrupt');
    expect(error.params.name).toBe('Fragile');
    const aside = String(error.params.path);
    expect(aside).toMatch(/\.corrupt-.*\.json$/);
    expect(await readFile(aside, 'utf8')).toBe('{"schemaVersion": 1, "id": "broken"');
    expect(await readdir(join(dir, 'projects'))).not.toContain(`${project.id}.json`);
    expect(reopened.listProjects()).toEqual([]);
  });

  it('refuses a project saved by a newer version and leaves the file alone', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.open({ dataDir: dir });
    const project = emptyProject();
    await store.createProject(project);
    const path = join(dir, 'projects', `${project.id}.json`);
    const future = JSON.stringify({ ...project, schemaVersion: 99 });
    await writeFile(path, future);
    const error = await rejection((await ProjectStore.open({ dataDir: dir })).loadProject(project.id));
    expect(error.code).toBe('project.tooNew');
    expect(await readFile(path, 'utf8')).toBe(future);
  });

  it('rebuilds a damaged index from the project files and keeps the damaged one', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.open({ dataDir: dir });
    const a = emptyProject('Alpha');
    await store.createProject(a);
    await writeFile(join(dir, 'index.json'), 'not json at all');
    const reopened = await ProjectStore.open({ dataDir: dir });
    expect(reopened.listProjects().map((p) => p.name)).toEqual(['Alpha']);
    const names = await readdir(dir);
    expect(names.some((n) => /^index\.corrupt-.*\.json$/.test(n))).toBe(true);
  });

  it('keeps the last good file when a save fails between writing and renaming', async () => {
    const dir = await tempDir();
    let fail = false;
    const store = await ProjectStore.open({
      dataDir: dir,
      debounceMs: 1,
      hooks: {
        afterTempWrite: () => {
          if (fail) throw new Error('disk vanished');
        },
      },
    });
    const project = emptyProject('Stable');
    await store.createProject(project);
    fail = true;
    await store.saveProject({ ...project, name: 'Never saved' });
    await store.flush();
    const onDisk = JSON.parse(await readFile(join(dir, 'projects', `${project.id}.json`), 'utf8'));
    expect(onDisk.name).toBe('Stable');
    expect((await readdir(join(dir, 'projects'))).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses ids that could escape the projects folder', async () => {
    const store = await ProjectStore.open({ dataDir: await tempDir() });
    for (const id of ['../index', '..', 'a/b', 'x\\y']) {
      expect((await rejection(store.loadProject(id))).code).toBe('project.notFound');
    }
  });

  it('moves deleted projects to the trash folder', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.open({ dataDir: dir });
    const project = emptyProject();
    await store.createProject(project);
    await store.deleteProject(project.id);
    expect(store.listProjects()).toEqual([]);
    const trashed = await readdir(join(dir, 'trash'));
    expect(trashed).toHaveLength(1);
    expect((await rejection(store.loadProject(project.id))).code).toBe('project.notFound');
  });
});
