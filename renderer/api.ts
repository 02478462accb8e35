import { AppError, isErrorCode, type ErrorInfo, type ErrorParams } from '../shared/errors';
import type { Channel } from '../shared/ipc/channels';
import type { ArgsOf, ResultOf } from '../shared/ipc/contract';
import type { IpcResult } from '../shared/ipc/result';

/** What the preload exposes: one generic door, restricted in main to the channels of the contract. */
export interface PreloadApi {
  invoke(channel: Channel, arg: unknown): Promise<IpcResult<unknown>>;
}

declare global {
  interface Window {
    api: PreloadApi;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function toParams(value: unknown): ErrorParams {
  const params: ErrorParams = {};
  if (!isRecord(value)) return params;
  for (const [key, v] of Object.entries(value)) {
    if (typeof v === 'string' || typeof v === 'number') params[key] = v;
  }
  return params;
}

/** Turns whatever came back as a failure into a known error, so the UI can always translate it. */
function toAppError(error: unknown): AppError {
  if (isRecord(error) && isErrorCode(error.code)) return new AppError(error.code, toParams(error.params));
  return new AppError('internal');
}

/** Calls main through the typed contract; resolves with the value or throws an AppError carrying code and params. */
export async function invoke<C extends Channel>(channel: C, arg: ArgsOf<C>): Promise<ResultOf<C>> {
  let envelope: unknown;
  try {
    envelope = await window.api.invoke(channel, arg);
  } catch {
    throw new AppError('internal', {}, `transport failure on ${channel}`);
  }
  if (isRecord(envelope) && envelope.ok === true && 'value' in envelope) {
    // The contract types the value; main built it from the same contract.
    return envelope.value as ResultOf<C>;
  }
  if (isRecord(envelope) && envelope.ok === false) throw toAppError(envelope.error);
  throw new AppError('internal', {}, `malformed reply on ${channel}`);
}

/** The code and params of any thrown value, for translating it with `errors.<code>`. */
export function errorInfoOf(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  if (isRecord(error) && isErrorCode(error.code)) return { code: error.code, params: toParams(error.params) };
  return { code: 'internal', params: {} };
}
