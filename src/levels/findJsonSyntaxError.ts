/** Where a text stops being JSON, and what a person should do about it. */
export interface JsonSyntaxError {
  offset: number;
  /** 1-based, in characters. */
  line: number;
  column: number;
  message: string;
  hint?: string;
}

type Expect = 'value' | 'valueOrClose' | 'valueAfterComma' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]{0,30}/y;

/**
 * The first JSON syntax error in `text`, found the same way in every engine (their JSON.parse
 * messages differ, and some give no position). Runs only after JSON.parse has failed. A loop with
 * an explicit stack, so deeply nested text cannot overflow it. Undefined when the text is valid.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const open: number[] = [];
  let expect: Expect = 'value';
  let i = 0;
  const fail = (at: number, message: string, hint?: string): JsonSyntaxError => ({ offset: at, ...lineAndColumn(text, at), message, ...(hint !== undefined && { hint }) });

  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
    if (i >= text.length) {
      if (expect === 'end') return undefined;
      if (open.length === 0) return fail(i, 'the file ends where a value should be', 'a level file is one object: { … }');
      const at = open[open.length - 1]!;
      const where = lineAndColumn(text, at);
      const closer = text[at] === '{' ? '}' : ']';
      return fail(i, `the file ends before the "${text[at]}" at line ${where.line}, column ${where.column} is closed`, `add the missing "${closer}"`);
    }
    const c = text[i]!;
    const top = open.length === 0 ? undefined : text[open[open.length - 1]!];
    switch (expect) {
      case 'value':
      case 'valueOrClose':
      case 'valueAfterComma': {
        if (c === ']' && expect !== 'value') {
          if (expect === 'valueAfterComma') return fail(i, 'a comma before "]" is not allowed in JSON', 'remove the last comma');
          open.pop();
          i++;
          expect = open.length === 0 ? 'end' : 'commaOrClose';
          break;
        }
        if (c === '{' || c === '[') {
          open.push(i);
          i++;
          expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
          break;
        }
        const end = scanScalar(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.message, end.hint);
        i = end;
        expect = open.length === 0 ? 'end' : 'commaOrClose';
        break;
      }
      case 'key':
      case 'keyOrClose': {
        if (c === '}' && expect === 'keyOrClose') {
          open.pop();
          i++;
          expect = open.length === 0 ? 'end' : 'commaOrClose';
          break;
        }
        if (c === '}') return fail(i, 'a comma before "}" is not allowed in JSON', 'remove the last comma');
        if (c !== '"') return fail(i, `expected a field name in double quotes, found ${shown(text, i)}`, c === "'" ? 'JSON uses double quotes' : undefined);
        const end = scanString(text, i);
        if (typeof end !== 'number') return fail(end.offset, end.message, end.hint);
        i = end;
        expect = 'colon';
        break;
      }
      case 'colon':
        if (c !== ':') return fail(i, `expected ":" after the field name, found ${shown(text, i)}`);
        i++;
        expect = 'value';
        break;
      case 'commaOrClose': {
        const closer = top === '{' ? '}' : ']';
        if (c === ',') {
          i++;
          expect = top === '{' ? 'key' : 'valueAfterComma';
        } else if (c === closer) {
          open.pop();
          i++;
          expect = open.length === 0 ? 'end' : 'commaOrClose';
        } else {
          const hint = c === '"' || c === '{' || c === '[' ? 'a comma is probably missing before it' : undefined;
          return fail(i, `expected "," or "${closer}", found ${shown(text, i)}`, hint);
        }
        break;
      }
      case 'end':
        return fail(i, `unexpected ${shown(text, i)} after the end of the level`, 'a level file holds exactly one object');
    }
  }
}

interface ScanError {
  offset: number;
  message: string;
  hint?: string;
}

/** A string, number, true, false or null starting at `i`: the offset after it, or what is wrong. */
function scanScalar(text: string, i: number): number | ScanError {
  const c = text[i]!;
  if (c === '"') return scanString(text, i);
  if (c === '-' || (c >= '0' && c <= '9')) {
    NUMBER.lastIndex = i;
    return NUMBER.test(text) ? NUMBER.lastIndex : { offset: i, message: `${shown(text, i)} is not a valid number` };
  }
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length;
  if (c === "'") return { offset: i, message: 'JSON strings use double quotes, found a single quote', hint: 'use "…" instead of \'…\'' };
  if (c === '/') return { offset: i, message: 'JSON does not allow comments', hint: 'remove the comment, or move it into a "briefing"' };
  WORD.lastIndex = i;
  if (WORD.test(text)) {
    const word = text.slice(i, WORD.lastIndex);
    return { offset: i, message: `unexpected word "${word}"`, hint: 'text values need double quotes; the only bare words are true, false and null' };
  }
  return { offset: i, message: `expected a value, found ${shown(text, i)}` };
}

function scanString(text: string, start: number): number | ScanError {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) {
      return { offset: i, message: c === 0x0a ? 'a string runs past the end of its line' : 'a control character inside a string', hint: c === 0x0a ? 'close the string with ", or write a line break as \\n' : 'write it as an escape such as \\t' };
    }
    if (c === 0x5c) {
      const next = text[i + 1];
      if (next === 'u') {
        if (!/^[0-9A-Fa-f]{4}$/.test(text.slice(i + 2, i + 6))) return { offset: i, message: 'a \\u escape needs four hex digits' };
        i += 5;
      } else if (next !== undefined && '"\\/bfnrt'.includes(next)) {
        i += 1;
      } else {
        return { offset: i, message: `"\\${next ?? ''}" is not a JSON escape`, hint: 'write a backslash as \\\\' };
      }
    }
  }
  return { offset: start, message: 'a string is never closed', hint: 'add the closing "' };
}

function shown(text: string, i: number): string {
  const c = text.codePointAt(i)!;
  return c < 0x20 ? `character code ${c}` : JSON.stringify(String.fromCodePoint(c));
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
