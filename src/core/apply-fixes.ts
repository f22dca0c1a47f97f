import type { Edit, Fix } from './types';

/**
 * Applies fixes to text. Edits are applied from the end backwards; an edit that overlaps one
 * already taken is skipped (with its whole fix), so the result is always well-formed.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const taken: Edit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const clash = fix.edits.some((e) => taken.some((t) => e.offset < t.endOffset && t.offset < e.endOffset || (e.offset === t.offset && e.endOffset === e.offset && t.endOffset === t.offset)));
    if (clash) continue;
    taken.push(...fix.edits);
    applied++;
  }
  // From the end backwards; insertions at the same offset keep their given order.
  const order = taken.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.offset - a.edit.offset || b.index - a.index);
  let out = text;
  for (const { edit: e } of order) out = out.slice(0, e.offset) + e.newText + out.slice(e.endOffset);
  return { text: out, applied };
}
