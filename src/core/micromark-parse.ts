import { parse as createParseContext, postprocess, preprocess } from 'micromark';
import type { Extension, ParseContext, ParseOptions } from 'micromark-util-types';

/**
 * micromark's entry points as mdast-util-from-markdown imports them (the build points its `micromark`
 * import here), with one change: `parse` hands back one parse context per list of extensions instead of
 * building a new one per call. A check parses each block on its own, thousands per document, and a new
 * context means combining every syntax extension into a new table of constructs each time; that cost
 * about 15% of a check, and a new table per block also keeps the tokenizer's code from specialising on
 * one. The context's per-document state (definitions, lazy lines, and whatever an extension keeps on it,
 * such as GFM's footnote labels) is cleared before each reuse, so every parse starts as a fresh one did.
 * micromark reads nothing else from the options. Parsing is synchronous and never nested (mdast-util-from-markdown builds the tree after micromark has
 * finished), so one context per extension list is never in use twice at once.
 */
export { postprocess, preprocess };

interface Reusable {
  extensions: Extension[];
  context: ParseContext;
  /** The context's own keys when new: any other key was added by an extension while parsing. */
  keys: ReadonlySet<string>;
}

const contexts = new WeakMap<readonly Extension[], Reusable>();

const sameList = (a: readonly Extension[], b: readonly Extension[]) => a.length === b.length && a.every((item, i) => item === b[i]);

export function parse(options?: ParseOptions | null): ParseContext {
  const extensions = options?.extensions;
  if (!extensions) return createParseContext(options);
  const reusable = contexts.get(extensions);
  if (reusable && sameList(reusable.extensions, extensions)) {
    const context = reusable.context as ParseContext & Record<string, unknown>;
    context.defined = [];
    context.lazy = {};
    // Set to undefined rather than deleted: the context keeps its shape (and the tokenizer its fast paths);
    // extensions create such state lazily (`parser.x || (parser.x = [])`).
    for (const key of Object.keys(context)) if (!reusable.keys.has(key)) context[key] = undefined;
    return context;
  }
  const context = createParseContext(options);
  contexts.set(extensions, { extensions: [...extensions], context, keys: new Set(Object.keys(context)) });
  return context;
}
