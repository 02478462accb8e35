// Run in a child process by crash.test.ts: saves a change and dies (SIGKILL) between temp write and rename.
import { ProjectStore } from '../../../../electron/backend/store/project-store';

const [dataDir, projectId] = process.argv.slice(2);
const store = await ProjectStore.open({
  dataDir,
  debounceMs: 1,
  hooks: { afterTempWrite: () => void process.kill(process.pid, 'SIGKILL') },
});
const project = await store.loadProject(projectId);
await store.saveProject({ ...project, name: 'Half-saved' });
await store.flush();
