import { contextBridge, ipcRenderer } from 'electron';
import { isChannel } from '../shared/ipc/channels';

// The renderer's only door to main: one generic invoke, restricted to the contract's channels.
contextBridge.exposeInMainWorld('api', {
  invoke(channel: unknown, arg: unknown): Promise<unknown> {
    if (!isChannel(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'ipc.unknownChannel', params: {} } });
    }
    return ipcRenderer.invoke(channel, arg);
  },
});
