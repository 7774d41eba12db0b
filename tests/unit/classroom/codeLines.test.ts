import { describe, expect, it } from 'vitest';
import { parseCodeLines } from '../../../src/view/classroom/codeLines';

describe("the teacher's paste: one code per line, optionally 'name: code'", () => {
  it('reads names, bare codes and blank lines', () => {
    expect(parseCodeLines('Ada Lovelace: BR1-abc_DEF\n\n  BR1-xyz  \r\nGrace: Hopper:BR1-q-1\n')).toEqual([
      { line: 1, label: 'Ada Lovelace', code: 'BR1-abc_DEF' },
      { line: 3, label: 'line 3', code: 'BR1-xyz' },
      { line: 4, label: 'Grace: Hopper', code: 'BR1-q-1' },
    ]);
  });
  it('joins a code a chat client wrapped, and keeps lines that are not codes for the check to explain', () => {
    expect(parseCodeLines('Bob - BR1-abc def\nAlan: hello\njust text')).toEqual([
      { line: 1, label: 'Bob', code: 'BR1-abcdef' },
      { line: 2, label: 'Alan', code: 'hello' },
      { line: 3, label: 'line 3', code: 'justtext' },
    ]);
  });
  it('caps very long names', () => {
    expect(parseCodeLines(`${'x'.repeat(500)}: BR1-a`)[0]!.label).toHaveLength(80);
  });
});
