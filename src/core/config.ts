import type { Severity, SeverityOrOff } from './types';
import { formatJsonProblem, parseJsonText } from './json-text';

/** How a rule is configured: its severity (or off) and phrases added to or removed from its lists. */
export interface RuleConfig {
  severity?: SeverityOrOff;
  add?: string[];
  remove?: string[];
}

/** Preferred style of the citation that quick fixes insert. */
export type CitationStyle = 'footnote' | 'link' | 'pandoc' | 'marker';

/** How eagerly `unsourced-claim` flags sentences. */
export type Sensitivity = 'low' | 'medium' | 'high';

/** The engine's configuration: same keys in `.citation-needed.json` and `citationNeeded.*` settings. */
export interface Config {
  rules: Record<string, RuleConfig>;
  stalenessMonths: number;
  referenceDate?: string;
  citationStyle: CitationStyle;
  sensitivity: Sensitivity;
  bibliography: string[];
  include: string[];
  exclude: string[];
  maxFileSize: number;
  /** Most findings reported per file; one more finding says how many were left out. */
  maxFindingsPerFile: number;
}

/** A configuration problem, naming the key and where it came from. */
export interface ConfigProblem {
  source: string;
  key: string;
  message: string;
}

export const SEVERITIES: readonly SeverityOrOff[] = ['error', 'warning', 'info', 'hint', 'off'];
export const CITATION_STYLES: readonly CitationStyle[] = ['footnote', 'link', 'pandoc', 'marker'];
export const SENSITIVITIES: readonly Sensitivity[] = ['low', 'medium', 'high'];

/** The defaults in force when nothing is configured. */
export function defaultConfig(): Config {
  return {
    rules: {},
    stalenessMonths: 12,
    citationStyle: 'footnote',
    sensitivity: 'medium',
    bibliography: [],
    include: ['**/*.md', '**/*.markdown', '**/*.mdx'],
    exclude: ['**/node_modules/**', '**/.git/**'],
    maxFileSize: 5_000_000,
    maxFindingsPerFile: 1000,
  };
}

/** A value as a message shows it: JSON, except numbers JSON cannot spell (1e400 parses to Infinity). */
const describe = (value: unknown): string => (typeof value === 'number' ? String(value) : JSON.stringify(value));

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Checks a YYYY-MM-DD date string; returns a message when it is not a real calendar date. */
export function checkDate(value: string): string | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return `expected a date as YYYY-MM-DD, got "${value}"`;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  if (d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return `"${value}" is not a calendar date`;
  return undefined;
}

type Setter = (config: Config, value: unknown, fail: (message: string) => void) => void;

const oneOf = <T extends string>(key: keyof Config, allowed: readonly T[]): Setter => (config, value, fail) => {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) (config as unknown as Record<string, unknown>)[key] = value;
  else fail(`expected one of ${allowed.map((a) => `"${a}"`).join(', ')}, got ${describe(value)}`);
};

const strings = (key: 'bibliography' | 'include' | 'exclude'): Setter => (config, value, fail) => {
  if (isStringArray(value)) config[key] = value;
  else fail('expected an array of strings');
};

const positive = (key: 'stalenessMonths' | 'maxFileSize'): Setter => (config, value, fail) => {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) config[key] = value;
  else fail(`expected a positive number, got ${describe(value)}`);
};

const wholePositive = (key: 'maxFindingsPerFile'): Setter => (config, value, fail) => {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) config[key] = value;
  else fail(`expected a positive whole number, got ${describe(value)}`);
};

const SETTERS: Record<string, Setter> = {
  stalenessMonths: positive('stalenessMonths'),
  maxFileSize: positive('maxFileSize'),
  maxFindingsPerFile: wholePositive('maxFindingsPerFile'),
  citationStyle: oneOf('citationStyle', CITATION_STYLES),
  sensitivity: oneOf('sensitivity', SENSITIVITIES),
  bibliography: strings('bibliography'),
  include: strings('include'),
  exclude: strings('exclude'),
  referenceDate: (config, value, fail) => {
    const problem = typeof value === 'string' ? checkDate(value) : 'expected a date string YYYY-MM-DD';
    if (problem) fail(problem);
    else config.referenceDate = value as string;
  },
};

