import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref, type Route } from '../../../renderer/app/router';

describe('hash routes', () => {
  it('round-trips every screen, including ids that need escaping', () => {
    const routes: Route[] = [
      { name: 'library' },
      { name: 'settings' },
      { name: 'project', projectId: 'p 1/é' },
      { name: 'document', projectId: 'p1', documentId: 'd#2' },
    ];
    for (const route of routes) expect(parseRoute(routeHref(route))).toEqual(route);
  });

  it('treats an empty hash as the library and anything else unknown as not found', () => {
    expect(parseRoute('')).toEqual({ name: 'library' });
    expect(parseRoute('#/project')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/project/%E0%A4%A')).toEqual({ name: 'notFound' });
    expect(parseRoute('#/project/a/doc')).toEqual({ name: 'notFound' });
  });
});
