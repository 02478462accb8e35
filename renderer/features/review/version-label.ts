import type { TFunction } from 'i18next';
import type { Version } from '../../../shared/model/version';

/** What a version is called on screen: its label, else its file name, else its position. */
export function versionLabel(t: TFunction, version: Version, index: number): string {
  return version.label.trim() || version.origin?.fileName || t('document.versionNumber', { n: index + 1 });
}
