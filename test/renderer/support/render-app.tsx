import { render, type RenderResult } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n } from 'i18next';
import { App } from '../../../renderer/app/App';
import { createRendererI18n } from '../../../renderer/i18n';
import { FakeBackend } from './fake-api';

/** Mounts the whole app on a fresh fake backend at a given hash, as the real window would start. */
export function renderApp(
  hash = '#/',
  backend = new FakeBackend(),
): RenderResult & { backend: FakeBackend; i18n: i18n } {
  window.location.hash = hash;
  window.api = backend.api();
  document.body.innerHTML = '<div id="root"></div>';
  const i18n = createRendererI18n();
  const container = document.getElementById('root') as HTMLElement;
  const result = render(
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>,
    { container },
  );
  return { ...result, backend, i18n };
}
