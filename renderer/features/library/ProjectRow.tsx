import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../shared/model/project';
import { invoke } from '../../api';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { formatDateTime } from '../../app/format';
import { routeHref } from '../../app/router';
import { ConfirmDialog } from '../../components/ConfirmDialog';

interface ProjectRowProps {
  project: ProjectSummary;
  onRenamed: (project: ProjectSummary) => void;
  onDeleted: (projectId: string) => void;
}

/** One project in the library: open link, counts, last change, inline rename and delete with confirmation. */
export function ProjectRow({ project, onRenamed, onDeleted }: ProjectRowProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const inputId = useId();
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(project.name);
  const [confirming, setConfirming] = useState(false);

  async function rename(event: FormEvent) {
    event.preventDefault();
    if (!draft.trim()) {
      announce(t('library.nameRequired'), 'alert');
      return;
    }
    try {
      const renamed = await invoke('projects.rename', { projectId: project.id, name: draft.trim() });
      setEditing(false);
      onRenamed(renamed);
      announce(t('library.renamed', { name: renamed.name }));
    } catch (error) {
      announce(translateError(t, error), 'alert');
    }
  }

  async function remove() {
    setConfirming(false);
    try {
      await invoke('projects.delete', { projectId: project.id });
      onDeleted(project.id);
      announce(t('library.deleted', { name: project.name }));
    } catch (error) {
      announce(translateError(t, error), 'alert');
    }
  }

  function onEditKey(event: KeyboardEvent) {
    if (event.key === 'Escape') {
      event.preventDefault();
      setEditing(false);
      setDraft(project.name);
    }
  }

  return (
    <li className="project-row">
      {editing ? (
        <form className="rename-form" onSubmit={rename} onKeyDown={onEditKey}>
          <label htmlFor={inputId}>{t('library.newName', { name: project.name })}</label>
          <input
            id={inputId}
            type="text"
            value={draft}
            maxLength={200}
            autoFocus
            onChange={(e) => setDraft(e.target.value)}
          />
          <button type="submit" className="primary">
            {t('common.save')}
          </button>
          <button
            type="button"
            onClick={() => {
              setEditing(false);
              setDraft(project.name);
            }}
          >
            {t('common.cancel')}
          </button>
        </form>
      ) : (
        <h3 className="project-name">
          <a href={routeHref({ name: 'project', projectId: project.id })}>{project.name}</a>
        </h3>
      )}
      <p className="project-meta">
        <span>{t('library.storyCount', { count: project.documentCount })}</span>
        <span>{t('library.annotationCount', { count: project.annotationCount })}</span>
        <span>{t('library.updated', { date: formatDateTime(project.updatedAt, i18n.language) })}</span>
      </p>
      {!editing && (
        <div className="row-actions">
          <button
            type="button"
            aria-label={t('library.renameNamed', { name: project.name })}
            onClick={() => {
              setDraft(project.name);
              setEditing(true);
            }}
          >
            {t('library.rename')}
          </button>
          <button
            type="button"
            className="danger"
            aria-label={t('library.deleteNamed', { name: project.name })}
            onClick={() => setConfirming(true)}
          >
            {t('common.delete')}
          </button>
        </div>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('library.deleteTitle')}
          message={t('library.deleteMessage', { name: project.name })}
          confirmLabel={t('common.delete')}
          onConfirm={() => void remove()}
          onCancel={() => setConfirming(false)}
        />
      )}
    </li>
  );
}
