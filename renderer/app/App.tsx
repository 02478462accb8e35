import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invoke } from '../api';
import { invokeEarly } from './prefetch';
import { applyDocumentLanguage } from '../i18n';
import { AnnouncerProvider } from './announcer';
import { translateError } from './errors';
import { routeHref, useRoute, type Route } from './router';
import { SettingsContext, type SettingsState } from './settings-context';
import { LibraryView } from '../features/library/LibraryView';
import { ProjectView } from '../features/project/ProjectView';
import { DocumentView } from '../features/review/DocumentView';
import { SettingsView } from '../features/settings/SettingsView';
import { NotFoundView } from './NotFoundView';
import type { Settings } from '../../shared/model/settings';

function Screen({ route }: { route: Route }) {
  switch (route.name) {
    case 'library':
      return <LibraryView />;
    case 'settings':
      return <SettingsView />;
    case 'project':
      return <ProjectView key={route.projectId} projectId={route.projectId} />;
    case 'document':
      return (
        <DocumentView
          key={`${route.projectId}/${route.documentId}`}
          projectId={route.projectId}
          documentId={route.documentId}
        />
      );
    case 'notFound':
      return <NotFoundView />;
  }
}

/** The shell: loads settings (and with them the UI language), then shows the header, navigation and the screen. */
export function App() {
  const { t, i18n } = useTranslation();
  const route = useRoute();
  const [settings, setSettings] = useState<Settings | null>(null);
  const [loadError, setLoadError] = useState<unknown>(null);

  useEffect(() => {
    let live = true;
    invokeEarly('settings.get', {})
      .then(async (s) => {
        await i18n.changeLanguage(s.uiLanguage);
        if (live) setSettings(s);
      })
      .catch((error: unknown) => {
        if (live) setLoadError(error);
      });
    return () => {
      live = false;
    };
  }, [i18n]);

  useEffect(() => {
    applyDocumentLanguage(i18n.language);
    const onChange = (lng: string) => applyDocumentLanguage(lng);
    i18n.on('languageChanged', onChange);
    return () => i18n.off('languageChanged', onChange);
  }, [i18n]);

  useEffect(() => {
    document.title = t('common.appName');
  }, [t, i18n.language]);

  const update = useCallback<SettingsState['update']>(
    async (patch) => {
      const next = await invoke('settings.update', patch);
      await i18n.changeLanguage(next.uiLanguage);
      setSettings(next);
      return next;
    },
    [i18n],
  );
  const settingsState = useMemo(() => (settings ? { settings, update } : null), [settings, update]);

  const current = route.name === 'settings' ? 'settings' : 'library';
  return (
    <AnnouncerProvider>
      <a className="skip-link" href="#main-content">
        {t('common.skipToContent')}
      </a>
      <header className="app-header">
        <span className="app-name">{t('common.appName')}</span>
        <nav aria-label={t('common.mainNavigation')} className="app-nav">
          <a href={routeHref({ name: 'library' })} aria-current={current === 'library' ? 'page' : undefined}>
            {t('common.library')}
          </a>
          <a
            href={routeHref({ name: 'settings' })}
            aria-current={current === 'settings' ? 'page' : undefined}
          >
            {t('common.settings')}
          </a>
        </nav>
      </header>
      <main id="main-content" className="app-main" tabIndex={-1}>
        {settingsState ? (
          <SettingsContext.Provider value={settingsState}>
            <Screen route={route} />
          </SettingsContext.Provider>
        ) : loadError ? (
          <p role="alert">{translateError(t, loadError)}</p>
        ) : (
          <p className="loading">{t('common.loading')}</p>
        )}
      </main>
    </AnnouncerProvider>
  );
}
