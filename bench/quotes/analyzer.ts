import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { QuoteAnalysis, QuoteOptions } from '../../shared/quotes/types';

/** The signature of analyzeQuotes in shared/quotes/analyze.ts (written separately; may not exist yet). */
export type AnalyzeQuotes = (text: string, lang: string, options?: QuoteOptions) => QuoteAnalysis;

/**
 * Loads analyzeQuotes from shared/quotes/analyze.ts when that file exists, by bundling it with esbuild at run time,
 * so the benchmark runs (printing "speaker: n/a") before the attribution code lands.
 */
export async function loadAnalyzer(root: string): Promise<AnalyzeQuotes | null> {
  const entry = resolve(root, 'shared', 'quotes', 'analyze.ts');
  if (!existsSync(entry)) return null;
  const { build } = await import('esbuild');
  const cache = resolve(root, 'node_modules', '.cache', 'verbatim-bench');
  mkdirSync(cache, { recursive: true });
  const dir = mkdtempSync(join(cache, 'analyze-'));
  const outfile = join(dir, 'analyze.mjs');
  try {
    await build({
      entryPoints: [entry],
      outfile,
      bundle: true,
      platform: 'neutral',
      format: 'esm',
      logLevel: 'error',
    });
    const mod: unknown = await import(pathToFileURL(outfile).href);
    const fn =
      typeof mod === 'object' && mod !== null ? (mod as Record<string, unknown>).analyzeQuotes : undefined;
    if (typeof fn !== 'function') throw new Error('shared/quotes/analyze.ts does not export analyzeQuotes');
    return fn as AnalyzeQuotes;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
