import type { TFunction } from 'i18next';
import { AppError } from '../../shared/errors';
import { createTranslator } from '../../shared/i18n/translator';
import { alignInputs, beadLines, beadListing, readAlignInput, type AlignReport } from './align';
import { inspectFile, type FileReport } from './info';
import { cliLanguage } from './locale';
import { renderTable } from './table';
import {
  describe,
  EXIT_FILE_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  PROGRAM,
  toErrorInfo,
  usageError,
  type Io,
} from './io';
import { runQuotes } from './quotes-command';

/** Where the CLI writes and what it reads from its surroundings; tests pass their own, the launcher passes none. */
export interface CliOptions {
  env?: Readonly<Record<string, string | undefined>>;
  stdout?: (text: string) => void;
  stderr?: (text: string) => void;
  version?: string;
}

function bundledVersion(): string | undefined {
  return typeof __VERBATIM_VERSION__ === 'string' ? __VERBATIM_VERSION__ : undefined;
}

function printHelp(io: Io): number {
  const { t } = io;
  const rows: [string, string][] = [
    [`info ${t('cli.help.fileArg')}... [--json]`, t('cli.help.info')],
    [
      `align ${t('cli.help.sourceArg')} ${t('cli.help.targetArg')} [--json] [--presegmented]`,
      t('cli.help.align'),
    ],
    [`quotes ${t('cli.help.fileArg')}... [--lang L] [--json]`, t('cli.help.quotes')],
    ['help', t('cli.help.help')],
  ];
  const options: [string, string][] = [
    ['--json', t('cli.help.json')],
    [`--src-lang ${t('cli.help.langArg')}`, t('cli.help.srcLang')],
    [`--tgt-lang ${t('cli.help.langArg')}`, t('cli.help.tgtLang')],
    ['--presegmented', t('cli.help.presegmented')],
    [`--lang ${t('cli.help.langArg')}`, t('cli.help.lang')],
    [`--speaker-lang ${t('cli.help.speakerLangArg')}`, t('cli.help.speakerLang')],
    ['-h, --help', t('cli.help.help')],
    ['-V, --version', t('cli.help.version')],
  ];
  const width = Math.max(...[...rows, ...options].map(([left]) => left.length)) + 2;
  const list = (items: [string, string][]): string =>
    items.map(([left, right]) => `  ${left.padEnd(width)}${right}`).join('\n');
  io.out(
    [
      t('cli.help.summary'),
      '',
      `${t('cli.help.usageTitle')} ${PROGRAM} ${t('cli.help.commandArg')} [${t('cli.help.optionsArg')}]`,
      '',
      t('cli.help.commandsTitle'),
      list(rows),
      '',
      t('cli.help.optionsTitle'),
      list(options),
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}

function humanRow(t: TFunction, r: FileReport): string[] {
  return [
    r.file,
    r.encoding,
    r.format === 'markdown' ? t('cli.info.formats.markdown') : t('cli.info.formats.text'),
    r.language ?? t('cli.info.unknownLanguage'),
    String(r.paragraphs),
    String(r.sentences),
    String(r.characters),
  ];
}

/** `verbatim info FILE... [--json]`: encoding, language and segment counts per file; failures on stderr. */
async function runInfo(io: Io, args: string[]): Promise<number> {
  const { t } = io;
  const files: string[] = [];
  let json = false;
  let optionsEnded = false;
  for (const arg of args) {
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) return printHelp(io);
    else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      return usageError(io, new AppError('cli.usage', { detail: arg }));
    } else files.push(arg);
  }
  if (files.length === 0) return usageError(io, new AppError('cli.noFiles'));

  const reports: FileReport[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const report = await inspectFile(file);
      if (json) io.out(`${JSON.stringify(report)}\n`);
      else reports.push(report);
    } catch (error) {
      failed += 1;
      io.err(`${PROGRAM}: ${describe(t, toErrorInfo(error, file))}\n`);
    }
  }
  if (!json && reports.length > 0) {
    const header = [
      t('cli.info.columns.file'),
      t('cli.info.columns.encoding'),
      t('cli.info.columns.format'),
      t('cli.info.columns.language'),
      t('cli.info.columns.paragraphs'),
      t('cli.info.columns.sentences'),
      t('cli.info.columns.characters'),
    ];
    io.out(
      renderTable(
        header,
        reports.map((r) => humanRow(t, r)),
        new Set([4, 5, 6]),
      ),
    );
  }
  if (failed > 0) {
    io.err(`${PROGRAM}: ${t('cli.info.failed', { count: failed, total: files.length })}\n`);
    return EXIT_FILE_FAILED;
  }
  return EXIT_OK;
}

