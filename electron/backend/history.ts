import { AppError } from '../../shared/errors';
import type { HistoryState } from '../../shared/ipc/contract';
import type { Project } from '../../shared/model/project';

/** How many steps back a reviewer can go per project; older steps are forgotten. */
export const HISTORY_LIMIT = 200;

interface Step {
  /** What the change was (a command type, 'import' or 'projects.rename'), so the UI can say what undo will do. */
  action: string;
  before: Project;
  after: Project;
}

interface Stacks {
  done: Step[];
  undone: Step[];
}

/**
 * Undo and redo per project, kept in main so every window and transport shares one history. Steps hold whole
 * project snapshots: commands return new objects that share unchanged parts, so a step costs only what changed.
 * A step is only replayed when the project on disk is still the one it left behind, so a change made elsewhere
 * can never be overwritten by an old snapshot.
 */
export class ProjectHistory {
  private readonly stacks = new Map<string, Stacks>();

  private of(projectId: string): Stacks {
    let s = this.stacks.get(projectId);
    if (!s) {
      s = { done: [], undone: [] };
      this.stacks.set(projectId, s);
    }
    return s;
  }

  /** Remembers a change just saved; a new change ends any redo path. */
  record(action: string, before: Project, after: Project): void {
    const s = this.of(after.id);
    s.done.push({ action, before, after });
    if (s.done.length > HISTORY_LIMIT) s.done.shift();
    s.undone = [];
  }

  /** The project to save to undo the last change, checked against the current one. */
  undo(current: Project): { project: Project; action: string } {
    const s = this.of(current.id);
    const step = s.done.at(-1);
    if (!step || step.after.updatedAt !== current.updatedAt) {
      this.forget(current.id);
      throw new AppError('history.nothingToUndo');
    }
    s.done.pop();
    s.undone.push(step);
    return { project: step.before, action: step.action };
  }

  /** The project to save to redo the last undone change, checked against the current one. */
  redo(current: Project): { project: Project; action: string } {
    const s = this.of(current.id);
    const step = s.undone.at(-1);
    if (!step || step.before.updatedAt !== current.updatedAt) {
      s.undone = [];
      throw new AppError('history.nothingToRedo');
    }
    s.undone.pop();
    s.done.push(step);
    return { project: step.after, action: step.action };
  }

  /** What undo and redo would do now, for menus and buttons. */
  state(projectId: string): HistoryState {
    const s = this.stacks.get(projectId);
    return { undo: s?.done.at(-1)?.action ?? null, redo: s?.undone.at(-1)?.action ?? null };
  }

  forget(projectId: string): void {
    this.stacks.delete(projectId);
  }
}
