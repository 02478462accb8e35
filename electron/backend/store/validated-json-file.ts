import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import { writeFileAtomic, type AtomicWriteHooks } from './atomic-write';

/** Raised when a file exists but is not valid JSON of the expected shape; the caller decides how to set it aside. */
export class InvalidFileError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'json' | 'schema' | 'tooNew',
    detail: string,
  ) {
    super(`${path}: ${reason}: ${detail}`);
    this.name = 'InvalidFileError';
  }
}

/** A lowdb adapter that validates on every read and writes atomically, so a bad or half-written file never loads. */
export class ValidatedJsonFile<T> implements Adapter<T> {
  constructor(
    private readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly hooks: AtomicWriteHooks = {},
    private readonly maxSchemaVersion?: number,
  ) {}

  async read(): Promise<T | null> {
    let raw: string;
    try {
      raw = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch (error) {
      throw new InvalidFileError(this.path, 'json', String(error));
    }
    if (this.maxSchemaVersion !== undefined && isFromTheFuture(json, this.maxSchemaVersion)) {
      throw new InvalidFileError(this.path, 'tooNew', 'schemaVersion');
    }
    const parsed = this.schema.safeParse(json);
    if (!parsed.success) {
      throw new InvalidFileError(this.path, 'schema', parsed.error.issues[0]?.message ?? 'invalid');
    }
    return parsed.data;
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.path, JSON.stringify(data, null, 1), this.hooks);
  }
}

function isFromTheFuture(json: unknown, max: number): boolean {
  if (typeof json !== 'object' || json === null || !('schemaVersion' in json)) return false;
  const v = (json as { schemaVersion: unknown }).schemaVersion;
  return typeof v === 'number' && v > max;
}
