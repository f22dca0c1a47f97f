/** A link reference definition (`[label]: url`) or footnote definition (`[^label]: text`). */
export interface Definition {
  /** Normalised label (case-folded, whitespace collapsed), without the caret. */
  label: string;
  footnote: boolean;
  offset: number;
  endOffset: number;
  /** The definition's first line, used to re-declare it when a block is parsed alone. */
  line: string;
}

const DEFINITION = /^ {0,3}\[(\^?)((?:[^\]\\\r\n]|\\.){1,999})\]:/gm;

/** Normalises a label the way CommonMark matches references. */
export function normalizeLabel(label: string): string {
  return label.replace(/[ \t\r\n]+/g, ' ').trim().toLowerCase();
}

/** Finds definitions at line starts in text[offset, endOffset). */
export function findDefinitions(text: string, offset: number, endOffset: number): Definition[] {
  const slice = text.slice(offset, endOffset);
  const found: Definition[] = [];
  DEFINITION.lastIndex = 0;
  for (let m = DEFINITION.exec(slice); m; m = DEFINITION.exec(slice)) {
    const lineEnd = slice.slice(m.index).search(/[\r\n]|$/) + m.index;
    found.push({
      label: normalizeLabel(m[2]),
      footnote: m[1] === '^',
      offset: offset + m.index,
      endOffset: offset + lineEnd,
      line: slice.slice(m.index, lineEnd).trimStart(),
    });
  }
  return found;
}

/** Definitions of a whole document, keyed for lookup; the first definition of a label wins. */
export class DefinitionIndex {
  readonly links = new Map<string, Definition>();
  readonly footnotes = new Map<string, Definition>();

  constructor(definitions: Iterable<Definition>) {
    for (const d of definitions) {
      const map = d.footnote ? this.footnotes : this.links;
      if (!map.has(d.label)) map.set(d.label, d);
    }
  }

  /** True when a key from `mentionedLabels` (`^label` or `label`) has a definition. */
  has(key: string): boolean {
    return key.startsWith('^') ? this.footnotes.has(key.slice(1)) : this.links.has(key);
  }

  /** Stub definitions a block needs to resolve references it uses but does not define. */
  stubsFor(blockText: string): string {
    const own = new Set(findDefinitions(blockText, 0, blockText.length).map((d) => (d.footnote ? '^' : '') + d.label));
    let stubs = '';
    for (const key of mentionedLabels(blockText)) {
      if (own.has(key) || !this.has(key)) continue;
      stubs += key.startsWith('^') ? `\n\n[${key}]: stub` : `\n\n${this.links.get(key)!.line}`;
    }
    return stubs;
  }
}

/** Keys of the bracketed labels a text mentions, in order: `^label` for footnotes, `label` for links. */
export function mentionedLabels(text: string): Set<string> {
  const keys = new Set<string>();
  const LABEL = /\[(\^?)([^\[\]\r\n]{1,999})\]/g;
  for (let m = LABEL.exec(text); m; m = LABEL.exec(text)) keys.add(m[1] + normalizeLabel(m[2]));
  return keys;
}
