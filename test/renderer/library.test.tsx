// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './support/render-app';
import { FakeBackend } from './support/fake-api';

afterEach(() => cleanup());

describe('library', () => {
  it('shows the empty state, creates a project and opens it', async () => {
    const { backend } = renderApp('#/');
    expect(await screen.findByText(/No projects yet/)).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Project name' }), {
      target: { value: 'Summit 2023' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));

    const link = await screen.findByRole('link', { name: 'Summit 2023' });
    expect(backend.projects.size).toBe(1);
    expect(screen.getByRole('status').textContent).toContain('Summit 2023');
    const row = link.closest('li') as HTMLElement;
    expect(within(row).getByText('0 stories')).toBeTruthy();

    fireEvent.click(link);
    await waitFor(() => expect(window.location.hash).toMatch(/^#\/project\/id\d+$/));
    expect(await screen.findByRole('heading', { level: 1, name: 'Summit 2023' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Import files…' })).toBeTruthy();
  });

  it('refuses an empty name without calling main', async () => {
    const { backend } = renderApp('#/');
    await screen.findByText(/No projects yet/);
    fireEvent.click(screen.getByRole('button', { name: 'Create project' }));
    expect(await screen.findByText('Enter a name for the project.')).toBeTruthy();
    expect(backend.calls.some((c) => c.channel === 'projects.create')).toBe(false);
  });

  it('renames inline and deletes only after confirming', async () => {
    const backend = new FakeBackend();
    backend.seed('Old name', []);
    renderApp('#/', backend);
    fireEvent.click(await screen.findByRole('button', { name: 'Rename project “Old name”' }));
    const input = screen.getByRole('textbox', { name: 'New name for “Old name”' });
    fireEvent.change(input, { target: { value: 'New name' } });
    fireEvent.submit(input);
    expect(await screen.findByRole('link', { name: 'New name' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Delete project “New name”' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete this project?' });
    expect(document.activeElement).toBe(within(dialog).getByRole('button', { name: 'Cancel' }));
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(backend.projects.size).toBe(1);

    fireEvent.click(screen.getByRole('button', { name: 'Delete project “New name”' }));
    fireEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText(/No projects yet/)).toBeTruthy();
    expect(backend.projects.size).toBe(0);
  });

  it('keeps Tab inside the confirmation dialog', async () => {
    const backend = new FakeBackend();
    backend.seed('P', []);
    renderApp('#/', backend);
    fireEvent.click(await screen.findByRole('button', { name: 'Delete project “P”' }));
    const dialog = screen.getByRole('alertdialog');
    const [cancel, confirm] = within(dialog).getAllByRole('button');
    confirm?.focus();
    fireEvent.keyDown(dialog, { key: 'Tab' });
    expect(document.activeElement).toBe(cancel);
    fireEvent.keyDown(dialog, { key: 'Tab', shiftKey: true });
    expect(document.activeElement).toBe(confirm);
    expect(document.getElementById('root')?.hasAttribute('inert')).toBe(true);
  });
});
