import { spawnSync } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ProjectStore } from '../../../../electron/backend/store/project-store';
import { emptyProject } from '../../../support/project-fixture';
import { useTempDirs } from '../../../support/temp-dir';

const tempDir = useTempDirs();

describe('a real crash mid-save', () => {
  it('leaves the last good project when the process is killed between write and rename', async () => {
    const dir = await tempDir();
    const store = await ProjectStore.open({ dataDir: dir });
    const project = emptyProject('Last good');
    await store.createProject(project);

    const child = join(await tempDir(), 'crash-child.mjs');
    await build({
      entryPoints: [new URL('./crash-child.ts', import.meta.url).pathname],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile: child,
      logLevel: 'silent',
    });
    const run = spawnSync(process.execPath, [child, dir, project.id], { encoding: 'utf8' });
    expect(run.signal).toBe('SIGKILL');

    const projectsDir = join(dir, 'projects');
    const leftovers = (await readdir(projectsDir)).filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toHaveLength(1);
    expect(await readFile(join(projectsDir, leftovers[0]), 'utf8')).toContain('Half-saved');
    expect(JSON.parse(await readFile(join(projectsDir, `${project.id}.json`), 'utf8')).name).toBe(
      'Last good',
    );

    const reopened = await ProjectStore.open({ dataDir: dir });
    expect((await reopened.loadProject(project.id)).name).toBe('Last good');
    expect((await readdir(projectsDir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
