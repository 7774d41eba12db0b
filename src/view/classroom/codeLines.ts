import { CODE_PREFIX } from '../../replays/resultCode';

/** One pasted line: who handed it in (as typed, or "line 3") and the code itself. */
export interface CodeLine {
  /** 1-based line number in the pasted text. */
  line: number;
  label: string;
  code: string;
}

const MAX_LABEL_CHARS = 80;

/**
 * The teacher's paste: one code per line, optionally "name: code" (names may contain colons and
 * spaces; everything before the code's "BR1-" is the name). Blank lines are skipped. A line without
 * "BR1-" is still returned (the check then says what is wrong with it) so nothing is dropped silently.
 */
export function parseCodeLines(text: string): CodeLine[] {
  const out: CodeLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const at = line.indexOf(CODE_PREFIX);
    let name: string;
    let code: string;
    if (at >= 0) {
      name = line.slice(0, at);
      code = line.slice(at);
    } else {
      const colon = line.lastIndexOf(':');
      name = colon >= 0 ? line.slice(0, colon) : '';
      code = colon >= 0 ? line.slice(colon + 1) : line;
    }
    // Codes never contain spaces, so a code broken by a chat client's wrapping is joined up again.
    code = code.replace(/\s+/g, '');
    name = name.replace(/[\s:;,\t-]+$/, '').replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_CHARS);
    out.push({ line: i + 1, label: name || `line ${i + 1}`, code });
  });
  return out;
}
