// A document's configuration in the language server: the nearest `.citation-needed.json` (as the CLI
// finds it) overlaid with the client's `citationNeeded` settings (as the VS Code settings overlay theirs).
import { dirname, relative, isAbsolute } from 'node:path';
import picomatch from 'picomatch';
import { formatProblem, resolveConfig, type Config } from '../core/config';
import { ruleIds } from '../engine';
import { findConfigFile, loadConfigFile } from '../cli/config-file';
import { engineSettings, hostSettings, type HostSettings } from '../vscode/config-bridge';

/** What the server needs to check one document: the engine config, the host settings and the folders paths are relative to. */
export interface DocumentSettings {
  config: Config;
  host: HostSettings;
  /** The folder the config's `bibliography` paths are relative to. */
  bibliographyBase: string;
  /** The folder the `exclude` globs are relative to. */
  globBase: string;
  /** Problems of the configuration file and the settings, each naming the key and where it came from. */
  problems: string[];
}

/** Where a document is: its file path (undefined for unsaved or virtual documents) and its workspace folder's path. */
export interface DocumentPlace {
  path?: string;
  folder?: string;
}

/** The source name of the client's settings in configuration messages. */
export const SETTINGS_SOURCE = 'client settings (citationNeeded.*)';

/**
 * Resolves the settings of a document: defaults, then the nearest `.citation-needed.json` above the
 * file (or above the workspace folder for a document without a path), then the client's settings.
 */
export function resolveDocumentSettings(place: DocumentPlace, clientSettings: unknown): DocumentSettings {
  const raw = clientSettings && typeof clientSettings === 'object' && !Array.isArray(clientSettings) ? clientSettings as Record<string, unknown> : {};
  const start = place.path ? dirname(place.path) : place.folder;
  const file = start ? findConfigFile(start) : undefined;
  const loaded = file ? loadConfigFile(file) : undefined;
  const explicit = engineSettings(raw);
  const fromSettings = resolveConfig(explicit, SETTINGS_SOURCE, ruleIds, loaded?.config);
  const configDir = file ? dirname(file) : undefined;
  const fallback = place.folder ?? (place.path ? dirname(place.path) : process.cwd());
  return {
    config: fromSettings.config,
    host: hostSettings(raw),
    // Settings paths are relative to the workspace folder (as in VS Code); the file's to its folder (as in the CLI).
    bibliographyBase: explicit.bibliography !== undefined ? fallback : configDir ?? fallback,
    globBase: configDir ?? fallback,
    problems: [...(loaded?.problems ?? []), ...fromSettings.problems].map(formatProblem),
  };
}

/** True when one of the `exclude` globs matches the file (relative to `globBase`); documents without a path are never excluded. */
export function isExcluded(path: string | undefined, settings: DocumentSettings): boolean {
  if (!path || settings.config.exclude.length === 0) return false;
  const rel = relative(settings.globBase, path);
  if (rel.startsWith('..') || isAbsolute(rel)) return false;
  return picomatch(settings.config.exclude, { dot: true })(rel.split('\\').join('/'));
}
