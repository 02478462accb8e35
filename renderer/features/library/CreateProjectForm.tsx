import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectSummary } from '../../../shared/model/project';
import { invoke } from '../../api';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';

/** Name field and button that create a new, empty project. */
export function CreateProjectForm({ onCreated }: { onCreated: (project: ProjectSummary) => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const inputId = useId();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim()) {
      announce(t('library.nameRequired'), 'alert');
      return;
    }
    setBusy(true);
    try {
      const created = await invoke('projects.create', { name: name.trim() });
      setName('');
      onCreated(created);
      announce(t('library.created', { name: created.name }));
    } catch (error) {
      announce(translateError(t, error), 'alert');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="create-project" onSubmit={onSubmit} aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('library.newProject')}</h2>
      <div className="field-row">
        <label htmlFor={inputId}>{t('library.projectName')}</label>
        <input
          id={inputId}
          type="text"
          value={name}
          maxLength={200}
          autoComplete="off"
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className="primary" disabled={busy}>
          {t('library.create')}
        </button>
      </div>
    </form>
  );
}
