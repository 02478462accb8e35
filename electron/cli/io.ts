import type { TFunction } from 'i18next';
import { AppError, type ErrorInfo } from '../../shared/errors';

/** What every command needs: translations, the two output streams and the version. */
export interface Io {
  t: TFunction;
  out: (text: string) => void;
  err: (text: string) => void;
  version: string;
}

export const EXIT_OK = 0;
export const EXIT_FILE_FAILED = 1;
export const EXIT_USAGE = 2;
export const PROGRAM = 'verbatim';

/** An error's message in the user's language. */
export function describe(t: TFunction, error: ErrorInfo): string {
  // i18n-dynamic: errors.
  return t(`errors.${error.code}`, error.params);
}

/** The error as data, naming the file by the path the user typed (clearer than a bare name for ../a/x.txt). */
export function toErrorInfo(error: unknown, file: string): ErrorInfo {
  if (error instanceof AppError) return { code: error.code, params: { ...error.params, fileName: file } };
  return { code: 'internal', params: { fileName: file } };
}

/** Reports a usage error and returns its exit code. */
export function usageError(io: Io, error: AppError): number {
  io.err(`${PROGRAM}: ${describe(io.t, error.toInfo())}\n`);
  return EXIT_USAGE;
}
