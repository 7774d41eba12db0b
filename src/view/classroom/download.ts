import { h } from '../dom/h';

/** How long a download's object URL stays valid (the link beside the button keeps working until then). */
const URL_LIFETIME_MS = 5 * 60_000;

/**
 * Saves `text` as a file: a Blob behind an object URL, offered through an `<a download>` link that
 * is clicked at once. The link is returned so the page can also show it (some browsers ask first).
 */
export function downloadText(fileName: string, text: string, mime: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([text], { type: mime }));
  const link = h('a', { href: url, download: fileName, class: 'download-link' }, fileName);
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), URL_LIFETIME_MS);
  return link;
}

/** A file name made safe for every OS: "blast-radius-spare-tyre-seed-1.replay.json". */
export function safeFileName(...parts: (string | number)[]): string {
  return parts
    .map((p) => String(p).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, ''))
    .filter((p) => p !== '')
    .join('-');
}
