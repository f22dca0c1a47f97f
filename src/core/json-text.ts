import { lineStarts, positionAt } from './location';

/** A place in JSON text: 1-based line and 1-based UTF-16 column, and what is wrong there. */
export interface JsonProblem {
  line: number;
  column: number;
  message: string;
}

/** Parsed JSON text, or where and why it is not JSON; `duplicates` are keys given twice in one object. */
export type JsonText = { value: unknown; duplicates: JsonProblem[] } | { error: JsonProblem };

class Stop {
  constructor(readonly at: number, readonly message: string) {}
}

const WHITESPACE = ' \t\r\n';
/** Deeper nesting is refused rather than risking the stack (no configuration or bibliography nests so deep). */
const MAX_DEPTH = 512;

/**
 * Parses JSON text (a leading byte-order mark is allowed) and never throws: a syntax error comes
 * back with its line, column and an "expected X, found Y" message (Node's own messages give at most
 * a character position); keys repeated within one object, where JSON.parse silently keeps the last,
 * come back as `duplicates` naming the key path.
 */
export function parseJsonText(text: string): JsonText {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const duplicates: Array<{ at: number; message: string }> = [];
  let i = 0;
  const found = (): string => {
    if (i >= source.length) return 'the end of the file';
    if (source.startsWith('//', i) || source.startsWith('/*', i)) return 'a comment (JSON has none)';
    const word = /^[^\s,:[\]{}"]{1,20}/.exec(source.slice(i, i + 20))?.[0] ?? source[i];
    return `"${word}"`;
  };
  const stop = (expected: string): never => { throw new Stop(i, `expected ${expected}, found ${found()}`); };
  const ws = () => { while (i < source.length && WHITESPACE.includes(source[i])) i++; };
  const string = (): string => {
    const start = i++;
    for (; i < source.length && source[i] !== '"'; i++) {
      const c = source.charCodeAt(i);
      if (c === 10 || c === 13) throw new Stop(start, 'unterminated string (a line break before its closing ")');
      if (c < 0x20) throw new Stop(i, 'control character in a string (escape it, e.g. \\t)');
      if (source[i] !== '\\') continue;
      const escape = /^\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(source.slice(i, i + 6));
      if (!escape) throw new Stop(i, 'invalid escape in a string');
      i += escape[0].length - 1;
    }
    if (i >= source.length) throw new Stop(start, 'unterminated string');
    i++;
    return JSON.parse(source.slice(start, i)) as string;
  };
  const value = (path: string, depth: number): void => {
    ws();
    const c = source[i];
    if (c === '{' || c === '[') {
      if (depth >= MAX_DEPTH) throw new Stop(i, `nested more than ${MAX_DEPTH} levels deep`);
      const close = c === '{' ? '}' : ']';
      const keys = new Set<string>();
      i++;
      ws();
      if (source[i] === close) { i++; return; }
      for (let index = 0; ; index++) {
        let child = `${path}[${index}]`;
        if (c === '{') {
          ws();
          if (source[i] !== '"') stop('a property name in double quotes');
          const at = i;
          const key = string();
          child = path ? `${path}.${key}` : key;
          if (keys.has(key)) duplicates.push({ at, message: `duplicate key "${child}" (JSON keeps only the last one)` });
          keys.add(key);
          ws();
          if (source[i] !== ':') stop('":" after the property name');
          i++;
        }
        value(child, depth + 1);
        ws();
        if (source[i] === ',') { i++; continue; }
        if (source[i] === close) { i++; return; }
        stop(`"," or "${close}"`);
      }
    }
    if (c === '"') return void string();
    const m = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![\w.])/.exec(source.slice(i, i + 400));
    if (!m) stop('a value (a string, number, object, array, true, false or null)');
    i += m![0].length;
  };
  // Positions count from after the byte-order mark, which editors do not show.
  const starts = lineStarts(source);
  const place = (at: number, message: string): JsonProblem => {
    const { line, character } = positionAt(starts, at);
    return { line: line + 1, column: character + 1, message };
  };
  try {
    value('', 0);
    ws();
    if (i < source.length) stop('the end of the file after the value');
  } catch (error) {
    if (!(error instanceof Stop)) throw error;
    return { error: place(error.at, error.message) };
  }
  return { value: JSON.parse(source), duplicates: duplicates.map((d) => place(d.at, d.message)) };
}

/** A JSON problem as "line L, column C: message". */
export function formatJsonProblem(p: JsonProblem): string {
  return `line ${p.line}, column ${p.column}: ${p.message}`;
}
