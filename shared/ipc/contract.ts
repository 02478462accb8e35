import { z } from 'zod';
import type { Channel } from './channels';
import { projectCommandSchema } from '../model/commands';
import type { Project, ProjectSummary } from '../model/project';
import { speakerLanguagesSchema, type Settings } from '../model/settings';
import { UI_LANGUAGES } from '../i18n/languages';
import type { ErrorInfo } from '../errors';
import type { AlignmentGrid } from '../align/grid';
import type { DocumentQuotes } from '../quotes/document-quotes';
import { MAX_HEAD_ROWS, type StoryHead } from '../review/story-head';

const id = z.string().min(1).max(100);
const noArgs = z.object({}).strict();

/** Largest file the import accepts, in bytes; bigger files are refused before they are decoded. */
export const MAX_IMPORT_BYTES = 10_000_000;

/** Runtime schemas for every channel's single argument; main validates each call against these. */
export const ipcArgSchemas = {
  'app.info': noArgs,
  'settings.get': noArgs,
  'settings.update': z
    .object({
      reviewerName: z.string().max(200),
      uiLanguage: z.enum(UI_LANGUAGES).nullable(),
      speakerLanguages: speakerLanguagesSchema,
    })
    .partial()
    .strict(),
  'projects.list': noArgs,
  'projects.create': z.object({ name: z.string().max(200) }).strict(),
  'projects.rename': z.object({ projectId: id, name: z.string().max(200) }).strict(),
  'projects.delete': z.object({ projectId: id }).strict(),
  'projects.open': z.object({ projectId: id }).strict(),
  'projects.command': z.object({ projectId: id, command: projectCommandSchema }).strict(),
  'projects.undo': z.object({ projectId: id }).strict(),
  'projects.redo': z.object({ projectId: id }).strict(),
  'projects.history': z.object({ projectId: id }).strict(),
  'import.pickFiles': z.object({ projectId: id, documentId: id.nullable() }).strict(),
  'import.bytes': z
    .object({
      projectId: id,
      documentId: id.nullable(),
      fileName: z.string().min(1).max(1000),
      // base64 keeps the contract plain JSON; the cap leaves room for base64's 4/3 growth over the byte limit.
      dataBase64: z.string().max(Math.ceil((MAX_IMPORT_BYTES + 1) / 3) * 4 + 4),
    })
    .strict(),
  'alignment.get': z.object({ projectId: id, documentId: id }).strict(),
  'quotes.get': z.object({ projectId: id, documentId: id }).strict(),
  'document.head': z
    .object({ projectId: id, documentId: id, rows: z.number().int().min(1).max(MAX_HEAD_ROWS).optional() })
    .strict(),
} satisfies Record<Channel, z.ZodType>;

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  dataDir: string;
}

/** What undo and redo would change next (a command type, 'import' or 'projects.rename'), or null when nothing. */
export interface HistoryState {
  undo: string | null;
  redo: string | null;
}

/** A project after undo or redo, and which change was undone or redone, so the UI can say so. */
export interface HistoryStep {
  project: Project;
  action: string;
  history: HistoryState;
}

export interface ImportedFile {
  fileName: string;
  documentId: string;
  versionId: string;
  encoding: string;
  language: string;
}

export interface ImportOutcome {
  project: Project;
  imported: ImportedFile[];
  failed: { fileName: string; error: ErrorInfo }[];
}

/** What each channel answers with. */
export interface IpcResults {
  'app.info': AppInfo;
  'settings.get': Settings;
  'settings.update': Settings;
  'projects.list': ProjectSummary[];
  'projects.create': ProjectSummary;
  'projects.rename': ProjectSummary;
  'projects.delete': { deleted: true };
  'projects.open': Project;
  'projects.command': Project;
  'projects.undo': HistoryStep;
  'projects.redo': HistoryStep;
  'projects.history': HistoryState;
  'import.pickFiles': ImportOutcome;
  'import.bytes': ImportOutcome;
  /** A story's versions aligned into rows, computed (and cached) in main; the renderer never aligns. */
  'alignment.get': AlignmentGrid;
  /** Every version's quotes (kind, speaker, provenance) and their matching to the source, computed in main. */
  'quotes.get': DocumentQuotes;
  /** The first rows of a story with just the text and quotes they need, so its first screen need not wait for the whole. */
  'document.head': StoryHead;
}

export type ArgsOf<C extends Channel> = z.input<(typeof ipcArgSchemas)[C]>;
export type ParsedArgsOf<C extends Channel> = z.output<(typeof ipcArgSchemas)[C]>;
export type ResultOf<C extends Channel> = IpcResults[C];

/** The one implementation of the contract; a missing channel is a compile error. */
export type IpcHandlers = { [C in Channel]: (args: ParsedArgsOf<C>) => Promise<ResultOf<C>> };
