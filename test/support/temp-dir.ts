import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach } from 'vitest';

/** Fresh real folders, removed after each test, or after the whole file with `'file'` (for beforeAll set-ups). */
export function useTempDirs(lifetime: 'test' | 'file' = 'test'): () => Promise<string> {
  const made: string[] = [];
  (lifetime === 'test' ? afterEach : afterAll)(async () => {
    await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true, maxRetries: 5 })));
  });
  return async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verbatim-test-'));
    made.push(dir);
    return dir;
  };
}
