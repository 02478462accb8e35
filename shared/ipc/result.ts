import type { ErrorInfo } from '../errors';

/** Handlers answer with this envelope so a failure's code and params survive any transport. */
export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
