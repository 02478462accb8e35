import { useTranslation } from 'react-i18next';
import type { StoryDocument } from '../../../shared/model/project';
import type { FormSpan } from './form-spans';
import { textDirection } from './text-direction';
import { versionLabel } from './version-label';

/** The version a span belongs to, on screen: its label and language (unknown if the version was removed). */
export function spanVersion(
  t: ReturnType<typeof useTranslation>['t'],
  doc: StoryDocument,
  versionId: string,
) {
  const index = doc.versions.findIndex((v) => v.id === versionId);
  const version = doc.versions[index];
  const lang = version?.language ?? 'und';
  return {
    label: version ? versionLabel(t, version, index) : t('annotations.unknownVersion'),
    lang,
    dir: textDirection(lang),
  };
}

/** One linked span: which version, the quoted text in its language, and a note when an edit detached it. */
export function SpanQuote({ document: doc, span }: { document: StoryDocument; span: FormSpan }) {
  const { t } = useTranslation();
  const { label, lang, dir } = spanVersion(t, doc, span.versionId);
  return (
    <>
      <span className="span-version">{t('annotations.spanIn', { label })}</span>{' '}
      <q lang={lang} dir={dir} className="span-quote">
        {span.quote}
      </q>
      {span.detached && <span className="span-detached-note">{t('annotations.detached')}</span>}
    </>
  );
}
