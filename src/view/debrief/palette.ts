/** Okabe–Ito, the colour-blind-safe palette the whole game uses; a second series also gets a dash. */
export const PALETTE = {
  blue: '#0072B2',
  orange: '#E69F00',
  green: '#009E73',
  vermillion: '#D55E00',
  sky: '#56B4E9',
  purple: '#CC79A7',
  yellow: '#F0E442',
} as const;
