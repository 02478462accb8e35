import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../shared/model/project';
import { invoke } from '../../api';
import { translateError } from '../../app/errors';
import { PageHeading } from '../../components/PageHeading';
import { CreateProjectForm } from './CreateProjectForm';
import { ProjectRow } from './ProjectRow';

function byRecent(a: ProjectSummary, b: ProjectSummary): number {
  return b.updatedAt.localeCompare(a.updatedAt);
}

/** The start screen: every project, newest change first, and a form to start a new one. */
export function LibraryView() {
  const { t } = useTranslation();
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null);
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    invoke('projects.list', {})
      .then((list) => {
        if (live) setProjects([...list].sort(byRecent));
      })
      .catch((e: unknown) => {
        if (live) setError(e);
      });
    return () => {
      live = false;
    };
  }, []);

  const upsert = (p: ProjectSummary) =>
    setProjects((list) => [p, ...(list ?? []).filter((x) => x.id !== p.id)].sort(byRecent));

  return (
    <section className="page library">
      <PageHeading>{t('library.title')}</PageHeading>
      <CreateProjectForm onCreated={upsert} />
      <section aria-labelledby="library-projects-heading">
        <h2 id="library-projects-heading" className="visually-hidden">
          {t('library.projects')}
        </h2>
        {error !== null ? (
          <p role="alert">{translateError(t, error)}</p>
        ) : projects === null ? (
          <p className="loading">{t('common.loading')}</p>
        ) : projects.length === 0 ? (
          <p className="empty-state">{t('library.empty')}</p>
        ) : (
          <ul className="project-list" aria-labelledby="library-projects-heading">
            {projects.map((p) => (
              <ProjectRow
                key={p.id}
                project={p}
                onRenamed={upsert}
                onDeleted={(id) => setProjects((list) => (list ?? []).filter((x) => x.id !== id))}
              />
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
