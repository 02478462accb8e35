import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { AlignmentGrid } from '../../../shared/align/grid';
import type { Annotation } from '../../../shared/model/annotation';
import type { ProjectCommandInput } from '../../../shared/model/commands';
import type { StoryDocument } from '../../../shared/model/project';
import { reanchorAnnotations, type TextEdit } from '../../../shared/review/reanchor';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { isTextField } from './use-undo';

/** One cell of the grid: a version and the range of its text the cell shows. */
export interface CellRef {
  versionId: string;
  start: number;
  end: number;
}

const CELL = '.paragraph[data-version][data-start][data-end]';

/** The grid cell a node is in (only inside `root`), read from the attributes ParagraphText writes. */
export function cellOf(node: Node | null, root: HTMLElement | null): CellRef | null {
  const element = node instanceof Element ? node : (node?.parentElement ?? null);
  const cell = element?.closest<HTMLElement>(CELL);
  if (!cell || !root?.contains(cell)) return null;
  const versionId = cell.dataset.version ?? '';
  const start = Number(cell.dataset.start);
  const end = Number(cell.dataset.end);
  if (!versionId || !Number.isInteger(start) || !Number.isInteger(end) || end < start) return null;
  return { versionId, start, end };
}

/** The grid element showing a cell that starts at or covers `offset` of a version, if it is on screen. */
export function cellElement(root: HTMLElement | null, versionId: string, offset: number): HTMLElement | null {
  const cells = root?.querySelectorAll<HTMLElement>(CELL) ?? [];
  for (const cell of cells) {
    if (cell.dataset.version !== versionId) continue;
    if (Number(cell.dataset.start) <= offset && offset <= Number(cell.dataset.end)) return cell;
  }
  return null;
}

