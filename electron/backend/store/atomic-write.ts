import { open, rename, unlink } from 'node:fs/promises';
import { dirname, basename, join } from 'node:path';

/** Test seam: lets a test kill the process between writing the temporary file and renaming it over the real one. */
export interface AtomicWriteHooks {
  afterTempWrite?: (tempPath: string) => void | Promise<void>;
}

let counter = 0;

/**
 * Writes a file so that a crash at any moment leaves either the old content or the new, never a torn file:
 * write a sibling temp file, fsync it, rename it over the target, fsync the folder.
 */
export async function writeFileAtomic(
  path: string,
  data: string,
  hooks: AtomicWriteHooks = {},
): Promise<void> {
  counter += 1;
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${counter}.tmp`);
  const handle = await open(temp, 'w', 0o600);
  try {
    await handle.writeFile(data, 'utf8');
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await hooks.afterTempWrite?.(temp);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => {});
    throw error;
  }
  await syncFolder(dirname(path));
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable; some platforms (Windows) cannot open folders, which is fine to skip.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* not supported here */
  }
}

/** Temp files are named `.<file>.<pid>.<n>.tmp`; a crash can leave them behind. */
export function isAtomicTempFile(name: string): boolean {
  return /^\..+\.\d+\.\d+\.tmp$/.test(name);
}
