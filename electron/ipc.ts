import { ipcMain } from 'electron';
import { CHANNELS } from '../shared/ipc/channels';
import type { IpcHandlers } from '../shared/ipc/contract';
import { dispatch } from '../shared/ipc/dispatch';
import { isTrustedSenderUrl } from './backend/app-origin';

/** Wires every contract channel to the shared dispatcher, refusing calls from any frame that is not our page. */
export function registerIpc(handlers: IpcHandlers, log: (error: unknown) => void): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, async (event, arg: unknown) => {
      if (!isTrustedSenderUrl(event.senderFrame?.url)) {
        return { ok: false, error: { code: 'ipc.forbiddenSender', params: {} } };
      }
      return dispatch(handlers, channel, arg, log);
    });
  }
}
