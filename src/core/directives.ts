import type { HtmlComment } from './prose';
import { lineOf } from './location';

const DIRECTIVE = /<!--\s*citation-needed-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)-->/g;

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
  offset: number;
  endOffset: number;
  message: string;
}

const KINDS = ['disable', 'enable', 'disable-line', 'disable-next-line', 'disable-file'];
const NAMED = /<!--\s*citation-needed-([a-z]+(?:-[a-z]+)*)/g;

/**
 * Finds directives that would silently do nothing: `<!-- citation-needed-disabled -->` (no such
 * directive) and rule ids that name no rule (a typo leaves the rule on; a stale id hides nothing).
 */
export function directiveProblems(comments: readonly HtmlComment[], knownRules: readonly string[]): DirectiveProblem[] {
  const problems: DirectiveProblem[] = [];
  for (const comment of comments) {
    for (const m of comment.value.matchAll(NAMED)) {
      if (KINDS.includes(m[1])) continue;
      const offset = comment.offset + m.index;
      problems.push({ offset, endOffset: offset + m[0].length, message: `unknown directive "citation-needed-${m[1]}" (known: ${KINDS.map((k) => `citation-needed-${k}`).join(', ')})` });
    }
  }
  for (const d of parseDirectives(comments)) {
    for (const id of d.rules) {
      if (!knownRules.includes(id)) problems.push({ offset: d.offset, endOffset: d.endOffset, message: `unknown rule "${id}" in citation-needed-${d.kind} (known: ${knownRules.join(', ')})` });
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
