import { mkdir, readdir, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { AppError } from '../../../shared/errors';
import {
  storedProjectSchema,
  SCHEMA_VERSION,
  summarize,
  type Project,
  type ProjectSummary,
} from '../../../shared/model/project';
import type { StoredSettings } from '../../../shared/model/settings';
import { isAtomicTempFile, type AtomicWriteHooks } from './atomic-write';
import { DebouncedWriter } from './debounced-writer';
import { emptyIndex, indexFileSchema, type IndexFile } from './index-file';
import { InvalidFileError, ValidatedJsonFile } from './validated-json-file';

export interface ProjectStoreOptions {
  /** The user-data folder; projects live in `<dataDir>/projects/<id>.json`, the index in `<dataDir>/index.json`. */
  dataDir: string;
  debounceMs?: number;
  hooks?: AtomicWriteHooks;
  /** Used only to name files that are set aside. */
  clock?: () => Date;
  log?: (message: string) => void;
}

const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * Owns the project files: loads and validates them, saves them debounced and atomically, and sets aside any file
 * that fails validation instead of overwriting it. Plain Node, so the app, the CLI and the tests share it.
 */
export class ProjectStore {
  private readonly projects = new Map<string, Low<Project>>();
  private readonly writer: DebouncedWriter;
  private readonly projectsDir: string;
  private readonly clock: () => Date;
  private readonly log: (message: string) => void;

  private constructor(
    private readonly options: ProjectStoreOptions,
    private readonly index: Low<IndexFile>,
  ) {
    this.projectsDir = join(options.dataDir, 'projects');
    this.clock = options.clock ?? (() => new Date());
    this.log = options.log ?? (() => {});
    this.writer = new DebouncedWriter(options.debounceMs ?? 400, (key, error) =>
      this.log(`save of ${key} failed: ${String(error)}`),
    );
  }

  /** Opens (or creates) the store in a folder, repairing a damaged index from the project files. */
  static async open(options: ProjectStoreOptions): Promise<ProjectStore> {
    const projectsDir = join(options.dataDir, 'projects');
    await mkdir(projectsDir, { recursive: true });
    await removeLeftoverTempFiles(options.dataDir);
    await removeLeftoverTempFiles(projectsDir);
    const indexPath = join(options.dataDir, 'index.json');
    const index = new Low(new ValidatedJsonFile(indexPath, indexFileSchema, options.hooks, 1), emptyIndex());
    const store = new ProjectStore(options, index);
    try {
      await index.read();
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      const aside = await store.setAside(indexPath);
      store.log(`index was invalid (${error.reason}); moved to ${aside}; rebuilding from project files`);
      index.data = emptyIndex();
      index.data.projects = await store.scanProjects();
      await index.write();
    }
    return store;
  }

  listProjects(): ProjectSummary[] {
    return [...this.index.data.projects].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
  }

  getSettings(): StoredSettings {
    return { ...this.index.data.settings };
  }

  updateSettings(patch: Partial<StoredSettings>): StoredSettings {
    this.index.data.settings = { ...this.index.data.settings, ...patch };
    this.scheduleIndexWrite();
    return this.getSettings();
  }

  /** Writes a new project at once (not debounced), so a created project exists on disk before we say so. */
  async createProject(project: Project): Promise<ProjectSummary> {
    const db = new Low(this.adapterFor(project.id), project);
    db.data = project;
    await db.write();
    this.projects.set(project.id, db);
    this.putSummary(summarize(project));
    await this.index.write();
    return summarize(project);
  }

  /** Loads a project, validating it; a file that fails validation is moved aside and reported, never overwritten. */
  async loadProject(id: string): Promise<Project> {
    const cached = this.projects.get(id);
    if (cached) return cached.data;
    if (!SAFE_ID.test(id)) throw new AppError('project.notFound', { projectId: id.slice(0, 100) });
    const db = new Low<Project>(this.adapterFor(id), null as unknown as Project);
    try {
      await db.read();
    } catch (error) {
      if (!(error instanceof InvalidFileError)) throw error;
      if (error.reason === 'tooNew') throw new AppError('project.tooNew', { path: error.path });
      const name = this.index.data.projects.find((p) => p.id === id)?.name ?? id;
      const aside = await this.setAside(error.path);
      this.removeSummary(id);
      await this.index.write();
      throw new AppError('project.corrupt', { name, path: aside }, error.message);
    }
    if (db.data === null) throw new AppError('project.notFound', { projectId: id });
    this.projects.set(id, db);
    return db.data;
  }

  /** Replaces a project in memory and schedules its save; the index summary follows. */
  async saveProject(project: Project): Promise<void> {
    const db = this.projects.get(project.id);
    if (!db) throw new AppError('project.notFound', { projectId: project.id });
    db.data = project;
    this.writer.schedule(`project:${project.id}`, () => db.write());
    this.putSummary(summarize(project));
  }

  /** Deleting moves the file to `<dataDir>/trash/`, so a mistaken delete can still be recovered by hand. */
  async deleteProject(id: string): Promise<void> {
    await this.loadProject(id);
    this.writer.cancel(`project:${id}`);
    this.projects.delete(id);
    const trash = join(this.options.dataDir, 'trash');
    await mkdir(trash, { recursive: true });
    await rename(join(this.projectsDir, `${id}.json`), join(trash, `${id}.${stamp(this.clock())}.json`));
    this.removeSummary(id);
    await this.index.write();
  }

  /** Saves everything pending now; called on quit and by tests. */
  async flush(): Promise<void> {
    await this.writer.flush();
  }

  get dataDir(): string {
    return this.options.dataDir;
  }

  private adapterFor(id: string): ValidatedJsonFile<Project> {
    return new ValidatedJsonFile(
      join(this.projectsDir, `${id}.json`),
      storedProjectSchema,
      this.options.hooks,
      SCHEMA_VERSION,
    );
  }

  private putSummary(summary: ProjectSummary): void {
    const others = this.index.data.projects.filter((p) => p.id !== summary.id);
    this.index.data.projects = [...others, summary];
    this.scheduleIndexWrite();
  }

  private removeSummary(id: string): void {
    this.index.data.projects = this.index.data.projects.filter((p) => p.id !== id);
  }

  private scheduleIndexWrite(): void {
    this.writer.schedule('index', () => this.index.write());
  }

  private async setAside(path: string): Promise<string> {
    const aside = path.replace(/\.json$/, '') + `.corrupt-${stamp(this.clock())}.json`;
    await rename(path, aside);
    return aside;
  }

  private async scanProjects(): Promise<ProjectSummary[]> {
    const out: ProjectSummary[] = [];
    for (const name of await readdir(this.projectsDir)) {
      const match = /^([A-Za-z0-9_-]{1,100})\.json$/.exec(name);
      if (!match) continue;
      try {
        const project = await this.adapterFor(match[1]).read();
        if (project) out.push(summarize(project));
      } catch (error) {
        this.log(`skipping ${name} while rebuilding the index: ${String(error)}`);
      }
    }
    return out;
  }
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-');
}

async function removeLeftoverTempFiles(folder: string): Promise<void> {
  // A temp file means a save was interrupted before its rename; the real file still holds the last good state.
  for (const name of await readdir(folder)) {
    if (isAtomicTempFile(name)) await unlink(join(folder, name)).catch(() => {});
  }
}
