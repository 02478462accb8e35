// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

function section(): HTMLElement {
  return screen.getByRole('region', { name: 'Speakers’ languages' });
}

describe('speakers’ languages in settings', () => {
  it('adds a speaker with their language and removes one, saved in main', async () => {
    const { backend } = renderApp('#/settings');
    await screen.findByRole('heading', { name: 'Speakers’ languages' });
    expect(within(section()).getByText('No speakers yet.')).toBeTruthy();
    const name = within(section()).getByRole('textbox', { name: 'Name' });
    const language = within(section()).getByRole('textbox', { name: 'Language' });

    fireEvent.change(name, { target: { value: ' Li Shangfu ' } });
    fireEvent.change(language, { target: { value: 'zh' } });
    fireEvent.click(within(section()).getByRole('button', { name: 'Add speaker' }));
    await waitFor(() =>
      expect(backend.settings.speakerLanguages).toEqual([{ name: 'Li Shangfu', language: 'zh' }]),
    );
    expect(await screen.findByText('Li Shangfu added.')).toBeTruthy();
    const list = within(section()).getByRole('list', { name: 'Speakers and their languages' });
    expect(within(list).getByText('Li Shangfu')).toBeTruthy();
    expect(within(list).getByText('Chinese (zh)')).toBeTruthy();
    expect((name as HTMLInputElement).value).toBe('');
    expect(document.activeElement).toBe(name);

    fireEvent.change(name, { target: { value: 'Vladimir Putin' } });
    fireEvent.change(language, { target: { value: 'ru' } });
    fireEvent.submit(name);
    await waitFor(() => expect(backend.settings.speakerLanguages).toHaveLength(2));

    fireEvent.click(within(section()).getByRole('button', { name: 'Remove Li Shangfu' }));
    await waitFor(() =>
      expect(backend.settings.speakerLanguages).toEqual([{ name: 'Vladimir Putin', language: 'ru' }]),
    );
    await waitFor(() =>
      expect(document.activeElement).toBe(
        within(section()).getByRole('button', { name: 'Remove Vladimir Putin' }),
      ),
    );
    expect(within(section()).queryByText('Li Shangfu')).toBeNull();
  });

  it('refuses an empty name, a malformed language and a duplicate, saying why', async () => {
    const backend = new FakeBackend();
    backend.settings.speakerLanguages = [{ name: 'Li Shangfu', language: 'zh' }];
    renderApp('#/settings', backend);
    await screen.findByRole('heading', { name: 'Speakers’ languages' });
    const name = within(section()).getByRole('textbox', { name: 'Name' });
    const language = within(section()).getByRole('textbox', { name: 'Language' });
    const add = within(section()).getByRole('button', { name: 'Add speaker' });

    fireEvent.change(language, { target: { value: 'zh' } });
    fireEvent.click(add);
    expect(within(section()).getByRole('alert').textContent).toBe('Enter a name.');
    expect(name.getAttribute('aria-invalid')).toBe('true');

    fireEvent.change(name, { target: { value: 'Sergei Shoigu' } });
    fireEvent.change(language, { target: { value: 'Russian language' } });
    fireEvent.click(add);
    expect(within(section()).getByRole('alert').textContent).toMatch(/Enter a language tag/);
    expect(language.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(language);

    fireEvent.change(name, { target: { value: 'li shangfu' } });
    fireEvent.change(language, { target: { value: 'zh' } });
    fireEvent.click(add);
    expect(within(section()).getByRole('alert').textContent).toBe('li shangfu is already in the list.');
    expect(backend.settings.speakerLanguages).toEqual([{ name: 'Li Shangfu', language: 'zh' }]);
    expect(backend.calls.filter((c) => c.channel === 'settings.update')).toHaveLength(0);
  });

  it('speaks the interface language, Arabic included', async () => {
    const backend = new FakeBackend();
    backend.settings.uiLanguage = 'ar';
    backend.settings.speakerLanguages = [{ name: 'Vladimir Putin', language: 'ru' }];
    renderApp('#/settings', backend);
    const region = await screen.findByRole('region', { name: 'لغات المتحدثين' });
    expect(within(region).getByRole('button', { name: 'إزالة Vladimir Putin' })).toBeTruthy();
    expect(within(region).getByRole('textbox', { name: 'الاسم' })).toBeTruthy();
  });
});
