/**
 * The generated sections of a doc sit between two comments that name what they hold:
 *
 *   <!-- BEGIN GENERATED machine:instance (npm run docs:gen) -->
 *   …replaced on every run…
 *   <!-- END GENERATED machine:instance -->
 *
 * Everything outside them is hand-written and kept as it is.
 */

const BEGIN = /^<!-- BEGIN GENERATED (\S+)(?: [^\n]*)? -->$/;
const END = /^<!-- END GENERATED (\S+) -->$/;

export interface Filled {
  readonly text: string;
  /** The keys of the sections, in the order they appear. */
  readonly keys: readonly string[];
}

/**
 * Replaces the body of every generated section of `text` with `render(key)`. Throws, naming the file
 * and line, on a section that is not closed, closed with another key, or nested in another.
 */
export function fillGenerated(text: string, file: string, render: (key: string) => string): Filled {
  const lines = text.split('\n');
  const out: string[] = [];
  const keys: string[] = [];
  let open: { key: string; line: number } | null = null;
  for (const [i, line] of lines.entries()) {
    const begin = BEGIN.exec(line);
    const end = END.exec(line);
    if (begin) {
      if (open) throw new Error(`${file}:${i + 1}: a generated section starts inside "${open.key}" (line ${open.line}); close that one first`);
      open = { key: begin[1]!, line: i + 1 };
      keys.push(open.key);
      // Blank lines around the body: Markdown then reads it as blocks of its own, whatever it holds.
      out.push(line, '', ...render(open.key).split('\n'), '');
    } else if (end) {
      if (!open || open.key !== end[1]) throw new Error(`${file}:${i + 1}: "END GENERATED ${end[1]}" closes no open section of that name`);
      open = null;
      out.push(line);
    } else if (!open) {
      out.push(line);
    }
  }
  if (open) throw new Error(`${file}:${open.line}: generated section "${open.key}" is never closed (add <!-- END GENERATED ${open.key} -->)`);
  return { text: out.join('\n'), keys };
}
