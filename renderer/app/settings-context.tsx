import { createContext, useContext } from 'react';
import type { Settings } from '../../shared/model/settings';
import type { ArgsOf } from '../../shared/ipc/contract';

/** The settings in force and the one way to change them (saves in main, then updates the UI language live). */
export interface SettingsState {
  settings: Settings;
  update: (patch: ArgsOf<'settings.update'>) => Promise<Settings>;
}

export const SettingsContext = createContext<SettingsState | null>(null);

/** Settings for screens below the app shell, which provides them once they are loaded. */
export function useSettings(): SettingsState {
  const value = useContext(SettingsContext);
  if (!value) throw new Error('useSettings outside the app shell');
  return value;
}
