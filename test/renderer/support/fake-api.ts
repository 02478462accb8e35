import { buildAlignmentGrid, type AlignmentGrid } from '../../../shared/align/grid';
import { documentQuotes, type DocumentQuotes } from '../../../shared/quotes/document-quotes';
import { storyHead } from '../../../shared/review/story-head';
import { AppError } from '../../../shared/errors';
import { ProjectHistory } from '../../../electron/backend/history';
import type { Channel } from '../../../shared/ipc/channels';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';
import type { IpcResult } from '../../../shared/ipc/result';
import {
  addVersion,
  applyCommand,
  createProject,
  type CommandContext,
} from '../../../shared/model/apply-command';
import { summarize, type Project, type StoryDocument } from '../../../shared/model/project';
import type { StoredSettings } from '../../../shared/model/settings';
import type { Span } from '../../../shared/model/span';

/** Paragraphs are the runs between blank lines; good enough to stand in for the real segmenter. */
export function paragraphSpans(text: string): Span[] {
  const spans: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]+)*/g;
  for (let m = re.exec(text); m; m = re.exec(text))
    spans.push({ start: m.index, end: m.index + m[0].length });
  return spans;
}

function guessLanguage(text: string): string {
  if (/[\u0600-\u06ff]/.test(text)) return 'ar';
  if (/[\u0400-\u04ff]/.test(text)) return 'ru';
  if (/[\u4e00-\u9fff]/.test(text)) return 'zh';
  return 'en';
}

/** An in-memory backend behind the real contract and dispatcher, so arguments are validated as main would. */
export class FakeBackend {
  projects = new Map<string, Project>();
  private readonly history = new ProjectHistory();
  settings: StoredSettings = { reviewerName: 'Ana', uiLanguage: null, speakerLanguages: [] };
  systemLanguage: 'en' | 'ru' | 'zh-CN' | 'ar' = 'en';
  /** What the next "Import files…" dialog returns. */
  pickQueue: { fileName: string; text: string }[] = [];
  calls: { channel: Channel; arg: unknown }[] = [];
  /** How many times the view asked for a story's quotes. */
  quoteRequests = 0;
  /**
   * Runs the real quote engine for `quotes.get`; off by default so tests about other things stay fast (the view
   * then gets every version with no quotes, as for a story without any).
   */
  findQuotes = false;
  /** How many times the view asked for an alignment. */
  alignments = 0;
  /** How many times a story's head (its first rows, for the first screen) was asked for. */
  heads = 0;
  /**
   * Answers `document.head`; off by default, so tests about other things see the whole story at once (the view
   * then waits for it, as when a head fails).
   */
  serveHeads = false;
  /** Replaces the real aligner, for tests that need a given grid (empty cells, doubtful rows). */
  alignWith: typeof buildAlignmentGrid | null = null;
  /** Errors that were not AppErrors: a test should end with none. */
  unexpected: unknown[] = [];
  private clock = Date.UTC(2025, 0, 15, 9, 30);
  private nextId = 1;

  private ctx(): CommandContext {
    this.clock += 60_000;
    return {
      now: new Date(this.clock).toISOString(),
      newId: () => `id${this.nextId++}`,
      author: this.settings.reviewerName,
    };
  }

  private get(projectId: string): Project {
    const p = this.projects.get(projectId);
    if (!p) throw new AppError('project.notFound', { projectId });
    return p;
  }

  private importText(projectId: string, documentId: string | null, fileName: string, text: string) {
    let project = this.get(projectId);
    if (!text.trim()) {
      return {
        project,
        imported: [],
        failed: [{ fileName, error: { code: 'import.empty' as const, params: { fileName } } }],
      };
    }
    const language = guessLanguage(text);
    const added = addVersion(
      project,
      documentId,
      {
        language,
        detectedLanguage: language,
        label: fileName.replace(/\.[^.]+$/, ''),
        url: null,
        date: null,
        text,
        paragraphs: paragraphSpans(text),
        sentences: paragraphSpans(text),
        origin: { fileName, encoding: 'utf-8', format: 'text' },
      },
      fileName,
      this.ctx(),
    );
    project = added.project;
    this.projects.set(projectId, project);
    return {
      project,
      imported: [
        { fileName, documentId: added.documentId, versionId: added.versionId, encoding: 'utf-8', language },
      ],
      failed: [],
    };
  }

  /** Adds a ready project, for tests that start inside one. */
  seed(
    name: string,
    versions: { fileName: string; text: string }[],
  ): { projectId: string; documentId: string } {
    const project = createProject(name, this.ctx());
    this.projects.set(project.id, project);
    let documentId: string | null = null;
    for (const v of versions) {
      const out = this.importText(project.id, documentId, v.fileName, v.text);
      documentId = out.imported[0]?.documentId ?? documentId;
    }
    return { projectId: project.id, documentId: documentId ?? '' };
  }

