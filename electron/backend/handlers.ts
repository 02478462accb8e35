import { AppError } from '../../shared/errors';
import { applyCommand, createProject, type CommandContext } from '../../shared/model/apply-command';
import { summarize } from '../../shared/model/project';
import { pickUiLanguage } from '../../shared/i18n/languages';
import type { AppInfo, ImportOutcome, IpcHandlers } from '../../shared/ipc/contract';
import type { Settings, StoredSettings } from '../../shared/model/settings';
import type { ProjectStore } from './store/project-store';
import { importIntoProject, type ImportSource } from './import-files';
import { AlignmentCache } from './alignment-cache';
import { QuotesCache } from './quotes-cache';
import { ProjectHistory } from './history';
import type { DocumentQuotes } from '../../shared/quotes/document-quotes';
import { storyHead } from '../../shared/review/story-head';

/** Everything the handlers need from the outside world, injected so Electron, the CLI and tests can each supply it. */
export interface HandlerDeps {
  store: ProjectStore;
  appInfo: Omit<AppInfo, 'dataDir'>;
  /** The OS's preferred languages, most preferred first (Electron: app.getPreferredSystemLanguages()). */
  systemLanguages: () => readonly string[];
  /** Shows a file chooser and returns the chosen paths (empty when cancelled). */
  pickFiles: () => Promise<string[]>;
  now?: () => string;
  newId?: () => string;
  /** Told after settings change, e.g. so main can rebuild its translated menu. */
  onSettingsChanged?: (settings: Settings) => void;
  /** Where computed alignments are kept; one per backend unless a test supplies its own to watch it. */
  alignmentCache?: AlignmentCache;
  /** Where computed quote analyses are kept; one per backend unless a test supplies its own. */
  quotesCache?: QuotesCache;
}

function resolveSettings(stored: StoredSettings, systemLanguages: readonly string[]): Settings {
  return {
    reviewerName: stored.reviewerName,
    uiLanguage: pickUiLanguage(stored.uiLanguage, systemLanguages),
    uiLanguageChosen: stored.uiLanguage !== null,
    speakerLanguages: stored.speakerLanguages.map((e) => ({ ...e })),
  };
}

/** The one implementation of the IPC contract. */
export function createHandlers(deps: HandlerDeps): IpcHandlers {
  const { store } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  const newId = deps.newId ?? (() => globalThis.crypto.randomUUID());
  const context = (): CommandContext => ({ now: now(), newId, author: store.getSettings().reviewerName });
  const settings = () => resolveSettings(store.getSettings(), deps.systemLanguages());
  const alignments = deps.alignmentCache ?? new AlignmentCache();
  const quotes = deps.quotesCache ?? new QuotesCache();
  const history = new ProjectHistory();

  async function loadDocument(projectId: string, documentId: string) {
    const project = await store.loadProject(projectId);
    const doc = project.documents.find((d) => d.id === documentId);
    if (!doc) throw new AppError('document.notFound', { documentId });
    return { project, doc };
  }

  async function runImport(projectId: string, documentId: string | null, sources: ImportSource[]) {
    const project = await store.loadProject(projectId);
    const outcome: ImportOutcome = await importIntoProject(project, documentId, sources, context());
    if (outcome.imported.length > 0) {
      await store.saveProject(outcome.project);
      history.record('import', project, outcome.project);
    }
    return outcome;
  }

  return {
    'app.info': async () => ({ ...deps.appInfo, dataDir: store.dataDir }),
    'settings.get': async () => settings(),
    'settings.update': async (patch) => {
      store.updateSettings(patch);
      const next = settings();
      deps.onSettingsChanged?.(next);
      return next;
    },
    'projects.list': async () => store.listProjects(),
    'projects.create': async ({ name }) => store.createProject(createProject(name, context())),
    'projects.rename': async ({ projectId, name }) => {
      const trimmed = name.trim();
      if (!trimmed) throw new AppError('project.nameEmpty');
      const before = await store.loadProject(projectId);
      const project = { ...before, name: trimmed, updatedAt: now() };
      await store.saveProject(project);
      history.record('projects.rename', before, project);
      return summarize(project);
    },
    'projects.delete': async ({ projectId }) => {
      await store.deleteProject(projectId);
      history.forget(projectId);
      return { deleted: true };
    },
    'projects.open': async ({ projectId }) => store.loadProject(projectId),
    'projects.command': async ({ projectId, command }) => {
      const before = await store.loadProject(projectId);
      const next = applyCommand(before, command, context());
      await store.saveProject(next);
      history.record(command.type, before, next);
      return next;
    },
    'projects.undo': async ({ projectId }) => {
      const step = history.undo(await store.loadProject(projectId));
      await store.saveProject(step.project);
      return { ...step, history: history.state(projectId) };
    },
    'projects.redo': async ({ projectId }) => {
      const step = history.redo(await store.loadProject(projectId));
      await store.saveProject(step.project);
      return { ...step, history: history.state(projectId) };
    },
    'projects.history': async ({ projectId }) => history.state(projectId),
    'import.pickFiles': async ({ projectId, documentId }) => {
      await store.loadProject(projectId);
      const paths = await deps.pickFiles();
      return runImport(
        projectId,
        documentId,
        paths.map((path) => ({ kind: 'path', path })),
      );
    },
    'import.bytes': async ({ projectId, documentId, fileName, dataBase64 }) => {
      const bytes = decodeBase64(dataBase64);
      return runImport(projectId, documentId, [{ kind: 'bytes', fileName, bytes }]);
    },
    'alignment.get': async ({ projectId, documentId }) => {
      const { project, doc } = await loadDocument(projectId, documentId);
      return alignments.get(doc, project.alignmentFixes);
    },
    'quotes.get': async ({ projectId, documentId }) => {
      const { project, doc } = await loadDocument(projectId, documentId);
      const fixes = project.alignmentFixes;
      return quotes.get(doc, fixes, store.getSettings().speakerLanguages, () => alignments.get(doc, fixes));
    },
    'document.head': async ({ projectId, documentId, rows }) => {
      const { project, doc } = await loadDocument(projectId, documentId);
      const fixes = project.alignmentFixes;
      const grid = alignments.get(doc, fixes);
      let found: DocumentQuotes | null = null;
      try {
        found = quotes.get(doc, fixes, store.getSettings().speakerLanguages, () => grid);
      } catch {
        // The head shows the text without quotes; quotes.get reports the failure itself.
      }
      return storyHead(project, doc, grid, found, rows);
    },
  };
}

function decodeBase64(data: string): Uint8Array {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(data)) throw new AppError('import.unreadable', { fileName: '' });
  return new Uint8Array(Buffer.from(data, 'base64'));
}
