import type { Edit, Fix } from './types';

/**
 * Picks the edits of fixes that can be applied together: a fix with an edit that overlaps an edit
 * already taken (or inserts at the same offset) is skipped whole. Edits come back in the order taken.
 */
export function selectFixEdits(fixes: readonly Fix[]): { edits: Edit[]; applied: number } {
  const taken: Edit[] = [];
  let applied = 0;
  for (const fix of fixes) {
    const clash = fix.edits.some((e) => taken.some((t) => e.offset < t.endOffset && t.offset < e.endOffset || (e.offset === t.offset && e.endOffset === e.offset && t.endOffset === t.offset)));
    if (clash) continue;
    taken.push(...fix.edits);
    applied++;
  }
  return { edits: taken, applied };
}

/**
 * Applies fixes to text. Edits are applied from the end backwards; an edit that overlaps one
 * already taken is skipped (with its whole fix), so the result is always well-formed.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { text: string; applied: number } {
  const { edits, applied } = selectFixEdits(fixes);
  // From the end backwards; insertions at the same offset keep their given order.
  const order = edits.map((edit, index) => ({ edit, index })).sort((a, b) => b.edit.offset - a.edit.offset || b.index - a.index);
  let out = text;
  for (const { edit: e } of order) out = out.slice(0, e.offset) + e.newText + out.slice(e.endOffset);
  return { text: out, applied };
}
