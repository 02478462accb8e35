import { useTranslation } from 'react-i18next';
import { translateError } from '../app/errors';
import { routeHref } from '../app/router';

/** What a project page shows when its project cannot be loaded (deleted, damaged and set aside, …). */
export function ProjectLoadFailure({ error }: { error: unknown }) {
  const { t } = useTranslation();
  return (
    <section className="page">
      <p role="alert">{translateError(t, error)}</p>
      <a href={routeHref({ name: 'library' })}>{t('common.backToLibrary')}</a>
    </section>
  );
}
