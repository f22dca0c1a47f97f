import type { HtmlComment } from './prose';
import { lineOf } from './location';
import type { Fix } from './types';
import { editDistance as distance } from './edit-distance';

// The name must end there: "citation-needed-disable-nextline" is no directive, not "disable" of rule "-nextline".
const DIRECTIVE = /<!--\s*citation-needed-(disable-next-line|disable-line|disable-file|disable|enable)(?=-->|[^\w-])([^>]*?)-->/g;

/** An inline directive comment: `<!-- citation-needed-disable rule-id -->` and kin. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line' | 'disable-line' | 'disable-file';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  offset: number;
  endOffset: number;
}

/** Reads directives from HTML comments. */
export function parseDirectives(comments: readonly HtmlComment[]): Directive[] {
  const out: Directive[] = [];
  for (const comment of comments) {
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(comment.value); m; m = DIRECTIVE.exec(comment.value)) {
      out.push({
        kind: m[1] as Directive['kind'],
        rules: m[2].split(/[\s,]+/).filter(Boolean),
        offset: comment.offset + m.index,
        endOffset: comment.offset + m.index + m[0].length,
      });
    }
  }
  return out;
}

/** A directive that cannot do what it says: an unknown directive name or rule id. */
export interface DirectiveProblem {
  /** `unknown-directive`: no such directive name; `unknown-rule`: a rule id that names no rule. */
  kind: 'unknown-directive' | 'unknown-rule';
  /** The unknown name as written: `citation-needed-disabled`, or the rule id `hedgee`. */
  name: string;
  /** The directive comment (for an unknown directive name: its start up to the end of the name). */
  offset: number;
  endOffset: number;
  message: string;
  /** The known names closest to `name` (edit distance ≤ 2), as written: `hedge`, `citation-needed-disable`. */
  suggestions: string[];
  /** Replacements with the known names closest to the unknown one (edit distance ≤ 2); none when nothing is close. */
  fixes: Fix[];
}

const KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];
// The same end of name as DIRECTIVE: "-->" or a character that is neither a word character nor "-" (so "disable-line2" is a name of its own).
const NAMED = /<!--\s*citation-needed-([\w-]+?)(?=-->|[^\w-]|$)/g;
/** Most edits between an unknown name and a known one for the known one to be offered as a fix. */
export const MAX_SUGGESTION_DISTANCE = 2;

/** Edit distance (case-insensitive), capped just above the suggestion distance. */
export const editDistance = (a: string, b: string, limit = MAX_SUGGESTION_DISTANCE): number => distance(a, b, limit);

/** The known names nearest to `name` within the suggestion distance (ties all kept, in the list's order). */
export function closestNames(name: string, known: readonly string[]): string[] {
  let best = MAX_SUGGESTION_DISTANCE + 1;
  let out: string[] = [];
  for (const candidate of known) {
    const d = editDistance(name, candidate);
    if (d < best) { best = d; out = [candidate]; } else if (d === best && d <= MAX_SUGGESTION_DISTANCE) out.push(candidate);
  }
  return best <= MAX_SUGGESTION_DISTANCE ? out : [];
}

/** "Change to “x”" fixes replacing [offset, endOffset) with each suggestion; preferred when there is one. */
function renameFixes(suggestions: readonly string[], offset: number, endOffset: number, shown = (s: string) => s): Fix[] {
  return suggestions.map((s) => ({
    title: `Change to \u201c${shown(s)}\u201d`,
    edits: [{ offset, endOffset, newText: s }],
    ...(suggestions.length === 1 ? { preferred: true } : {}),
  }));
}

/**
 * Finds directives that would silently do nothing: `<!-- citation-needed-disabled -->` (no such
 * directive) and rule ids that name no rule (a typo leaves the rule on; a stale id hides nothing).
 * Each problem carries fixes renaming the unknown name to the closest known ones.
 */
