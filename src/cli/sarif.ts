import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { REPO_URL, ruleCatalogue } from '../engine';
import type { Severity } from '../core/types';
import type { FileResult } from './types';
import { DIRECTIVES_URL, locate } from './format';

/** The SARIF schema URI written into every log. */
export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

/** The base id that result URIs are relative to: the working directory. */
export const SRCROOT = '%SRCROOT%';

/** SARIF has no "info" or "hint": both become "note". */
export function sarifLevel(severity: Severity): Sarif.ReportingConfiguration.level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

/** A file's URI relative to the working directory (percent-encoded, forward slashes); absolute file URI outside it. */
export function artifactLocation(file: string, cwd: string): Sarif.ArtifactLocation {
  const path = relative(cwd, file);
  if (path === '' || path === '..' || path.startsWith(`..${sep}`) || isAbsolute(path)) return { uri: pathToFileURL(file).href };
  return { uri: path.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function driver(version: string): Sarif.ToolComponent {
  return {
    name: 'citation-needed',
    version,
    semanticVersion: version,
    informationUri: REPO_URL,
    notifications: DIRECTIVE_NOTIFICATIONS,
    rules: ruleCatalogue.map((rule) => ({
      id: rule.id,
      shortDescription: { text: rule.description },
      fullDescription: { text: rule.rationale },
      helpUri: rule.url,
      defaultConfiguration: { level: sarifLevel(rule.defaultSeverity) },
    })),
  };
}

/** Notification descriptors for directive problems, by problem kind (`driver.notifications`). */
const DIRECTIVE_NOTIFICATIONS: Sarif.ReportingDescriptor[] = [
  { id: 'unknown-directive', shortDescription: { text: 'An inline directive comment names no known directive, so it does nothing.' }, helpUri: DIRECTIVES_URL, defaultConfiguration: { level: 'warning' } },
  { id: 'unknown-rule', shortDescription: { text: 'An inline directive names a rule id that no rule has, so that rule stays on.' }, helpUri: DIRECTIVES_URL, defaultConfiguration: { level: 'warning' } },
];

/**
 * Directive problems as tool configuration notifications (inline directives configure which rules
 * run): located on the comment, with the closest known names as `properties.suggestions`.
 */
function directiveNotifications(result: FileResult, cwd: string): Sarif.Notification[] {
  const location = artifactLocation(result.file, cwd);
  return (result.directiveProblems ?? []).map((p) => ({
    descriptor: { id: p.kind, index: DIRECTIVE_NOTIFICATIONS.findIndex((d) => d.id === p.kind) },
    level: 'warning',
    message: { text: p.message },
    locations: [{
      physicalLocation: {
        artifactLocation: location,
        region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn, charOffset: p.offset, charLength: p.endOffset - p.offset },
      },
    }],
    properties: { name: p.name, suggestions: p.suggestions },
  }));
}

function results(result: FileResult, cwd: string): Sarif.Result[] {
  const location = artifactLocation(result.file, cwd);
  return locate(result).map((f) => ({
    ruleId: f.ruleId,
    ruleIndex: ruleCatalogue.findIndex((r) => r.id === f.ruleId),
    level: sarifLevel(f.severity),
    // SARIF's rank is a priority from 0 to 100; ours is the calibrated confidence.
    rank: Math.round(f.confidence * 100),
    message: { text: f.message },
    locations: [{
      physicalLocation: {
        artifactLocation: location,
        region: { startLine: f.line, startColumn: f.column, endLine: f.endLine, endColumn: f.endColumn, charOffset: f.offset, charLength: f.endOffset - f.offset },
      },
    }],
    ...(f.fixes.length ? {
      fixes: f.fixes.map((fix): Sarif.Fix => ({
        description: { text: fix.title },
        artifactChanges: [{
          artifactLocation: location,
          replacements: fix.edits.map((e) => ({
            deletedRegion: { charOffset: e.offset, charLength: e.endOffset - e.offset },
            insertedContent: { text: e.newText },
          })),
        }],
      })),
    } : {}),
  }));
}

/**
 * SARIF 2.1.0 log: one run, every rule in the driver, results with locations and fixes, file errors
 * as execution notifications, directive problems as configuration notifications.
 */
export function formatSarif(fileResults: readonly FileResult[], version: string, cwd = process.cwd()): string {
  const notifications: Sarif.Notification[] = fileResults.filter((r) => r.error).map((r) => ({
    level: r.unread ? 'error' : 'warning',
    message: { text: r.error! },
    locations: [{ physicalLocation: { artifactLocation: artifactLocation(r.file, cwd) } }],
  }));
  const log: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [{
      tool: { driver: driver(version) },
      originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
      columnKind: 'utf16CodeUnits',
      invocations: [{
        executionSuccessful: !fileResults.some((r) => r.unread),
        toolExecutionNotifications: notifications,
        toolConfigurationNotifications: fileResults.flatMap((r) => directiveNotifications(r, cwd)),
      }],
      results: fileResults.flatMap((r) => results(r, cwd)),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
