/** Small Markdown helpers for the generated sections of docs/ (scripts/docs/generateDocs.ts). */

/** Inline code. A value with a backtick would break out of it; none of ours has one, so refuse it loudly. */
export function code(text: string): string {
  if (text.includes('`')) throw new Error(`cannot put ${JSON.stringify(text)} in inline code`);
  return `\`${text}\``;
}

/** One table cell: a "|" would end the cell and a newline the row. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** A Markdown table; every cell is escaped. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(header), `|${header.map(() => '---').join('|')}|`, ...rows.map(line)].join('\n');
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number as the docs write it: 86,400; −1 (a real minus sign); powers of ten from a million up
 * as 10⁹, because the command schemas use ±10⁹ to mean "any number, check() says the range".
 */
export function formatNumber(n: number): string {
  const sign = n < 0 ? '−' : '';
  const abs = Math.abs(n);
  const exponent = Math.log10(abs);
  if (abs >= 1e6 && Number.isInteger(exponent)) return `${sign}10${[...String(exponent)].map((d) => SUPERSCRIPT[Number(d)]).join('')}`;
  return `${sign}${abs.toLocaleString('en-US', { maximumFractionDigits: 6 })}`;
}

/** Seconds as the docs write a duration: "600 s (10 min)", "7,200 s (2 h)". */
export function formatSeconds(seconds: number): string {
  const plain = `${formatNumber(seconds)} s`;
  if (seconds >= 3600 && seconds % 3600 === 0) return `${plain} (${seconds / 3600} h)`;
  if (seconds >= 60 && seconds % 60 === 0) return `${plain} (${seconds / 60} min)`;
  return plain;
}
