import type { TFunction } from 'i18next';
import { AppError } from '../../shared/errors';
import type { SpeakerLanguage } from '../../shared/quotes/types';
import { describe, EXIT_FILE_FAILED, EXIT_OK, PROGRAM, toErrorInfo, usageError, type Io } from './io';
import { quotesOfFile, type QuotesReport } from './quotes';

const LANG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function provenanceText(t: TFunction, p: NonNullable<QuotesReport['quotes'][number]['provenance']>): string {
  const agent = p.agent ?? t('cli.quotes.unknownAgent');
  switch (p.kind) {
    case 'translated_by':
      return t('cli.quotes.translatedBy', { agent });
    case 'interpreter':
      return t('cli.quotes.interpreter', { agent: p.agent ?? '' }).trim();
    case 'translation_source':
      return t('cli.quotes.translationSource', { agent });
    case 'language_of_utterance':
      return t('cli.quotes.languageOfUtterance', { agent });
  }
}

function kindText(t: TFunction, kind: QuotesReport['quotes'][number]['kind']): string {
  if (kind === 'speech') return t('cli.quotes.kinds.speech');
  if (kind === 'partial') return t('cli.quotes.kinds.partial');
  return t('cli.quotes.kinds.term');
}

/** A readable listing: one block per quote with its kind, speaker, addressee and provenance. */
function listing(t: TFunction, report: QuotesReport): string {
  const lines = [`${report.file} (${report.lang})`];
  if (report.quotes.length === 0) lines.push(`  ${t('cli.quotes.none')}`);
  for (const q of report.quotes) {
    const who = q.speaker ?? (q.kind === 'term' ? '' : t('cli.quotes.unknownSpeaker'));
    const parts = [kindText(t, q.kind)];
    if (who) parts.push(`${t('cli.quotes.speaker')}: ${who}`);
    if (q.addressee) parts.push(`${t('cli.quotes.addressee')}: ${q.addressee}`);
    if (q.provenance) parts.push(provenanceText(t, q.provenance));
    lines.push(`  [${q.start}–${q.end}] ${parts.join(' · ')}`);
    lines.push(`    ${q.text.replace(/\s+/g, ' ')}`);
  }
  return `${lines.join('\n')}\n`;
}

/** `verbatim quotes FILE... [--lang L] [--speaker-lang NAME=LANG]... [--json]`. */
export async function runQuotes(io: Io, args: string[], help: () => number): Promise<number> {
  const { t } = io;
  const files: string[] = [];
  const speakerLanguages: SpeakerLanguage[] = [];
  let json = false;
  let lang: string | undefined;
  let optionsEnded = false;
  for (let k = 0; k < args.length; k += 1) {
    const arg = args[k];
    const eq = arg.indexOf('=');
    const name = !optionsEnded && arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    const value = () => (eq > 0 && name !== arg ? arg.slice(eq + 1) : args[++k]);
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) return help();
    else if (!optionsEnded && name === '--lang') {
      const v = value();
      if (v === undefined || !LANG.test(v))
        return usageError(io, new AppError('cli.usage', { detail: `--lang ${v ?? ''}`.trim() }));
      lang = v;
    } else if (!optionsEnded && name === '--speaker-lang') {
      const v = value() ?? '';
      const cut = v.lastIndexOf('=');
      const person = v.slice(0, cut).trim();
      const language = v.slice(cut + 1).trim();
      if (cut <= 0 || !person || !LANG.test(language)) {
        return usageError(io, new AppError('cli.usage', { detail: t('cli.quotes.speakerLangInvalid') }));
      }
      speakerLanguages.push({ name: person, language });
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      return usageError(io, new AppError('cli.usage', { detail: arg }));
    } else files.push(arg);
  }
  if (files.length === 0) return usageError(io, new AppError('cli.noFiles'));
  let failed = 0;
  for (const file of files) {
    try {
      const report = await quotesOfFile(file, { lang, speakerLanguages });
      io.out(json ? `${JSON.stringify(report)}\n` : listing(t, report));
    } catch (error) {
      failed += 1;
      io.err(`${PROGRAM}: ${describe(t, toErrorInfo(error, file))}\n`);
    }
  }
  return failed > 0 ? EXIT_FILE_FAILED : EXIT_OK;
}
