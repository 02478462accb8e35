import { useTranslation } from 'react-i18next';
import type { Project, StoryDocument } from '../../../shared/model/project';
import { routeHref } from '../../app/router';
import { DropZone } from './DropZone';
import { languageName } from '../review/text-direction';

interface StoryListProps {
  project: Project;
  busy: boolean;
  onPick: (documentId: string) => void;
  onDrop: (documentId: string, files: File[]) => void;
}

/** The display title of a story, never empty. */
export function storyTitle(doc: StoryDocument, untitled: string): string {
  return doc.title.trim() || untitled;
}

/** The project's stories, each a link to its side-by-side view and a target for adding another version. */
export function StoryList({ project, busy, onPick, onDrop }: StoryListProps) {
  const { t, i18n } = useTranslation();
  if (project.documents.length === 0) return <p className="empty-state">{t('library.noStories')}</p>;
  return (
    <ul className="story-list">
      {project.documents.map((doc) => {
        const title = storyTitle(doc, t('library.untitledStory'));
        const languages = new Intl.ListFormat(i18n.language, { type: 'unit' }).format(
          doc.versions.map((v) => languageName(v.language, i18n.language)),
        );
        const annotations = project.annotations.filter((a) => a.documentId === doc.id).length;
        return (
          <li key={doc.id}>
            <DropZone className="story-item" onFiles={(files) => onDrop(doc.id, files)}>
              <h3 className="story-title">
                <a href={routeHref({ name: 'document', projectId: project.id, documentId: doc.id })}>
                  {title}
                </a>
              </h3>
              <p className="story-meta">
                <span>{t('library.versionCount', { count: doc.versions.length })}</span>
                {languages && <span>{languages}</span>}
                <span>{t('library.annotationCount', { count: annotations })}</span>
              </p>
              <button
                type="button"
                disabled={busy}
                aria-label={t('library.addVersionTo', { title })}
                onClick={() => onPick(doc.id)}
              >
                {t('library.addVersion')}
              </button>
            </DropZone>
          </li>
        );
      })}
    </ul>
  );
}
