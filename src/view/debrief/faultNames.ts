import { faultView } from '../services/registry';

/** A fault kind in plain words (incident list, HUD), as its service view names it. */
export function faultName(kind: string): string {
  return faultView(kind)?.long ?? kind;
}

/** A fault kind as a short chart-marker label. */
export function faultShortName(kind: string): string {
  return faultView(kind)?.short ?? kind;
}
