/** Every channel of the IPC contract; the preload allows exactly these and nothing else. */
export const CHANNELS = [
  'app.info',
  'settings.get',
  'settings.update',
  'projects.list',
  'projects.create',
  'projects.rename',
  'projects.delete',
  'projects.open',
  'projects.command',
  'projects.undo',
  'projects.redo',
  'projects.history',
  'import.pickFiles',
  'import.bytes',
  'alignment.get',
  'quotes.get',
  'document.head',
] as const;

export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}
