import type { TFunction } from 'i18next';
import { errorInfoOf } from '../api';
import type { ErrorInfo } from '../../shared/errors';

/** The user-facing sentence for an error code and its params, in the current UI language. */
export function translateErrorInfo(t: TFunction, info: ErrorInfo): string {
  return t(`errors.${info.code}`, info.params); // i18n-dynamic: errors
}

/** The user-facing sentence for anything thrown by `invoke` or by our own code. */
export function translateError(t: TFunction, error: unknown): string {
  return translateErrorInfo(t, errorInfoOf(error));
}
