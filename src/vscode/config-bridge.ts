// Settings and `.citation-needed.json` -> engine Config; no `vscode` import here.
import { parseConfigText, resolveConfig, type Config, type ConfigProblem } from '../core/config';
import { ruleIds } from '../engine';

/** The `citationNeeded.*` settings that mean the same as the engine's Config keys. */
export const ENGINE_SETTINGS = ['rules', 'stalenessMonths', 'referenceDate', 'citationStyle', 'sensitivity', 'exclude', 'maxFileSize', 'maxFindingsPerFile', 'bibliography'] as const;

/** The `citationNeeded.*` settings that only the extension has (see HostSettings). */
export const HOST_SETTINGS = ['enable', 'run', 'delay', 'workers'] as const;

/** When the extension checks a document by itself. */
export type RunMode = 'onType' | 'onSave' | 'manual';

/** The settings that only the extension has. */
export interface HostSettings {
  enable: boolean;
  run: RunMode;
  /** Debounce delay in milliseconds for `onType`. */
  delay: number;
  /** Worker threads for workspace checks; 0: one per core. */
  workers: number;
}

/** Host settings from raw values, falling back to defaults for missing or invalid ones. */
export function hostSettings(raw: Record<string, unknown>): HostSettings {
  const run = raw.run === 'onSave' || raw.run === 'manual' ? raw.run : 'onType';
  const delay = typeof raw.delay === 'number' && Number.isFinite(raw.delay) && raw.delay >= 0 ? raw.delay : 500;
  const workers = Number.isInteger(raw.workers) && (raw.workers as number) >= 0 ? raw.workers as number : 0;
  return { enable: raw.enable !== false, run, delay, workers };
}

/** A configuration file's text, with the name used in messages. */
export interface ConfigFileText {
  text: string;
  source: string;
}

/** Parses `.citation-needed.json` text; invalid JSON is a problem naming the file, line and column. */
export function parseConfigFile(file: ConfigFileText): { raw?: unknown; problems: ConfigProblem[] } {
  return parseConfigText(file.text, file.source);
}

/** Keeps only the engine settings that carry a value (an empty reference date or rules object means "not set"). */
export function engineSettings(explicit: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of ENGINE_SETTINGS) {
    const value = explicit[key];
    if (value === undefined || value === null || value === '') continue;
    if (key === 'rules' && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) continue;
    out[key] = value;
  }
  return out;
}

/**
 * Builds the engine config: defaults, then the workspace folder's `.citation-needed.json`, then the
 * settings the user set explicitly (they win, rule by rule). Invalid keys are reported and skipped.
 */
export function buildConfig(file: ConfigFileText | undefined, explicitSettings: Record<string, unknown>, settingsSource = 'settings (citationNeeded.*)'): { config: Config; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  let base: Config | undefined;
  if (file) {
    const parsed = parseConfigFile(file);
    problems.push(...parsed.problems);
    const fromFile = resolveConfig(parsed.raw, file.source, ruleIds);
    problems.push(...fromFile.problems);
    base = fromFile.config;
  }
  const fromSettings = resolveConfig(engineSettings(explicitSettings), settingsSource, ruleIds, base);
  problems.push(...fromSettings.problems);
  return { config: fromSettings.config, problems };
}

/**
 * One glob that excludes everything `files.exclude` (entries set to true) and the given lists
 * exclude, in VS Code's glob syntax; undefined when nothing is excluded.
 */
export function combineExcludes(filesExclude: Record<string, unknown> | undefined, ...lists: ReadonlyArray<readonly string[]>): string | undefined {
  const globs = new Set<string>();
  for (const [glob, on] of Object.entries(filesExclude ?? {})) if (on === true) globs.add(glob);
  for (const list of lists) for (const glob of list) globs.add(glob);
  if (globs.size === 0) return undefined;
  return globs.size === 1 ? [...globs][0] : `{${[...globs].join(',')}}`;
}
