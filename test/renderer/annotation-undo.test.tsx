// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { projectCommandSchema } from '../../shared/model/commands';
import { createRendererI18n } from '../../renderer/i18n';
import { actionName } from '../../renderer/features/review/action-labels';
import { historyKey } from '../../renderer/features/review/use-undo';
import { renderApp } from './support/render-app';
import { firstItem, seeded, startAnnotation } from './annotation-helpers';

afterEach(() => cleanup());

const undoCalls = (calls: { channel: string }[]) =>
  calls.filter((c) => c.channel === 'projects.undo' || c.channel === 'projects.redo').length;

async function addOne() {
  const form = await startAnnotation('en_source', 'a new era');
  fireEvent.change(within(form).getByRole('textbox', { name: 'Comment' }), { target: { value: 'Era.' } });
  fireEvent.click(within(form).getByRole('button', { name: 'Save annotation' }));
  await firstItem();
}

describe('undo and redo', () => {
  it('names what the buttons undo and redo, and follows the project after each step', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    const history = await screen.findByRole('group', { name: 'Undo and redo' });
    expect(within(history).getByRole('button', { name: 'Undo' })).toHaveProperty('disabled', true);
    await addOne();

    const undo = await within(history).findByRole('button', { name: 'Undo: add annotation' });
    expect(within(history).getByRole('button', { name: 'Redo' })).toHaveProperty('disabled', true);
    fireEvent.click(undo);
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(0));
    await waitFor(() => expect(document.querySelector('.annotation-item')).toBeNull());
    expect(document.querySelector('mark')).toBeNull();
    expect(screen.getByText('Undone: add annotation.')).toBeTruthy();

    fireEvent.click(await within(history).findByRole('button', { name: 'Redo: add annotation' }));
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(1));
    await firstItem();
    await waitFor(() => expect(document.querySelector('mark')?.textContent).toBe('a new era'));
    expect(screen.getByText('Redone: add annotation.')).toBeTruthy();

    // A status change is its own step, named as such.
    const item = await firstItem();
    fireEvent.change(within(item).getByRole('combobox', { name: 'Status' }), {
      target: { value: 'wontfix' },
    });
    await within(history).findByRole('button', { name: 'Undo: edit annotation' });
    expect(backend.unexpected).toEqual([]);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y, but leaves text fields their own undo', async () => {
    const { backend, hash, projectId } = seeded();
    renderApp(hash, backend);
    await addOne();
    const history = screen.getByRole('group', { name: 'Undo and redo' });
    await within(history).findByRole('button', { name: 'Undo: add annotation' });

    // In a text field Ctrl+Z is the field's own: nothing is sent to main.
    const item = await firstItem();
    fireEvent.click(within(item).getByRole('button', { name: 'Reply' }));
    const box = within(item).getByRole('textbox', { name: 'Reply' });
    fireEvent.keyDown(box, { key: 'z', code: 'KeyZ', ctrlKey: true });
    expect(undoCalls(backend.calls)).toBe(0);
    fireEvent.keyDown(box, { key: 'Escape' });

    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(0));
    await within(history).findByRole('button', { name: 'Redo: add annotation' });
    fireEvent.keyDown(document.body, { key: 'Z', code: 'KeyZ', ctrlKey: true, shiftKey: true });
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(1));
    await within(history).findByRole('button', { name: 'Undo: add annotation' });
    fireEvent.keyDown(document.body, { key: 'z', code: 'KeyZ', ctrlKey: true });
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(0));
    await within(history).findByRole('button', { name: 'Redo: add annotation' });
    // Ctrl+Y, typed on a Russian layout (the key says "н"), still redoes.
    fireEvent.keyDown(document.body, { key: 'н', code: 'KeyY', ctrlKey: true });
    await waitFor(() => expect(backend.projects.get(projectId)!.annotations).toHaveLength(1));
    await waitFor(() => expect(document.querySelector('.annotation-item')).not.toBeNull());
    expect(undoCalls(backend.calls)).toBe(4);
    expect(backend.unexpected).toEqual([]);
  });

  it('reads the shortcuts and names every command type', () => {
    const key = (init: KeyboardEventInit) => historyKey(new KeyboardEvent('keydown', init));
    expect(key({ key: 'z', ctrlKey: true })).toBe('undo');
    expect(key({ key: 'z', metaKey: true })).toBe('undo');
    expect(key({ key: 'Z', ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key({ key: 'y', ctrlKey: true })).toBe('redo');
    expect(key({ key: 'z' })).toBeNull();
    expect(key({ key: 'z', ctrlKey: true, altKey: true })).toBeNull();

    const i18n = createRendererI18n();
    const t = i18n.getFixedT('en');
    const other = actionName(t, 'something.new');
    const types = [
      ...projectCommandSchema.options.map((o) => o.shape.type.value),
      'import',
      'projects.rename',
    ];
    const names = types.map((type) => actionName(t, type));
    expect(names.filter((n) => n === other)).toEqual([]);
    expect(new Set(names).size).toBe(types.length);
    expect(actionName(t, 'annotation.add')).toBe('add annotation');
  });
});
