import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { prefetchRoute } from './app/prefetch';
import { parseRoute } from './app/router';
import { prepareLanguageNames } from './features/review/text-direction';
import { createRendererI18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/review.css';

// The first screen's data is on its way before React has drawn anything; while it travels, locale data loads.
prefetchRoute(parseRoute(window.location.hash));
window.setTimeout(() => prepareLanguageNames(), 0);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <I18nextProvider i18n={createRendererI18n()}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  );
}
