import { parseArgs } from 'node:util';
import { closeSync, mkdirSync, openSync, realpathSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SEVERITIES, formatProblem, checkDate, type ConfigProblem } from '../core/config';
import { ruleIds } from '../engine';
import { findConfigFile, loadConfigFile, type LoadedConfig } from './config-file';
import { resolveConfig } from '../core/config';
import { collectFiles } from './files';
import type { FileResult } from './types';
import { checkFiles, defaultWorkers } from './check-files';
import { FAIL_ON, FORMATS, countSeverities, failsCheck, failsCounts, formatResults, isFormat, severityCounts, streamFormat, type FailOn } from './formats';
import { ChangedLineFinder, GitError, onChangedLines } from './changed-lines';
import { version } from '../../package.json';

const HELP = `Usage: citation-needed check [paths or globs...] [options]
       citation-needed lsp [--stdio]    a language server for editors (docs/editors.md)
       citation-needed mcp [--root DIR] an MCP server for agents (docs/agents.md)

Checks Markdown drafts for unsourced claims, vague attributions, hedges, puffery
and date-sensitive phrases. Directories are searched for .md, .markdown and .mdx files
(the configuration's include and exclude globs, relative to its folder, choose others).

Options:
  --format FORMAT           text, json, sarif (SARIF 2.1.0), github (Actions annotations)
                            or markdown (the attribution report); default: text
  --output FILE             write the output to FILE instead of standard output
  --fail-on SEVERITY        lowest severity that fails the check: error, warning or info
                            (default: warning)
  --max-warnings N          tolerate up to N warnings before failing
  --changed-since GIT_REF   only report findings on lines changed since GIT_REF (git diff)
  --reference-date DATE     "today" for time-aware rules, as YYYY-MM-DD (default: today)
  --config FILE             configuration file (default: nearest .citation-needed.json)
  --rule ID=SEVERITY        set a rule's severity: off, hint, info, warning, error (repeatable)
  --fix                     apply the fixes that need no judgement (safe fixes) to the files
  --workers N               check files in N worker threads (default: number of cores)
  --verify-sources          fetch every cited http(s) URL and check it contains the claim's
                            quotations and numbers (rule source-mismatch; uses the network;
                            HTTP_PROXY, HTTPS_PROXY and NO_PROXY are honoured)
  --no-color                never colour the output
  -v, --version             print the version
  -h, --help                print this help

Exit codes: 0 no finding at the --fail-on severity or above; 1 such findings (or more
warnings than --max-warnings);
2 usage, configuration or file errors (the other files are still checked).
`;

/** Exit codes of the CLI. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

class UsageError extends Error {}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      tokens: true,
      options: {
        format: { type: 'string', default: 'text' },
        output: { type: 'string' },
        'fail-on': { type: 'string', default: 'warning' },
        'max-warnings': { type: 'string' },
        'changed-since': { type: 'string' },
        'reference-date': { type: 'string' },
        config: { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        fix: { type: 'boolean', default: false },
        workers: { type: 'string' },
        'verify-sources': { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  // parseArgs keeps the last of a repeated option; two different values are a mistake to report, not to guess at.
  const seen = new Map<string, string>();
  for (const token of parsed.tokens) {
    if (token.kind !== 'option' || token.value === undefined || token.name === 'rule') continue;
    const earlier = seen.get(token.name);
    if (earlier !== undefined && earlier !== token.value) throw new UsageError(`--${token.name} given twice, as "${earlier}" and "${token.value}"`);
    seen.set(token.name, token.value);
  }
  return parsed;
}

function ruleOverrides(values: string[]): Record<string, string> {
  const rules: Record<string, string> = {};
  for (const value of values) {
    const m = /^([a-z-]+)=([a-z]+)$/.exec(value);
    if (!m) throw new UsageError(`--rule expects ID=SEVERITY, got "${value}"`);
    if (!ruleIds.includes(m[1])) throw new UsageError(`--rule: unknown rule "${m[1]}" (known: ${ruleIds.join(', ')})`);
    if (!(SEVERITIES as readonly string[]).includes(m[2])) throw new UsageError(`--rule ${m[1]}: severity must be one of ${SEVERITIES.join(', ')}`);
    rules[m[1]] = m[2];
  }
  return rules;
}

function workerCount(value: string | undefined): number {
  if (value === undefined) return defaultWorkers();
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`--workers expects a positive whole number, got "${value}"`);
  return Number(value);
}

function maxWarnings(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings expects a whole number, got "${value}"`);
  return Number(value);
}

/** The real path of a file, or its resolved path when it does not exist (yet). */
function realOrResolved(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

function writeOutput(file: string, text: string): string | undefined {
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    return undefined;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    return `cannot write --output ${file}: ${e.code ?? e.message}`;
  }
}

