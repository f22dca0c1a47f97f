import * as vscode from 'vscode';
import { formatProblem, type Config } from '../core/config';
import { buildConfig, ENGINE_SETTINGS, hostSettings, type ConfigFileText, type HostSettings } from './config-bridge';
import { CONFIG_FILE_NAME, SECTION } from './constants';

/** The extension-only settings (enable, run, delay, workers) for a resource, read afresh on each call. */
export function readHostSettings(scope: vscode.Uri | undefined): HostSettings {
  const settings = vscode.workspace.getConfiguration(SECTION, scope);
  return hostSettings({ enable: settings.get('enable'), run: settings.get('run'), delay: settings.get('delay'), workers: settings.get('workers') });
}

/** Settings that an untrusted workspace cannot set (they name files to read). */
const RESTRICTED = new Set<string>(['bibliography']);

/** The engine settings the user set (at any level), leaving out the defaults of package.json. */
export function readExplicitEngineSettings(scope: vscode.Uri | undefined): Record<string, unknown> {
  const settings = vscode.workspace.getConfiguration(SECTION, scope);
  const out: Record<string, unknown> = {};
  for (const key of ENGINE_SETTINGS) {
    const seen = settings.inspect(key);
    // Restricted in untrusted workspaces (package.json `restrictedConfigurations`): only the user's value counts.
    const userOnly = RESTRICTED.has(key) && !vscode.workspace.isTrusted;
    const value = userOnly ? seen?.globalValue : seen?.workspaceFolderValue ?? seen?.workspaceValue ?? seen?.globalValue;
    if (value !== undefined) out[key] = value;
  }
  return out;
}

async function readConfigFile(folder: vscode.WorkspaceFolder | undefined): Promise<ConfigFileText | undefined> {
  if (!folder) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, CONFIG_FILE_NAME);
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return { text: new TextDecoder().decode(bytes), source: uri.scheme === 'file' ? uri.fsPath : uri.toString() };
  } catch {
    return undefined; // no configuration file in this folder
  }
}

/** Engine configurations per workspace folder, built from settings and `.citation-needed.json`, cached until invalidated. */
export class ConfigStore {
  private readonly cache = new Map<string, Promise<Config>>();
  private readonly reported = new Set<string>();

  constructor(private readonly log: vscode.LogOutputChannel) {}

  /** The configuration in force for a document or folder. */
  configFor(uri: vscode.Uri): Promise<Config> {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const key = folder ? folder.uri.toString() : '';
    let config = this.cache.get(key);
    if (!config) this.cache.set(key, (config = this.load(folder, folder?.uri ?? uri)));
    return config;
  }

  /** Forgets every cached configuration (settings or a configuration file changed). */
  invalidate(): void {
    this.cache.clear();
  }

  private async load(folder: vscode.WorkspaceFolder | undefined, scope: vscode.Uri): Promise<Config> {
    const file = await readConfigFile(folder);
    const { config, problems } = buildConfig(file, readExplicitEngineSettings(scope));
    const messages = problems.map(formatProblem);
    for (const message of messages) this.log.warn(`Invalid configuration, default kept: ${message}`);
    const fresh = messages.filter((m) => !this.reported.has(m));
    if (fresh.length) {
      fresh.forEach((m) => this.reported.add(m));
      void vscode.window.showWarningMessage(`Citation Needed: invalid configuration (${fresh[0]}${fresh.length > 1 ? `, and ${fresh.length - 1} more` : ''}). Defaults stay in force.`, 'Show Output')
        .then((choice) => { if (choice) this.log.show(true); });
    }
    return config;
  }
}
