import { useTranslation } from 'react-i18next';
import { translateErrorInfo } from '../../app/errors';
import { languageName } from '../review/text-direction';
import type { ImportReport } from './import-files';

/** What the last import did: files taken in a status region, files refused (with the reason) in an alert region. */
export function ImportResults({ report }: { report: ImportReport | null }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="import-results">
      <div role="status" aria-live="polite">
        {report && report.imported.length > 0 && (
          <>
            <p>{t('library.importedCount', { count: report.imported.length })}</p>
            <ul>
              {report.imported.map((f) => (
                <li key={f.versionId}>
                  {t('library.importedFile', {
                    fileName: f.fileName,
                    language: languageName(f.language, i18n.language),
                    encoding: f.encoding,
                  })}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      <div role="alert" aria-live="assertive">
        {report && report.failed.length > 0 && (
          <>
            <p>{t('library.failedCount', { count: report.failed.length })}</p>
            <ul>
              {report.failed.map((f, i) => (
                <li key={`${f.fileName}-${i}`}>
                  <span className="file-name">{f.fileName}</span>: {translateErrorInfo(t, f.error)}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