export function directiveProblems(comments: readonly HtmlComment[], knownRules: readonly string[]): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  for (const comment of comments) {
    for (const m of comment.value.matchAll(NAMED)) {
      if (KINDS.includes(m[1])) continue;
      const offset = comment.offset + m.index;
      const endOffset = offset + m[0].length;
      const close = closestNames(m[1], KINDS);
      problems.push({
        kind: 'unknown-directive',
        name: `citation-needed-${m[1]}`,
        offset,
        endOffset,
        message: `unknown directive "citation-needed-${m[1]}" (known: ${KINDS.map((k) => `citation-needed-${k}`).join(', ')})`,
        suggestions: close.map((k) => `citation-needed-${k}`),
        fixes: renameFixes(close, endOffset - m[1].length, endOffset, (k) => `citation-needed-${k}`),
      });
    }
  }
  for (const comment of comments) {
    DIRECTIVE.lastIndex = 0;
    for (let m = DIRECTIVE.exec(comment.value); m; m = DIRECTIVE.exec(comment.value)) {
      const listAt = comment.offset + m.index + m[0].length - 3 - m[2].length; // m[2] ends just before "-->"
      for (const id of m[2].matchAll(/[^\s,]+/g)) {
        if (knownRules.includes(id[0])) continue;
        const at = listAt + id.index;
        const close = closestNames(id[0], knownRules);
        problems.push({
          kind: 'unknown-rule',
          name: id[0],
          offset: comment.offset + m.index,
          endOffset: comment.offset + m.index + m[0].length,
          message: `unknown rule "${id[0]}" in citation-needed-${m[1]} (known: ${knownRules.join(', ')})`,
          suggestions: close,
          fixes: renameFixes(close, at, at + id[0].length),
        });
      }
    }
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

interface Located {
  ruleId: string;
  offset: number;
}

const names = (d: Directive, id: string) => d.rules.length === 0 || d.rules.includes(id);

/**
 * Returns the items not silenced by directives. Ranges run from a `disable` to the next matching
 * `enable`; `-next-line` and `-line` act on one line; `-file` on the whole document.
 */
export function applyDirectives<T extends Located>(items: T[], directives: readonly Directive[], starts: readonly number[]): T[] {
  if (directives.length === 0) return items;
  const fileWide = directives.filter((d) => d.kind === 'disable-file');
  const lines = new Map<number, Directive[]>();
  for (const d of directives) {
    const line = d.kind === 'disable-next-line' ? lineOf(starts, d.endOffset) + 1 : d.kind === 'disable-line' ? lineOf(starts, d.offset) : -1;
    if (line >= 0) lines.set(line, [...(lines.get(line) ?? []), d]);
  }
  const ranged = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable').sort((a, b) => a.offset - b.offset);
  const sorted = [...items].sort((a, b) => a.offset - b.offset);
  const kept = new Set<T>();
  let all = false;
  const disabled = new Set<string>();
  const enabled = new Set<string>();
  let next = 0;
  for (const item of sorted) {
    for (; next < ranged.length && ranged[next].endOffset <= item.offset; next++) {
      const d = ranged[next];
      if (d.kind === 'disable') {
        if (d.rules.length === 0) { all = true; enabled.clear(); disabled.clear(); }
        for (const id of d.rules) { disabled.add(id); enabled.delete(id); }
      } else {
        if (d.rules.length === 0) { all = false; disabled.clear(); enabled.clear(); }
        for (const id of d.rules) { disabled.delete(id); if (all) enabled.add(id); }
      }
    }
    const off = (all && !enabled.has(item.ruleId)) || disabled.has(item.ruleId);
    const lineOff = (lines.get(lineOf(starts, item.offset)) ?? []).some((d) => names(d, item.ruleId));
    if (!off && !lineOff && !fileWide.some((d) => names(d, item.ruleId))) kept.add(item);
  }
  return items.filter((item) => kept.has(item));
}
