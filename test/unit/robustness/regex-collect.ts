import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** A regular expression found in the code, with where it came from. */
export interface FoundRegex {
  source: string;
  flags: string;
  origin: string;
}

const PRECEDES_REGEX = /[(,=:[!&|?{};+\-*%<>~^]$|\b(?:return|typeof|case|of|in|void|throw|new|delete)$/;

/** Reads a regex literal's end from index i (just after the opening slash); -1 when it is not one. */
function regexEnd(code: string, i: number): number {
  let inClass = false;
  for (; i < code.length; i++) {
    const c = code[i];
    if (c === '\n') return -1;
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) return i;
  }
  return -1;
}

/** Finds the regex literals of a TypeScript file, skipping strings, templates and comments. */
export function regexLiterals(code: string, origin: string): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '/' && code[i + 1] === '/') i = code.indexOf('\n', i) < 0 ? code.length : code.indexOf('\n', i);
    else if (c === '/' && code[i + 1] === '*') i = code.indexOf('*/', i + 2) + 1;
    else if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '/' && PRECEDES_REGEX.test(code.slice(Math.max(0, i - 8), i).trimEnd())) {
      const end = regexEnd(code, i + 1);
      if (end < 0) continue;
      const flags = /^[dgimsuyv]*/.exec(code.slice(end + 1))![0];
      found.push({ source: code.slice(i + 1, end), flags, origin: `${origin}:${code.slice(0, i).split('\n').length}` });
      i = end + flags.length;
    }
  }
  return found;
}

/** Every regex literal in the .ts files of the given folders and their subfolders, named by their path from `root`. */
export function regexLiteralsIn(root: string, folders: readonly string[]): FoundRegex[] {
  return folders.flatMap((folder) =>
    readdirSync(join(root, folder), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .flatMap((f) => regexLiterals(readFileSync(join(root, folder, f), 'utf8'), `${folder}/${f.split(sep).join('/')}`)),
  );
}

/**
 * Loads a fresh copy of the built API with the RegExp constructor wrapped, so every regex that
 * the code builds at run time (from phrase lists, JSON data, templates) is recorded; `exercise`
 * then runs the code so lazily built ones are made too.
 */
export function constructedRegexes(apiPath: string, exercise: (api: typeof import('../../../src/api')) => void): FoundRegex[] {
  const found: FoundRegex[] = [];
  const original = globalThis.RegExp;
  process.setSourceMapsEnabled(true);
  globalThis.RegExp = new Proxy(original, {
    construct(target, args: [string | RegExp, string?]) {
      const [pattern, flags] = args;
      // With source maps on, the caller's frame names the TypeScript file: keep ours, not dependencies'.
      const frame = (new Error().stack ?? '').split('\n')[2] ?? ''; // [0] "Error", [1] this trap, [2] the caller
      const caller = /[(\s](?:[^()\s]*\/)?(src\/(?:core|rules)\/[\w./-]+\.ts):(\d+)/.exec(frame);
      if (caller) {
        const source = typeof pattern === 'string' ? pattern : pattern.source;
        found.push({ source, flags: flags ?? (typeof pattern === 'string' ? '' : pattern.flags), origin: `${caller[1]}:${caller[2]} (built at run time)` });
      }
      return Reflect.construct(target, args);
    },
  });
  try {
    delete require.cache[require.resolve(apiPath)];
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    exercise(require(apiPath));
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}
