import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HistoryState } from '../../../shared/ipc/contract';
import type { Project } from '../../../shared/model/project';
import { invoke } from '../../api';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { actionName } from './action-labels';

const TEXT_INPUT_TYPES = new Set(['text', 'search', 'url', 'tel', 'email', 'password', 'number', '']);

/** Whether an element edits text itself, so Ctrl+Z there must stay the browser's own text undo. */
export function isTextField(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return TEXT_INPUT_TYPES.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

/** Which history step a key press asks for: Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo (Cmd on a Mac). */
export function historyKey(event: KeyboardEvent): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  // The physical key when the layout types no Latin letter there (e.g. Russian), so the shortcut works anyway.
  const letter = /^[a-z]$/i.test(event.key)
    ? event.key.toLowerCase()
    : event.code.replace(/^Key/, '').toLowerCase();
  if (letter === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (letter === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Undo and redo of a project's changes (kept in main), the state the buttons show, and the keyboard shortcuts. */
export interface UndoState {
  history: HistoryState;
  busy: boolean;
  undo: () => Promise<void>;
  redo: () => Promise<void>;
}

/**
 * Undo and redo for a project: asks main what can be undone whenever the project changes, runs a step, replaces
 * the project with the one main returns (so the grid and the list follow) and says what happened. Ctrl+Z and
 * Ctrl+Shift+Z / Ctrl+Y work anywhere in the view except in text fields and dialogs, which keep their own.
 */
export function useUndo(
  projectId: string,
  project: Project | null,
  replace: (p: Project) => void,
): UndoState {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [history, setHistory] = useState<HistoryState>({ undo: null, redo: null });
  const [busy, setBusy] = useState(false);
  const running = useRef(false);

  useEffect(() => {
    if (!project) return;
    let live = true;
    invoke('projects.history', { projectId })
      .then((h) => {
        if (live) setHistory(h);
      })
      .catch(() => {
        if (live) setHistory({ undo: null, redo: null });
      });
    return () => {
      live = false;
    };
  }, [project, projectId]);

  const step = useCallback(
    async (kind: 'undo' | 'redo') => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      try {
        const done = await invoke(kind === 'undo' ? 'projects.undo' : 'projects.redo', { projectId });
        replace(done.project);
        setHistory(done.history);
        const action = actionName(t, done.action);
        announce(kind === 'undo' ? t('annotations.undone', { action }) : t('annotations.redone', { action }));
      } catch (e) {
        announce(translateError(t, e), 'alert');
        invoke('projects.history', { projectId }).then(setHistory, () => undefined);
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [announce, projectId, replace, t],
  );

  const undo = useCallback(() => step('undo'), [step]);
  const redo = useCallback(() => step('redo'), [step]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const kind = historyKey(event);
      if (!kind || isTextField(event.target)) return;
      if (event.target instanceof Element && event.target.closest('[role="dialog"],[role="alertdialog"]'))
        return;
      event.preventDefault();
      void (kind === 'undo' ? undo() : redo());
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo, redo]);

  return { history, busy, undo, redo };
}