/** Runs the CLI with arguments (without node and script); resolves to the exit code. */
export async function run(argv: string[], out: (s: string) => void, err: (s: string) => void, isTty = false): Promise<number> {
  let args;
  try {
    args = parse(argv);
    const { values, positionals } = args;
    if (values.help) return out(HELP), EXIT.clean;
    if (values.version) return out(`${version}\n`), EXIT.clean;
    const [command, ...paths] = positionals;
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
    const format = values.format;
    if (!isFormat(format)) throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got "${format}"`);
    const failOn = values['fail-on'] as FailOn;
    if (!FAIL_ON.includes(failOn)) throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got "${failOn}"`);
    const warningLimit = maxWarnings(values['max-warnings']);
    const changedSince = values['changed-since'] === undefined ? undefined : new ChangedLineFinder(values['changed-since']);
    const date = values['reference-date'];
    if (date !== undefined && checkDate(date)) throw new UsageError(`--reference-date: ${checkDate(date)}`);
    const overrides = ruleOverrides(values.rule as string[]);
    const workers = workerCount(values.workers as string | undefined);

    const configFile = values.config ?? findConfigFile(process.cwd());
    const loaded: LoadedConfig = configFile ? loadConfigFile(configFile) : { ...resolveConfig(undefined, '', ruleIds) };
    const problems: ConfigProblem[] = [...loaded.problems];
    const config = resolveConfig({ rules: overrides }, '--rule', ruleIds, loaded.config).config;
    for (const p of problems) err(`citation-needed: config: ${formatProblem(p)}\n`);

    const configDir = loaded.file ? dirname(resolve(loaded.file)) : process.cwd();
    const { files, missing, unreadable, empty } = collectFiles(paths.length ? paths : ['.'], config, process.cwd(), configDir);
    for (const m of missing) err(`citation-needed: ${m}: no such file, folder or matching files\n`);
    for (const u of unreadable) err(`citation-needed: ${u}\n`);
    for (const e of empty) err(`citation-needed: ${e}: no files to check in this folder (include: ${config.include.join(', ')})\n`);
    // The report must not overwrite a document it reports on (a slip in a CI script would lose the draft).
    const outputPath = values.output === undefined ? undefined : realOrResolved(values.output);
    if (outputPath !== undefined && files.some((f) => realOrResolved(f) === outputPath)) throw new UsageError(`--output ${values.output} is one of the files being checked (write the report elsewhere, or exclude it)`);
    const changed = changedSince ? await Promise.all(files.map((file) => changedSince.changedLines(file))) : undefined;
    // Only reports, line filters and source verification need the text (and reports the inventory) back.
    const keep = { text: format === 'markdown' || !!changed || !!values['verify-sources'], inventory: format === 'markdown' };
    const checkOptions = { config, referenceDate: date, fix: values.fix, configDir, keep };
    const color = isTty && !values['no-color'] && !process.env.NO_COLOR && values.output === undefined;
    const stream = values['verify-sources'] ? undefined : streamFormat(format, { color, version });
    if (stream) {
      // Written as each file's result arrives; only counts are kept, so memory does not grow with the output.
      const sink = new OutputSink(values.output, out);
      const counts = severityCounts();
      let failed = false;
      const bibliographyProblems = new Set<string>();
      let index = 0;
      for await (const checked of checkFiles(files, checkOptions, { workers })) {
        const r = changed ? onChangedLines(checked, changed[index]) : checked;
        index++;
        reportProblems(r, err, bibliographyProblems);
        if (r.unread || r.unwritten || r.directiveProblems) failed = true;
        countSeverities(counts, r);
        for (const chunk of stream.file(r)) sink.write(chunk);
      }
      sink.write(stream.end());
      const failure = sink.close();
      if (failure) return err(`citation-needed: ${failure}\n`), EXIT.error;
      if (problems.length || missing.length || unreadable.length || bibliographyProblems.size || failed) return EXIT.error;
      return failsCounts(counts, failOn, warningLimit) ? EXIT.findings : EXIT.clean;
    }
    let results: FileResult[] = [];
    for await (const r of checkFiles(files, checkOptions, { workers })) results.push(r);
    if (values['verify-sources']) {
      // Loaded only here: the network code (undici, HTML and charset decoding) stays out of plain runs.
      const { verifyFiles } = await import('./verify-files');
      await verifyFiles(results, { config, referenceDate: date }, (s) => err(s));
    }
    if (changed) results = results.map((r, i) => onChangedLines(r, changed[i]));
    for (const r of results) if (r.error) err(`citation-needed: ${r.error}\n`);
    for (const r of results) for (const p of r.directiveProblems ?? []) err(`citation-needed: ${r.file}:${p.line}:${p.column}: ${p.message}\n`);
    const bibliographyProblems = new Set(results.flatMap((r) => r.bibliographyProblems ?? []));
    for (const p of bibliographyProblems) err(`citation-needed: bibliography: ${p}\n`);
    const output = formatResults(format, results, { color, version });
    if (values.output === undefined) out(output);
    else {
      const failure = writeOutput(values.output, output);
      if (failure) return err(`citation-needed: ${failure}\n`), EXIT.error;
    }

    if (problems.length || missing.length || unreadable.length || bibliographyProblems.size || results.some((r) => r.unread || r.unwritten || r.directiveProblems)) return EXIT.error;
    return failsCheck(results, failOn, warningLimit) ? EXIT.findings : EXIT.clean;
  } catch (error) {
    if (error instanceof GitError) return err(`citation-needed: ${error.message}\n`), EXIT.error;
    if (error instanceof UsageError) {
      err(`citation-needed: ${error.message}\nRun "citation-needed --help" for usage.\n`);
      return EXIT.error;
    }
    err(`citation-needed: ${(error as Error).stack ?? error}\n`);
    return EXIT.error;
  }
}

