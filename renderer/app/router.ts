import { useSyncExternalStore } from 'react';

/** The screens, addressed by the URL hash so a reload returns to the same place. */
export type Route =
  | { name: 'library' }
  | { name: 'settings' }
  | { name: 'project'; projectId: string }
  | { name: 'document'; projectId: string; documentId: string }
  | { name: 'notFound' };

function decode(part: string): string | null {
  try {
    const value = decodeURIComponent(part);
    return value.length > 0 && value.length <= 100 ? value : null;
  } catch {
    return null;
  }
}

/** Reads a route from a hash such as `#/project/abc/doc/def`; anything unknown is `notFound`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, '');
  if (path === '' || path === '/') return { name: 'library' };
  if (path === '/settings') return { name: 'settings' };
  const parts = path.split('/').slice(1);
  if (parts[0] === 'project' && parts.length === 2) {
    const projectId = decode(parts[1] ?? '');
    if (projectId) return { name: 'project', projectId };
  }
  if (parts[0] === 'project' && parts.length === 4 && parts[2] === 'doc') {
    const projectId = decode(parts[1] ?? '');
    const documentId = decode(parts[3] ?? '');
    if (projectId && documentId) return { name: 'document', projectId, documentId };
  }
  return { name: 'notFound' };
}

/** The hash for a route, for `href`s and navigation. */
export function routeHref(route: Route): string {
  switch (route.name) {
    case 'library':
    case 'notFound':
      return '#/';
    case 'settings':
      return '#/settings';
    case 'project':
      return `#/project/${encodeURIComponent(route.projectId)}`;
    case 'document':
      return `#/project/${encodeURIComponent(route.projectId)}/doc/${encodeURIComponent(route.documentId)}`;
  }
}

/** Moves to a route; the `hashchange` event re-renders whoever uses `useRoute`. */
export function navigate(route: Route): void {
  window.location.hash = routeHref(route);
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current route, kept in sync with the address bar. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}