function ruleConfig(value: unknown, fail: (key: string, message: string) => void): RuleConfig | undefined {
  if (typeof value === 'string') {
    if ((SEVERITIES as readonly string[]).includes(value)) return { severity: value as SeverityOrOff };
    fail('', `expected one of ${SEVERITIES.join(', ')}, got "${value}"`);
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('', 'expected a severity string or an object { severity, add, remove }');
    return undefined;
  }
  const out: RuleConfig = {};
  for (const [k, v] of Object.entries(value)) {
    if (k === 'severity') {
      if (typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v)) out.severity = v as SeverityOrOff;
      else fail('.severity', `expected one of ${SEVERITIES.join(', ')}, got ${describe(v)}`);
    } else if (k === 'add' || k === 'remove') {
      if (isStringArray(v)) out[k] = v;
      else fail(`.${k}`, 'expected an array of strings');
    } else fail(`.${k}`, 'unknown key (expected severity, add or remove)');
  }
  return out;
}

/**
 * Validates a raw configuration object and merges it over `base`. Invalid keys are reported
 * (naming the key and the source) and leave the base value in force.
 */
export function resolveConfig(raw: unknown, source: string, knownRules: readonly string[], base = defaultConfig()): { config: Config; problems: ConfigProblem[] } {
  const config: Config = { ...base, rules: { ...base.rules } };
  const problems: ConfigProblem[] = [];
  if (raw === undefined || raw === null) return { config, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({ source, key: '', message: 'the configuration must be a JSON object' });
    return { config, problems };
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (key === 'rules') {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        problems.push({ source, key, message: 'expected an object mapping rule ids to settings' });
        continue;
      }
      for (const [id, setting] of Object.entries(value)) {
        const fail = (suffix: string, message: string) => problems.push({ source, key: `rules.${id}${suffix}`, message });
        if (!knownRules.includes(id)) {
          fail('', `unknown rule id (known: ${knownRules.join(', ')})`);
          continue;
        }
        const parsed = ruleConfig(setting, fail);
        if (parsed) config.rules[id] = { ...config.rules[id], ...parsed };
      }
      continue;
    }
    // Own keys only: "__proto__" or "constructor" in a file must be unknown keys, not Object.prototype's.
    const setter = Object.hasOwn(SETTERS, key) ? SETTERS[key] : undefined;
    if (!setter) {
      problems.push({ source, key, message: `unknown key (known: rules, ${Object.keys(SETTERS).join(', ')})` });
      continue;
    }
    setter(config, value, (message) => problems.push({ source, key, message }));
  }
  return { config, problems };
}

/**
 * Parses the text of a `.citation-needed.json` named `source`. A syntax error is a problem with its
 * line and column (and `raw` is undefined: the defaults stay); so are a repeated key and a file
 * that holds no object (`null`, an array, a number).
 */
export function parseConfigText(text: string, source: string): { raw?: unknown; problems: ConfigProblem[] } {
  const parsed = parseJsonText(text);
  if ('error' in parsed) return { problems: [{ source, key: '', message: `invalid JSON at ${formatJsonProblem(parsed.error)}` }] };
  const problems = parsed.duplicates.map((d) => ({ source, key: '', message: formatJsonProblem(d) }));
  if (parsed.value === null) return { problems: [...problems, { source, key: '', message: 'the configuration must be a JSON object, got null' }] };
  return { raw: parsed.value, problems };
}

/** The severity a rule runs at under a configuration, or "off". */
export function ruleSeverity(config: Config, ruleId: string, fallback: Severity): SeverityOrOff {
  return config.rules[ruleId]?.severity ?? fallback;
}

/** Formats a problem as "source: key: message". */
export function formatProblem(p: ConfigProblem): string {
  return `${p.source}: ${p.key ? `"${p.key}": ` : ''}${p.message}`;
}