/** Prints a result's error, its directive problems and its bibliography problems not printed yet. */
function reportProblems(r: FileResult, err: (s: string) => void, printed: Set<string>): void {
  if (r.error) err(`citation-needed: ${r.error}\n`);
  for (const p of r.directiveProblems ?? []) err(`citation-needed: ${r.file}:${p.line}:${p.column}: ${p.message}\n`);
  for (const p of r.bibliographyProblems ?? []) {
    if (printed.has(p)) continue;
    printed.add(p);
    err(`citation-needed: bibliography: ${p}\n`);
  }
}

/**
 * Where streamed output goes: standard output, or the --output file (created with its folder at the
 * first write). Writes are gathered into pieces of about 64 KB. A file that cannot be written is
 * reported once, by `close()`.
 */
class OutputSink {
  private pending: string[] = [];
  private size = 0;
  private fd: number | undefined;
  private failure: string | undefined;

  constructor(private readonly file: string | undefined, private readonly out: (s: string) => void) {}

  write(chunk: string): void {
    this.pending.push(chunk);
    this.size += chunk.length;
    if (this.size >= 65_536) this.flush();
  }

  close(): string | undefined {
    this.flush(true);
    if (this.fd !== undefined) closeSync(this.fd);
    return this.failure;
  }

  private flush(last = false): void {
    if (this.pending.length === 0 && !(last && this.file !== undefined && this.fd === undefined)) return;
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (this.file === undefined) return this.out(text);
    if (this.failure) return;
    try {
      if (this.fd === undefined) {
        mkdirSync(dirname(this.file), { recursive: true });
        this.fd = openSync(this.file, 'w');
      }
      writeAll(this.fd, text);
    } catch (error) {
      const e = error as NodeJS.ErrnoException;
      this.failure = `cannot write --output ${this.file}: ${e.code ?? e.message}`;
    }
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));

/**
 * Writes all of `text` to a file descriptor. One writeSync to a pipe writes at most what the pipe
 * holds (64 KB) and a full non-blocking pipe refuses with EAGAIN: loop until the reader took it all.
 * A reader that went away (`| head`) ends the output quietly.
 */
export function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let offset = 0; offset < bytes.length;) {
    try {
      offset += writeSync(fd, bytes, offset);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPIPE') return;
      if (code !== 'EAGAIN') throw error;
      Atomics.wait(pause, 0, 0, 2); // the pipe is full: give the reader a moment
    }
  }
}

/** Entry point of the `citation-needed` binary. */
export function main(): void {
  void run(process.argv.slice(2), (s) => writeAll(1, s), (s) => writeAll(2, s), process.stdout.isTTY === true).then((code) => { process.exitCode = code; });
}
