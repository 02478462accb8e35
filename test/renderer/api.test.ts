// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { invoke, errorInfoOf } from '../../renderer/api';
import { AppError } from '../../shared/errors';

describe('invoke', () => {
  it('unwraps a successful envelope', async () => {
    window.api = { invoke: async () => ({ ok: true, value: [] }) };
    await expect(invoke('projects.list', {})).resolves.toEqual([]);
  });

  it('throws an AppError with the code and params of a failure', async () => {
    window.api = {
      invoke: async () => ({ ok: false, error: { code: 'project.notFound', params: { projectId: 'x' } } }),
    };
    const error = await invoke('projects.open', { projectId: 'x' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(errorInfoOf(error)).toEqual({ code: 'project.notFound', params: { projectId: 'x' } });
  });

  it('turns unknown codes, malformed replies and transport failures into internal errors', async () => {
    window.api = { invoke: async () => ({ ok: false, error: { code: 'nope', params: {} } }) as never };
    expect(errorInfoOf(await invoke('projects.list', {}).catch((e: unknown) => e)).code).toBe('internal');
    window.api = { invoke: async () => 'garbage' as never };
    expect(errorInfoOf(await invoke('projects.list', {}).catch((e: unknown) => e)).code).toBe('internal');
    window.api = {
      invoke: async () => {
        throw new Error('channel closed');
      },
    };
    expect(errorInfoOf(await invoke('projects.list', {}).catch((e: unknown) => e)).code).toBe('internal');
  });
});
