/** Every failure the user can be told about; each has the i18n key `errors.<code>` in every locale. */
export const ERROR_CODES = [
  'internal',
  'ipc.invalidArguments',
  'ipc.unknownChannel',
  'ipc.forbiddenSender',
  'project.notFound',
  'project.corrupt',
  'project.tooNew',
  'project.nameEmpty',
  'document.notFound',
  'version.notFound',
  'version.editInvalid',
  'version.editEmpty',
  'annotation.notFound',
  'annotation.rangeInvalid',
  'annotation.subtypeInvalid',
  'annotation.replyNotFound',
  'history.nothingToUndo',
  'history.nothingToRedo',
  'alignment.fixInvalid',
  'alignment.fixNotFound',
  'import.empty',
  'import.binary',
  'import.tooLarge',
  'import.undecodable',
  'import.unsupportedType',
  'import.unreadable',
  'cli.usage',
  'cli.unknownCommand',
  'cli.noFiles',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Values interpolated into an error message (file names, sizes, paths). */
export type ErrorParams = Record<string, string | number>;

/** A failure as plain data, so it crosses IPC and HTTP intact and is translated where it is shown. */
export interface ErrorInfo {
  code: ErrorCode;
  params: ErrorParams;
}

/** Thrown by engine and backend code; the message is for logs, the code and params are for the user. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
  toInfo(): ErrorInfo {
    return { code: this.code, params: this.params };
  }
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}
