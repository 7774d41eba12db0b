/**
 * Okabe–Ito, the colour-blind-safe palette the DOM UI uses too (styles.css). Colour is never the
 * only cue: every state also has a shape and a word.
 */
export const OKABE_ITO = {
  orange: 0xe69f00,
  skyBlue: 0x56b4e9,
  green: 0x009e73,
  yellow: 0xf0e442,
  blue: 0x0072b2,
  vermillion: 0xd55e00,
  purple: 0xcc79a7,
} as const;

/** Board chrome, matching the page's dark theme. */
export const INK = {
  background: 0x121821,
  region: 0x1a2230,
  regionEdge: 0x3a4660,
  zone: 0x1f2838,
  subnet: 0x243045,
  data: 0x2a2a3e,
  text: 0xeef1f6,
  muted: 0xa9b3c3,
  dark: 0x10151d,
  grey: 0x8c96a5,
  focus: 0xf0e442,
} as const;

export const css = (c: number): string => `#${c.toString(16).padStart(6, '0')}`;
