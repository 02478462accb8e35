// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { invokeEarly, prefetchRoute } from '../../../renderer/app/prefetch';
import { FakeBackend } from '../support/fake-api';

function installed() {
  const backend = new FakeBackend();
  backend.serveHeads = true;
  window.api = backend.api();
  const { projectId, documentId } = backend.seed('P', [{ fileName: 'en_a.txt', text: 'One. Two.' }]);
  return { backend, projectId, documentId };
}

const sent = (backend: FakeBackend, channel: string) =>
  backend.calls.filter((c) => c.channel === channel).length;

describe('prefetchRoute and invokeEarly', () => {
  it('sends settings and a story’s head at once, and each early answer is used once', async () => {
    const { backend, projectId, documentId } = installed();
    prefetchRoute({ name: 'document', projectId, documentId }, 1000);
    expect(backend.calls.map((c) => c.channel)).toEqual(['settings.get', 'document.head']);
    const arg = (backend.calls[1]?.arg ?? {}) as { rows?: number };
    expect(arg.rows).toBeGreaterThan(0);

    const head = await invokeEarly('document.head', { projectId, documentId, rows: arg.rows }, 1500);
    expect(head.grid.rows.length).toBeGreaterThan(0);
    expect(sent(backend, 'document.head')).toBe(1);
    await invokeEarly('document.head', { projectId, documentId, rows: arg.rows }, 1500);
    expect(sent(backend, 'document.head')).toBe(2);
  });

  it('asks again rather than use an answer that is too old or was for other arguments', async () => {
    const { backend, projectId } = installed();
    prefetchRoute({ name: 'project', projectId }, 1000);
    expect(backend.calls.map((c) => c.channel)).toEqual(['settings.get', 'projects.open']);
    await invokeEarly('settings.get', {}, 1000 + 60_000);
    expect(sent(backend, 'settings.get')).toBe(2);
    await invokeEarly('projects.open', { projectId: 'another' }, 1000).catch(() => undefined);
    expect(sent(backend, 'projects.open')).toBe(2);
  });

  it('sends nothing but settings for the library', () => {
    const { backend } = installed();
    prefetchRoute({ name: 'library' });
    expect(backend.calls.map((c) => c.channel)).toEqual(['settings.get']);
  });
});
