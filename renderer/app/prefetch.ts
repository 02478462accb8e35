import type { Channel } from '../../shared/ipc/channels';
import type { ArgsOf, ResultOf } from '../../shared/ipc/contract';
import { invoke } from '../api';
import type { Route } from './router';
import { headRowsFor } from '../../shared/review/story-head';

interface Early {
  answer: Promise<unknown>;
  at: number;
}

const early = new Map<string, Early>();
/** A prefetched answer older than this is not used: the view asks again, so it never shows stale data. */
const FRESH_MS = 10_000;

const keyOf = (channel: Channel, arg: unknown) => `${channel} ${JSON.stringify(arg)}`;

/**
 * Sends the requests the first screen of `route` needs as soon as the script runs, in parallel, instead of one
 * after another as each view mounts (settings first, then the project or the story's head).
 */
export function prefetchRoute(route: Route, now = Date.now()): void {
  const ask = <C extends Channel>(channel: C, arg: ArgsOf<C>) => {
    const answer = invoke(channel, arg);
    // Whoever takes it handles a failure; an answer nobody took must not be reported as unhandled.
    answer.catch(() => undefined);
    early.set(keyOf(channel, arg), { answer, at: now });
  };
  // Settings carry the UI language, which every screen waits for: they go first.
  ask('settings.get', {});
  if (route.name !== 'document' && route.name !== 'project') return;
  const { projectId } = route;
  if (route.name === 'project') {
    ask('projects.open', { projectId });
    return;
  }
  // A story's head is all its first screen needs; the whole story is asked for once that screen is drawn.
  ask('document.head', { projectId, documentId: route.documentId, rows: headRowsFor(window.innerHeight) });
}

/** The answer prefetched for this call if it is still fresh (each is taken once), or else a new call. */
export function invokeEarly<C extends Channel>(
  channel: C,
  arg: ArgsOf<C>,
  now = Date.now(),
): Promise<ResultOf<C>> {
  const key = keyOf(channel, arg);
  const found = early.get(key);
  early.delete(key);
  if (found && now - found.at <= FRESH_MS) return found.answer as Promise<ResultOf<C>>;
  return invoke(channel, arg);
}
