import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './app/App';
import { createRendererI18n } from './i18n';
import './styles/base.css';
import './styles/layout.css';
import './styles/library.css';
import './styles/review.css';

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
