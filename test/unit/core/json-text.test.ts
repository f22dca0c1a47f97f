import assert from 'node:assert/strict';
import { parseJsonText } from '../../../src/core/json-text';
import { parseConfigText, resolveConfig } from '../../../src/core/config';
import { ruleIds } from '../../../src/rules';

const errorOf = (text: string) => {
  const parsed = parseJsonText(text);
  assert.ok('error' in parsed, `expected a syntax error in ${JSON.stringify(text)}`);
  return parsed.error;
};

describe('JSON text with positions', () => {
  it('gives the line and column of a syntax error and what was expected there', () => {
    assert.deepEqual(errorOf('{\n  "rules": {\n    "hedge": off\n  }\n}'), { line: 3, column: 14, message: 'expected a value (a string, number, object, array, true, false or null), found "off"' });
    assert.deepEqual(errorOf('{ "rules": { "hedge": "off", } }'), { line: 1, column: 30, message: 'expected a property name in double quotes, found "}"' });
    assert.deepEqual(errorOf('{ "a" 1 }'), { line: 1, column: 7, message: 'expected ":" after the property name, found "1"' });
    assert.deepEqual(errorOf('{ "a": 1'), { line: 1, column: 9, message: 'expected "," or "}", found the end of the file' });
    assert.deepEqual(errorOf(''), { line: 1, column: 1, message: 'expected a value (a string, number, object, array, true, false or null), found the end of the file' });
    assert.match(errorOf('// settings\n{}').message, /found a comment \(JSON has none\)/);
    assert.deepEqual(errorOf('{}\n{}'), { line: 2, column: 1, message: 'expected the end of the file after the value, found "{"' });
  });

  it('counts columns after a byte-order mark as an editor does, and lines across CRLF and CR', () => {
    assert.deepEqual(errorOf('\uFEFF{ x }'), { line: 1, column: 3, message: 'expected a property name in double quotes, found "x"' });
    assert.equal(errorOf('{\r\n"a": 1,\r\n x}').line, 3);
    assert.equal(errorOf('{\r"a": 1,\r x}').line, 3);
  });

  it('rejects what JSON.parse rejects inside strings and numbers, with the place', () => {
    assert.equal(errorOf('{"a": "line\nbreak"}').message, 'unterminated string (a line break before its closing ")');
    assert.equal(errorOf('{"a": "\\x41"}').message, 'invalid escape in a string');
    assert.equal(errorOf('{"a": "tab\there"}').message, 'control character in a string (escape it, e.g. \\t)');
    assert.deepEqual(errorOf('[01]'), { line: 1, column: 2, message: 'expected a value (a string, number, object, array, true, false or null), found "01"' });
  });

  it('parses what JSON.parse parses, to the same value', () => {
    for (const text of ['{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n"], "b": {}}', '"x"', '  3  ', '[]', '\uFEFF{"k": "v"}']) {
      const parsed = parseJsonText(text);
      assert.ok('value' in parsed, text);
      assert.deepEqual(parsed.value, JSON.parse(text.replace(/^\uFEFF/, '')));
    }
  });

  it('names keys given twice in one object, where JSON.parse silently keeps the last', () => {
    const parsed = parseJsonText('{\n  "rules": { "hedge": "off", "hedge": "error" },\n  "x": [{"a": 1, "a": 2}]\n}');
    assert.ok('value' in parsed);
    assert.deepEqual(parsed.duplicates.map((d) => [d.line, d.column, d.message]), [
      [2, 30, 'duplicate key "rules.hedge" (JSON keeps only the last one)'],
      [3, 18, 'duplicate key "x[0].a" (JSON keeps only the last one)'],
    ]);
  });

  it('refuses absurd nesting instead of overflowing the stack', () => {
    assert.match(errorOf('['.repeat(100_000)).message, /nested more than 512 levels deep/);
  });
});

describe('configuration text', () => {
  it('reports a syntax error with file, line and column, on one line', () => {
    const { raw, problems } = parseConfigText('{\n  "rules": {\n    "hedge": off\n  }\n}', 'repo/.citation-needed.json');
    assert.equal(raw, undefined);
    assert.deepEqual(problems, [{ source: 'repo/.citation-needed.json', key: '', message: 'invalid JSON at line 3, column 14: expected a value (a string, number, object, array, true, false or null), found "off"' }]);
  });

  it('reports a file holding null, which would otherwise pass as "no configuration"', () => {
    assert.deepEqual(parseConfigText('null', 'c.json').problems.map((p) => p.message), ['the configuration must be a JSON object, got null']);
  });

  it('reports a repeated key', () => {
    assert.deepEqual(parseConfigText('{"sensitivity": "low",\n "sensitivity": "high"}', 'c.json').problems.map((p) => p.message), ['line 2, column 2: duplicate key "sensitivity" (JSON keeps only the last one)']);
  });

  it('treats "__proto__" and "constructor" as unknown keys, not as Object.prototype members', () => {
    const { raw } = parseConfigText('{"__proto__": {"x": 1}, "constructor": 1, "toString": 2}', 'c.json');
    const { problems } = resolveConfig(raw, 'c.json', ruleIds);
    assert.deepEqual(problems.map((p) => `${p.key}: ${p.message.slice(0, 11)}`), ['__proto__: unknown key', 'constructor: unknown key', 'toString: unknown key']);
  });

  it('shows a number JSON cannot spell as it was read (1e400 is Infinity, not null)', () => {
    const { raw } = parseConfigText('{"stalenessMonths": 1e400}', 'c.json');
    assert.deepEqual(resolveConfig(raw, 'c.json', ruleIds).problems.map((p) => p.message), ['expected a positive number, got Infinity']);
  });
});