/**
 * `verbatim align SRC TGT [--src-lang L] [--tgt-lang L] [--json] [--presegmented]`: sentence alignment of two
 * files, as a side-by-side listing, as JSON, or (presegmented, one sentence per line) as gold-format bead lines.
 */
async function runAlign(io: Io, args: string[]): Promise<number> {
  const { t } = io;
  const files: string[] = [];
  let json = false;
  let presegmented = false;
  const langs: { src?: string; tgt?: string } = {};
  let optionsEnded = false;
  for (let k = 0; k < args.length; k += 1) {
    const arg = args[k];
    const eq = arg.indexOf('=');
    const name = !optionsEnded && arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!optionsEnded && arg === '--') optionsEnded = true;
    else if (!optionsEnded && arg === '--json') json = true;
    else if (!optionsEnded && arg === '--presegmented') presegmented = true;
    else if (!optionsEnded && (arg === '--help' || arg === '-h')) return printHelp(io);
    else if (!optionsEnded && (name === '--src-lang' || name === '--tgt-lang')) {
      const value = eq > 0 && name !== arg ? arg.slice(eq + 1) : args[++k];
      if (value === undefined || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) {
        return usageError(io, new AppError('cli.usage', { detail: `${name} ${value ?? ''}`.trim() }));
      }
      if (name === '--src-lang') langs.src = value;
      else langs.tgt = value;
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') {
      return usageError(io, new AppError('cli.usage', { detail: arg }));
    } else files.push(arg);
  }
  if (files.length === 0) return usageError(io, new AppError('cli.noFiles'));
  if (files.length !== 2)
    return usageError(io, new AppError('cli.usage', { detail: t('cli.align.twoFiles') }));

  const inputs = [];
  for (const [k, file] of files.entries()) {
    try {
      inputs.push(await readAlignInput(file, k === 0 ? langs.src : langs.tgt, presegmented));
    } catch (error) {
      io.err(`${PROGRAM}: ${describe(t, toErrorInfo(error, file))}\n`);
      return EXIT_FILE_FAILED;
    }
  }
  const [source, target] = inputs;
  const result = alignInputs(source, target);
  if (json) {
    const report: AlignReport = {
      source,
      target,
      beads: result.beads,
      paragraphBeads: result.paragraphBeads,
    };
    io.out(`${JSON.stringify(report)}\n`);
  } else if (presegmented) io.out(beadLines(result.beads));
  else {
    io.out(
      beadListing(source, target, result.beads, {
        missing: t('cli.align.missing'),
        doubtful: t('cli.align.doubtful'),
      }),
    );
  }
  return EXIT_OK;
}

/** The `verbatim` command line; returns the exit code (0 ok, 1 a file failed, 2 bad usage). */
export async function main(argv: string[], options: CliOptions = {}): Promise<number> {
  const env = options.env ?? process.env;
  const { t } = createTranslator(cliLanguage(env));
  const io: Io = {
    t,
    out: options.stdout ?? ((text) => void process.stdout.write(text)),
    err: options.stderr ?? ((text) => void process.stderr.write(text)),
    version: options.version ?? bundledVersion() ?? env.npm_package_version ?? '0.0.0-dev',
  };
  const [command, ...rest] = argv;
  switch (command) {
    case undefined:
      printHelp({ ...io, out: io.err });
      return EXIT_USAGE;
    case '--help':
    case '-h':
    case 'help':
      return printHelp(io);
    case '--version':
    case '-V':
      io.out(`${PROGRAM} ${io.version}\n`);
      return EXIT_OK;
    case 'info':
      return runInfo(io, rest);
    case 'align':
      return runAlign(io, rest);
    case 'quotes':
      return runQuotes(io, rest, () => printHelp(io));
    default:
      if (command.startsWith('-')) return usageError(io, new AppError('cli.usage', { detail: command }));
      return usageError(io, new AppError('cli.unknownCommand', { command }));
  }
}