  readonly handlers: IpcHandlers = {
    'app.info': async () => ({ name: 'Verbatim', version: '0.0.0', platform: 'test', dataDir: '/tmp' }),
    'settings.get': async () => this.resolvedSettings(),
    'settings.update': async (patch) => {
      this.settings = { ...this.settings, ...patch };
      return this.resolvedSettings();
    },
    'projects.list': async () => [...this.projects.values()].map(summarize),
    'projects.create': async ({ name }) => {
      const p = createProject(name, this.ctx());
      this.projects.set(p.id, p);
      return summarize(p);
    },
    'projects.rename': async ({ projectId, name }) => {
      const p = { ...this.get(projectId), name };
      this.projects.set(projectId, p);
      return summarize(p);
    },
    'projects.delete': async ({ projectId }) => {
      this.get(projectId);
      this.projects.delete(projectId);
      return { deleted: true as const };
    },
    'projects.open': async ({ projectId }) => this.get(projectId),
    'projects.command': async ({ projectId, command }) => {
      const before = this.get(projectId);
      const next = applyCommand(before, command, this.ctx());
      this.projects.set(projectId, next);
      this.history.record(command.type, before, next);
      return next;
    },
    'projects.undo': async ({ projectId }) => {
      const step = this.history.undo(this.get(projectId));
      this.projects.set(projectId, step.project);
      return { ...step, history: this.history.state(projectId) };
    },
    'projects.redo': async ({ projectId }) => {
      const step = this.history.redo(this.get(projectId));
      this.projects.set(projectId, step.project);
      return { ...step, history: this.history.state(projectId) };
    },
    'projects.history': async ({ projectId }) => this.history.state(projectId),
    'import.pickFiles': async ({ projectId, documentId }) => {
      const picked = this.pickQueue.splice(0);
      let target = documentId;
      const outcome = { project: this.get(projectId), imported: [], failed: [] } as Awaited<
        ReturnType<IpcHandlers['import.pickFiles']>
      >;
      for (const f of picked) {
        const one = this.importText(projectId, target, f.fileName, f.text);
        outcome.project = one.project;
        outcome.imported.push(...one.imported);
        outcome.failed.push(...one.failed);
        target = target ?? one.imported[0]?.documentId ?? null;
      }
      return outcome;
    },
    'import.bytes': async ({ projectId, documentId, fileName, dataBase64 }) => {
      const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
      return this.importText(projectId, documentId, fileName, new TextDecoder().decode(bytes));
    },
    'alignment.get': async ({ projectId, documentId }) => {
      const project = this.get(projectId);
      const doc = project.documents.find((d) => d.id === documentId);
      if (!doc) throw new AppError('document.notFound', { documentId });
      this.alignments += 1;
      return this.gridOf(project, doc);
    },
    'quotes.get': async ({ projectId, documentId }) => {
      const project = this.get(projectId);
      const doc = project.documents.find((d) => d.id === documentId);
      if (!doc) throw new AppError('document.notFound', { documentId });
      this.quoteRequests += 1;
      return this.quotesOf(project, doc);
    },
    'document.head': async ({ projectId, documentId, rows }) => {
      const project = this.get(projectId);
      const doc = project.documents.find((d) => d.id === documentId);
      if (!doc) throw new AppError('document.notFound', { documentId });
      this.heads += 1;
      if (!this.serveHeads) throw new AppError('internal', {}, 'heads are off in this fake');
      return storyHead(project, doc, this.gridOf(project, doc), this.quotesOf(project, doc), rows);
    },
  };

  private gridOf(project: Project, doc: StoryDocument): AlignmentGrid {
    return (this.alignWith ?? buildAlignmentGrid)(doc, project.alignmentFixes);
  }

  private quotesOf(project: Project, doc: StoryDocument): DocumentQuotes {
    if (!this.findQuotes) {
      const source = doc.versions.find((v) => v.role === 'source') ?? doc.versions[0];
      return {
        sourceVersionId: source?.id ?? null,
        versions: doc.versions.map((v) => ({
          versionId: v.id,
          lang: v.language,
          quotes: [],
          matching: v === source ? null : { links: [], missing: [], extra: [] },
        })),
      };
    }
    const grid = this.gridOf(project, doc);
    return documentQuotes(doc, grid, { speakerLanguages: this.settings.speakerLanguages });
  }

  private resolvedSettings() {
    return {
      reviewerName: this.settings.reviewerName,
      uiLanguage: this.settings.uiLanguage ?? this.systemLanguage,
      uiLanguageChosen: this.settings.uiLanguage !== null,
      speakerLanguages: this.settings.speakerLanguages,
    };
  }

  private held = new Set<Channel>();
  private gate: Promise<void> = Promise.resolve();
  private openGate: () => void = () => {};

  /** Holds the answers on these channels until `release()`, to see what the view shows meanwhile. */
  hold(channels: Channel[]): void {
    this.held = new Set(channels);
    this.gate = new Promise((resolve) => (this.openGate = resolve));
  }

  /** Lets held answers through, and every later one. */
  release(): void {
    this.held.clear();
    this.openGate();
  }

  /** The object to put on `window.api`, recording every call. */
  api() {
    return {
      invoke: async (channel: Channel, arg: unknown): Promise<IpcResult<unknown>> => {
        this.calls.push({ channel, arg });
        if (this.held.has(channel)) await this.gate;
        return dispatch(this.handlers, channel, arg, (e) => this.unexpected.push(e));
      },
    };
  }
}
