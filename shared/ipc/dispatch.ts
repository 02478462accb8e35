import { AppError } from '../errors';
import { isChannel } from './channels';
import { ipcArgSchemas, type IpcHandlers } from './contract';
import type { IpcResult } from './result';

/** Validates a call from any transport and runs its handler; never throws, so every transport answers alike. */
export async function dispatch(
  handlers: IpcHandlers,
  channel: unknown,
  arg: unknown,
  onUnexpected: (error: unknown) => void = () => {},
): Promise<IpcResult<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'ipc.unknownChannel', params: { channel: String(channel).slice(0, 80) } },
    };
  }
  const parsed = ipcArgSchemas[channel].safeParse(arg ?? {});
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join('.') ?? '';
    return { ok: false, error: { code: 'ipc.invalidArguments', params: { channel, field: where } } };
  }
  try {
    const handler = handlers[channel] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.data) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toInfo() };
    onUnexpected(error);
    return { ok: false, error: { code: 'internal', params: {} } };
  }
}