function isHigh(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/**
 * The part of `old` that differs from `next` (common prefix and suffix cut off), so an edit sends only what changed;
 * null when they are equal. A textarea turns "\r\n" into "\n": such line ends count as unchanged. Cuts never fall
 * inside a surrogate pair.
 */
export function changedRange(
  old: string,
  next: string,
): { start: number; oldEnd: number; newStart: number; newEnd: number } | null {
  // Old text as the textarea shows it, with where each of its characters sits in the original.
  let shown = '';
  const at: number[] = [];
  for (let i = 0; i < old.length; i++) {
    if (old[i] === '\r') {
      at.push(i);
      shown += '\n';
      if (old[i + 1] === '\n') i += 1;
    } else {
      at.push(i);
      shown += old[i];
    }
  }
  at.push(old.length);
  if (shown === next) return null;
  let prefix = 0;
  const max = Math.min(shown.length, next.length);
  while (prefix < max && shown.charCodeAt(prefix) === next.charCodeAt(prefix)) prefix += 1;
  if (prefix > 0 && isHigh(shown.charCodeAt(prefix - 1))) prefix -= 1;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    shown.charCodeAt(shown.length - 1 - suffix) === next.charCodeAt(next.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  // The suffix must not begin with the low half of a pair whose high half changed.
  if (suffix > 0 && isHigh(shown.charCodeAt(shown.length - suffix - 1))) suffix -= 1;
  return {
    start: at[prefix] as number,
    oldEnd: at[shown.length - suffix] as number,
    newStart: prefix,
    newEnd: next.length - suffix,
  };
}

interface EditTextOptions {
  gridRef: RefObject<HTMLElement | null>;
  document: StoryDocument;
  annotations: readonly Annotation[];
  grid: AlignmentGrid;
  run: (command: ProjectCommandInput) => Promise<unknown>;
}

/** A cell being edited, with its text when the editor opened (to notice a change made meanwhile, e.g. an undo). */
export interface EditingCell extends CellRef {
  original: string;
}

/** State of text editing in the grid: which cell is current, which one is being edited, and saving an edit. */
export interface EditTextState {
  cell: CellRef | null;
  editing: EditingCell | null;
  busy: boolean;
  open: (cell: CellRef) => void;
  cancel: () => void;
  save: (next: string) => Promise<boolean>;
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * Follows the cell the reviewer is on (focus or selection), opens the editor with F2 or the button, and saves only
 * the changed range as `version.editText`, saying how many annotations followed their text and how many lost it.
 */
export function useEditText({
  gridRef,
  document: doc,
  annotations,
  grid,
  run,
}: EditTextOptions): EditTextState {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [cell, setCell] = useState<CellRef | null>(null);
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const [busy, setBusy] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const focusAfter = useRef<{ versionId: string; offset: number; grid: AlignmentGrid } | null>(null);

  const open = useCallback(
    (c: CellRef) => {
      // The remembered cell may predate a change to the text: take its current extent from the grid when drawn.
      const drawn = cellElement(gridRef.current, c.versionId, c.start);
      const fresh = (drawn && cellOf(drawn, gridRef.current)) ?? c;
      const version = doc.versions.find((v) => v.id === fresh.versionId);
      if (!version || fresh.end > version.text.length) return;
      setCell(fresh);
      setEditing({ ...fresh, original: version.text.slice(fresh.start, fresh.end) });
    },
    [doc, gridRef],
  );

  useEffect(() => {
    const fromSelection = () => cellOf(window.getSelection()?.anchorNode ?? null, gridRef.current);
    const onFocus = (event: FocusEvent) => {
      const c = cellOf(event.target as Node | null, gridRef.current);
      if (c) setCell(c);
    };
    const onSelection = () => {
      const c = fromSelection();
      if (c) setCell(c);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F2' || event.ctrlKey || event.altKey || event.metaKey || editing) return;
      // F2 in another form's field (a comment, a reply) is that field's business.
      if (isTextField(event.target)) return;
      const c = cellOf(window.document.activeElement, gridRef.current) ?? fromSelection();
      if (!c) return;
      event.preventDefault();
      open(c);
    };
    window.document.addEventListener('focusin', onFocus);
    window.document.addEventListener('selectionchange', onSelection);
    window.addEventListener('keydown', onKey);
    return () => {
      window.document.removeEventListener('focusin', onFocus);
      window.document.removeEventListener('selectionchange', onSelection);
      window.removeEventListener('keydown', onKey);
    };
  }, [gridRef, editing, open]);

  // After a save the grid is rebuilt from the new alignment: put focus back on the edited cell once it is there.
  useEffect(() => {
    const target = focusAfter.current;
    if (!target || target.grid === grid) return;
    // One try on the first new grid: a cell scrolled out of the drawn window is not chased.
    focusAfter.current = null;
    cellElement(gridRef.current, target.versionId, target.offset)?.focus();
  }, [grid, gridRef]);

  const cancel = useCallback(() => {
    const was = editing;
    setEditing(null);
    const element = was ? cellElement(gridRef.current, was.versionId, was.start) : null;
    // The form is gone after this render; move focus once it is.
    window.setTimeout(() => (element ?? buttonRef.current)?.focus(), 0);
  }, [editing, gridRef]);

  const save = useCallback(
    async (next: string): Promise<boolean> => {
      if (!editing) return false;
      const version = doc.versions.find((v) => v.id === editing.versionId);
      if (!version || version.text.slice(editing.start, editing.end) !== editing.original) {
        announce(t('textedit.stale'), 'alert');
        return false;
      }
      const range = changedRange(editing.original, next);
      if (!range) {
        announce(t('textedit.unchanged'));
        cancel();
        return true;
      }
      const edit: TextEdit = {
        start: editing.start + range.start,
        end: editing.start + range.oldEnd,
        text: next.slice(range.newStart, range.newEnd),
      };
      const newText = version.text.slice(0, edit.start) + edit.text + version.text.slice(edit.end);
      // The same pure re-anchoring main runs, on the same project: it tells what the edit will do to annotations.
      const { summary } = reanchorAnnotations(annotations, version.id, newText, edit);
      setBusy(true);
      try {
        await run({ type: 'version.editText', documentId: doc.id, versionId: version.id, ...edit });
      } catch (e) {
        announce(translateError(t, e), 'alert');
        return false;
      } finally {
        setBusy(false);
      }
      const parts = [t('textedit.saved')];
      if (summary.reanchored > 0) parts.push(t('textedit.reanchored', { count: summary.reanchored }));
      if (summary.detached > 0) parts.push(t('textedit.detached', { count: summary.detached }));
      announce(parts.join(' '));
      const delta = edit.text.length - (edit.end - edit.start);
      setCell({ versionId: editing.versionId, start: editing.start, end: editing.end + delta });
      setEditing(null);
      focusAfter.current = { versionId: version.id, offset: editing.start, grid };
      // Until main's new alignment arrives, the cell drawn on the old rows keeps the focus out of the page body.
      window.setTimeout(() => cellElement(gridRef.current, version.id, editing.start)?.focus(), 0);
      return true;
    },
    [editing, doc, annotations, grid, gridRef, run, announce, t, cancel],
  );

  return { cell, editing, busy, open, cancel, save, buttonRef };
}
