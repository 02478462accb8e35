import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectCommandInput as ProjectCommand } from '../../../shared/model/commands';
import {
  languageTagSchema,
  versionRoleSchema,
  type Version,
  type VersionRole,
} from '../../../shared/model/version';
import { useAnnounce } from '../../app/announcer';
import { translateError } from '../../app/errors';
import { languageName } from './text-direction';

interface VersionHeaderProps {
  documentId: string;
  version: Version;
  label: string;
  headingId: string;
  run: (command: ProjectCommand) => Promise<unknown>;
}

function roleName(t: ReturnType<typeof useTranslation>['t'], role: VersionRole): string {
  switch (role) {
    case 'source':
      return t('document.role.source');
    case 'translation':
      return t('document.role.translation');
    case 'reference':
      return t('document.role.reference');
  }
}

/** The top of a version's column: its name, its role in the story and its language (detected, correctable). */
export function VersionHeader({ documentId, version, label, headingId, run }: VersionHeaderProps) {
  const { t, i18n } = useTranslation();
  const announce = useAnnounce();
  const roleId = useId();
  const langId = useId();
  const [draft, setDraft] = useState(version.language);
  const [invalid, setInvalid] = useState(false);

  useEffect(() => setDraft(version.language), [version.language]);

  async function update(patch: { role?: VersionRole; language?: string }) {
    try {
      await run({ type: 'version.update', documentId, versionId: version.id, patch });
      announce(t('document.versionUpdated', { label }));
    } catch (error) {
      announce(translateError(t, error), 'alert');
    }
  }

  function commitLanguage(event?: FormEvent) {
    event?.preventDefault();
    const value = draft.trim();
    if (value === version.language) {
      setInvalid(false);
      return;
    }
    if (!languageTagSchema.safeParse(value).success) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    void update({ language: value });
  }

  return (
    <header className="version-header">
      <h2 id={headingId} className="version-label" dir="auto">
        {label}
      </h2>
      <div className="version-fields">
        <label htmlFor={roleId}>{t('document.roleLabel')}</label>
        <select
          id={roleId}
          value={version.role}
          onChange={(e) => {
            const parsed = versionRoleSchema.safeParse(e.target.value);
            if (parsed.success) void update({ role: parsed.data });
          }}
        >
          {versionRoleSchema.options.map((role) => (
            <option key={role} value={role}>
              {roleName(t, role)}
            </option>
          ))}
        </select>
        <form onSubmit={commitLanguage} className="language-form">
          <label htmlFor={langId}>{t('document.languageLabel')}</label>
          <input
            id={langId}
            type="text"
            value={draft}
            size={8}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={invalid || undefined}
            aria-describedby={`${langId}-hint`}
            onChange={(e) => setDraft(e.target.value)}
            onBlur={() => commitLanguage()}
          />
        </form>
      </div>
      <p id={`${langId}-hint`} className={invalid ? 'field-error' : 'field-hint'}>
        {invalid
          ? t('document.languageInvalid')
          : version.detectedLanguage
            ? t('document.detectedLanguage', {
                language: languageName(version.detectedLanguage, i18n.language),
                tag: version.detectedLanguage,
              })
            : t('document.noDetectedLanguage')}
      </p>
    </header>
  );
}
