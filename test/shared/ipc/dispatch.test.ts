import { describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/errors';
import { CHANNELS } from '../../../shared/ipc/channels';
import type { IpcHandlers } from '../../../shared/ipc/contract';
import { dispatch } from '../../../shared/ipc/dispatch';

function handlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const fail = async () => {
    throw new Error('not used');
  };
  const base = Object.fromEntries(CHANNELS.map((c) => [c, fail])) as unknown as IpcHandlers;
  return { ...base, ...overrides };
}

describe('dispatch', () => {
  it('runs the handler with validated arguments', async () => {
    const result = await dispatch(
      handlers({
        'projects.create': async ({ name }) => ({
          id: 'x',
          name,
          createdAt: '',
          updatedAt: '',
          documentCount: 0,
          annotationCount: 0,
        }),
      }),
      'projects.create',
      { name: 'Hello' },
    );
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ name: 'Hello' }) });
  });

  it('refuses unknown channels, extra fields, wrong types and oversized strings', async () => {
    const h = handlers();
    expect(await dispatch(h, 'fs.readFile', {})).toMatchObject({
      ok: false,
      error: { code: 'ipc.unknownChannel' },
    });
    const bad: [string, unknown][] = [
      ['projects.create', { name: 'a', extra: 1 }],
      ['projects.create', { name: 42 }],
      ['projects.create', { name: 'x'.repeat(201) }],
      ['projects.open', { projectId: '' }],
      ['projects.command', { projectId: 'p', command: { type: 'annotation.add', documentId: 'd' } }],
      ['projects.command', { projectId: 'p', command: { type: 'shell.exec' } }],
      ['settings.update', { uiLanguage: 'xx' }],
      ['projects.list', 'not an object'],
    ];
    for (const [channel, arg] of bad) {
      const result = await dispatch(h, channel, arg);
      expect(result, `${channel} ${JSON.stringify(arg)}`).toMatchObject({
        ok: false,
        error: { code: 'ipc.invalidArguments' },
      });
    }
  });

  it('turns AppErrors into their code and hides unexpected errors behind "internal"', async () => {
    const seen: unknown[] = [];
    const h = handlers({
      'projects.open': async () => {
        throw new AppError('project.notFound', { projectId: 'p' });
      },
      'projects.list': async () => {
        throw new TypeError('secret stack');
      },
    });
    expect(await dispatch(h, 'projects.open', { projectId: 'p' })).toEqual({
      ok: false,
      error: { code: 'project.notFound', params: { projectId: 'p' } },
    });
    expect(await dispatch(h, 'projects.list', {}, (e) => seen.push(e))).toEqual({
      ok: false,
      error: { code: 'internal', params: {} },
    });
    expect(seen).toHaveLength(1);
  });
});
