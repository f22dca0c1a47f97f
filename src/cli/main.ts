import { parseArgs } from 'node:util';
import { writeSync } from 'node:fs';
import { SEVERITIES, formatProblem, checkDate, type ConfigProblem } from '../core/config';
import { ruleIds } from '../rules';
import { findConfigFile, loadConfigFile, type LoadedConfig } from './config-file';
import { resolveConfig } from '../core/config';
import { collectFiles } from './files';
import { checkFile, type FileResult } from './check-file';
import { formatJson, formatText } from './format';
import { BibliographyLoader } from './bibliography';
import { dirname } from 'node:path';
import { version } from '../../package.json';

const HELP = `Usage: citation-needed check [paths or globs...] [options]

Checks Markdown drafts for unsourced claims, vague attributions, hedges, puffery
and date-sensitive phrases. Directories are searched for .md, .markdown and .mdx files.

Options:
  --format text|json        output format (default: text)
  --reference-date DATE     "today" for time-aware rules, as YYYY-MM-DD (default: today)
  --config FILE             configuration file (default: nearest .citation-needed.json)
  --rule ID=SEVERITY        set a rule's severity: off, hint, info, warning, error (repeatable)
  --fix                     apply the fixes that need no judgement (safe fixes) to the files
  --verify-sources          fetch every cited http(s) URL and check it contains the claim's
                            quotations and numbers (rule source-mismatch; uses the network;
                            HTTPS_PROXY / HTTP_PROXY are honoured)
  --no-color                never colour the output
  -v, --version             print the version
  -h, --help                print this help

Exit codes: 0 no finding at warning or above; 1 findings at warning or above;
2 usage, configuration or file errors (the other files are still checked).
`;

/** Exit codes of the CLI. */
export const EXIT = { clean: 0, findings: 1, error: 2 } as const;

class UsageError extends Error {}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        'reference-date': { type: 'string' },
        config: { type: 'string' },
        rule: { type: 'string', multiple: true, default: [] },
        fix: { type: 'boolean', default: false },
        'verify-sources': { type: 'boolean', default: false },
        'no-color': { type: 'boolean', default: false },
        version: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
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

/**
 * Runs the CLI with arguments (without node and script); returns the exit code, or a promise of it
 * when `--verify-sources` makes the run asynchronous.
 */
export function run(argv: string[], out: (s: string) => void, err: (s: string) => void, isTty = false): number | Promise<number> {
  let args;
  try {
    args = parse(argv);
    const { values, positionals } = args;
    if (values.help) return out(HELP), EXIT.clean;
    if (values.version) return out(`${version}\n`), EXIT.clean;
    const [command, ...paths] = positionals;
    if (command !== 'check') throw new UsageError(command ? `unknown command "${command}"` : 'missing command');
    if (values.format !== 'text' && values.format !== 'json') throw new UsageError(`--format must be text or json, got "${values.format}"`);
    const date = values['reference-date'];
    if (date !== undefined && checkDate(date)) throw new UsageError(`--reference-date: ${checkDate(date)}`);
    const overrides = ruleOverrides(values.rule as string[]);

    const configFile = values.config ?? findConfigFile(process.cwd());
    const loaded: LoadedConfig = configFile ? loadConfigFile(configFile) : { ...resolveConfig(undefined, '', ruleIds) };
    const problems: ConfigProblem[] = [...loaded.problems];
    const config = resolveConfig({ rules: overrides }, '--rule', ruleIds, loaded.config).config;
    for (const p of problems) err(`citation-needed: config: ${formatProblem(p)}\n`);

    const { files, missing } = collectFiles(paths.length ? paths : ['.'], config.exclude);
    for (const m of missing) err(`citation-needed: ${m}: no such file, folder or matching files\n`);
    const bibliographies = new BibliographyLoader();
    const configDir = loaded.file ? dirname(loaded.file) : process.cwd();
    const results: FileResult[] = files.map((file) => checkFile(file, { config, referenceDate: date, fix: values.fix, bibliographies, configDir }));
    for (const r of results) if (r.error) err(`citation-needed: ${r.error}\n`);
    for (const p of new Set(results.flatMap((r) => r.bibliographyProblems ?? []))) err(`citation-needed: bibliography: ${p}\n`);
    const color = isTty && !values['no-color'] && !process.env.NO_COLOR;
    const finish = (): number => {
      out(values.format === 'json' ? formatJson(results) : formatText(results, color));
      if (problems.length || missing.length || results.some((r) => r.error && !r.text)) return EXIT.error;
      return results.some((r) => r.findings.some((f) => f.severity === 'error' || f.severity === 'warning')) ? EXIT.findings : EXIT.clean;
    };
    if (!values['verify-sources']) return finish();
    // Loaded only here: the network code (undici, HTML and charset decoding) stays out of plain runs.
    const verifying = import('./verify-files').then(({ verifyFiles }) => verifyFiles(results, { config, referenceDate: date }, (s) => err(s)));
    return verifying.then(finish, (error) => {
      err(`citation-needed: --verify-sources: ${(error as Error).message}\n`);
      return EXIT.error;
    });
  } catch (error) {
    if (error instanceof UsageError) {
      err(`citation-needed: ${error.message}\nRun "citation-needed --help" for usage.\n`);
      return EXIT.error;
    }
    err(`citation-needed: ${(error as Error).stack ?? error}\n`);
    return EXIT.error;
  }
}

/** Entry point of the `citation-needed` binary. */
export function main(): void {
  const write = (fd: number) => (s: string) => { writeSync(fd, s); };
  const code = run(process.argv.slice(2), write(1), write(2), process.stdout.isTTY === true);
  if (typeof code === 'number') process.exitCode = code;
  else void code.then((c) => { process.exitCode = c; });
}
