import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseConfigText, resolveConfig, type Config, type ConfigProblem } from '../core/config';
import { ruleIds } from '../engine';

/** The configuration file name looked up from a file's folder upwards. */
export const CONFIG_FILE = '.citation-needed.json';

/** A loaded configuration with its problems and the file it came from (if any). */
export interface LoadedConfig {
  config: Config;
  problems: ConfigProblem[];
  file?: string;
}

/** Finds the nearest `.citation-needed.json` from a folder upwards. */
export function findConfigFile(folder: string): string | undefined {
  for (let dir = resolve(folder); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE);
    if (existsSync(candidate)) return candidate;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Reads and validates a configuration file; unreadable or invalid JSON is a problem naming the file, line and column. */
export function loadConfigFile(file: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    return { ...resolveConfig(undefined, file, ruleIds), problems: [{ source: file, key: '', message: `cannot read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}` }], file };
  }
  const parsed = parseConfigText(text, file);
  const resolved = resolveConfig(parsed.raw, file, ruleIds);
  return { config: resolved.config, problems: [...parsed.problems, ...resolved.problems], file };
}
