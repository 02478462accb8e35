import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../../api';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { formatSize } from '../../app/format';
import { routeHref } from '../../app/router';
import { PageHeading } from '../../components/PageHeading';
import { ProjectLoadFailure } from '../../components/ProjectLoadFailure';
import { DropZone } from './DropZone';
import { ImportResults } from './ImportResults';
import { importDroppedFiles, reportOf, type ImportReport } from './import-files';
import { StoryList } from './StoryList';
import { useProject } from './use-project';

/** One project: its stories, and importing files as new stories or as further versions of a story. */
export function ProjectView({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const { project, error, replace } = useProject(projectId);
  const [busy, setBusy] = useState(false);
  const [report, setReport] = useState<ImportReport | null>(null);

  async function runImport(work: () => Promise<ImportReport>) {
    setBusy(true);
    setReport(null);
    try {
      const result = await work();
      if (result.project) replace(result.project);
      setReport(result);
    } catch (e) {
      announce(translateError(t, e), 'alert');
    } finally {
      setBusy(false);
    }
  }

  const pick = (documentId: string | null) =>
    void runImport(async () => reportOf(await invoke('import.pickFiles', { projectId, documentId })));
  const drop = (documentId: string | null, files: File[]) =>
    void runImport(() =>
      importDroppedFiles(projectId, documentId, files, (n) => formatSize(n, i18n.language)),
    );

  if (error !== null) return <ProjectLoadFailure error={error} />;
  if (!project) return <p className="loading">{t('common.loading')}</p>;

  return (
    <section className="page project">
      <nav aria-label={t('common.breadcrumb')} className="breadcrumb">
        <ol>
          <li>
            <a href={routeHref({ name: 'library' })}>{t('common.library')}</a>
          </li>
          <li aria-current="page">{project.name}</li>
        </ol>
      </nav>
      <PageHeading>{project.name}</PageHeading>
      <section aria-labelledby="import-heading" className="import-panel">
        <h2 id="import-heading">{t('library.importHeading')}</h2>
        <DropZone onFiles={(files) => drop(null, files)}>
          <p>{t('library.dropHint')}</p>
          <button type="button" className="primary" disabled={busy} onClick={() => pick(null)}>
            {t('library.importFiles')}
          </button>
        </DropZone>
        {busy && <p className="loading">{t('library.importing')}</p>}
        <ImportResults report={report} />
      </section>
      <section aria-labelledby="stories-heading">
        <h2 id="stories-heading">{t('library.stories')}</h2>
        <StoryList project={project} busy={busy} onPick={(id) => pick(id)} onDrop={drop} />
      </section>
    </section>
  );
}
