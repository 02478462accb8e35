import { useTranslation } from 'react-i18next';
import { PageHeading } from '../components/PageHeading';
import { routeHref } from './router';

/** Shown for an address no screen answers to, with a way back. */
export function NotFoundView() {
  const { t } = useTranslation();
  return (
    <section className="page">
      <PageHeading>{t('common.notFoundTitle')}</PageHeading>
      <p>{t('common.notFoundText')}</p>
      <p>
        <a href={routeHref({ name: 'library' })}>{t('common.backToLibrary')}</a>
      </p>
    </section>
  );
}
