import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { AppError } from '../../../shared/errors';
import { MAX_IMPORT_BYTES } from '../../../shared/ipc/contract';
import { formatBytes } from '../format-bytes';

/** Reads a file for import, refusing directories and oversized files before reading a byte of them. */
export async function readLimited(path: string, fileName = basename(path)): Promise<Uint8Array> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new AppError('import.unreadable', { fileName }, String(error));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new AppError('import.unreadable', { fileName }, 'not a regular file');
    if (info.size > MAX_IMPORT_BYTES) {
      throw new AppError('import.tooLarge', {
        fileName,
        size: formatBytes(info.size),
        limit: formatBytes(MAX_IMPORT_BYTES),
      });
    }
    const buffer = await handle.readFile();
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('import.unreadable', { fileName }, String(error));
  } finally {
    await handle.close();
  }
}
