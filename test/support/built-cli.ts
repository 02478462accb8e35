import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll } from 'vitest';
import { repoRoot } from './paths';

const exec = promisify(execFile);

/** What a run of the command printed and how it exited. */
export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** Builds the CLI bundle once for the test file, as `npm install` (the prepare script) does. */
export function useBuiltCli(): void {
  beforeAll(async () => {
    await exec(process.execPath, ['scripts/build-node.mjs', '--cli-only'], { cwd: repoRoot });
  });
}

/** Runs the real launcher `bin/verbatim.mjs` as a user would, with a clean locale unless `env` gives one. */
export async function runBuiltCli(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await exec(process.execPath, ['bin/verbatim.mjs', ...args], {
      cwd: repoRoot,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
      maxBuffer: 64 * 1024 * 1024,
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: e.code ?? -1, out: e.stdout ?? '', err: e.stderr ?? '' };
  }
}
