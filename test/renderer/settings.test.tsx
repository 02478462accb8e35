// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

describe('settings', () => {
  it('switches the interface to Arabic live, right to left, and back to following the system', async () => {
    const { backend } = renderApp('#/settings');
    const select = await screen.findByRole('combobox', { name: 'Interface language' });
    expect(screen.getByRole('option', { name: 'العربية' })).toBeTruthy();
    expect(screen.getByRole('option', { name: '简体中文' })).toBeTruthy();
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');

    fireEvent.change(select, { target: { value: 'ar' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'الإعدادات' })).toBeTruthy();
    expect(document.documentElement.getAttribute('dir')).toBe('rtl');
    expect(document.documentElement.getAttribute('lang')).toBe('ar');
    expect(backend.settings.uiLanguage).toBe('ar');
    expect(screen.getByRole('link', { name: 'المكتبة' })).toBeTruthy();

    fireEvent.change(screen.getByRole('combobox', { name: 'لغة الواجهة' }), { target: { value: 'system' } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeTruthy();
    expect(backend.settings.uiLanguage).toBeNull();
    expect(document.documentElement.getAttribute('dir')).toBe('ltr');
  });

  it('starts in the language main resolved and saves the reviewer name', async () => {
    const backend = new FakeBackend();
    backend.systemLanguage = 'ru';
    renderApp('#/settings', backend);
    const name = await screen.findByRole('textbox', { name: 'Имя рецензента' });
    expect(document.documentElement.getAttribute('lang')).toBe('ru');
    expect(screen.getByRole('combobox', { name: 'Язык интерфейса' })).toHaveProperty('value', 'system');
    fireEvent.change(name, { target: { value: '  Мария  ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Сохранить имя' }));
    await waitFor(() => expect(backend.settings.reviewerName).toBe('Мария'));
    expect(await screen.findByText('Настройки сохранены.')).toBeTruthy();
  });

  it('formats counts with the plural rules of the UI language', async () => {
    const backend = new FakeBackend();
    backend.settings.uiLanguage = 'ru';
    backend.seed('Проект', [
      { fileName: 'a.txt', text: 'A' },
      { fileName: 'b.txt', text: 'B' },
    ]);
    for (let i = 0; i < 4; i++) backend.seed(`x${i}`, []);
    renderApp('#/', backend);
    expect(await screen.findByText('1 материал')).toBeTruthy();
    expect(screen.getAllByText('0 материалов').length).toBe(4);
  });
});
