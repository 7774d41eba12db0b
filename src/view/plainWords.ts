import { COMMAND_TYPES, FAULT_KINDS } from '../sim';
import { faultName } from './debrief/faultNames';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (names: readonly string[]): string => [...names].sort((a, b) => b.length - a.length).map(escape).join('|');

/** " (dr.setPosture)": a command type the simulation names for script authors, in parentheses. */
const AUTHOR_NOTE = new RegExp(`\\s*\\((?:${alternatives(COMMAND_TYPES)})\\)`, 'g');
/** A fault kind ("zone.powerInterruption") standing alone. */
const FAULT_KIND = new RegExp(`(?<![\\w.])(?:${alternatives(FAULT_KINDS)})(?![\\w.])`, 'g');
/** "region.failOver: " — how a command.rejected event's detail starts. */
const REFUSED_TYPE = new RegExp(`^(?:${alternatives(COMMAND_TYPES)}|undefined): `);

/** "AZ power interruption", "instance terminated": a name in the middle of a sentence. */
const inSentence = (name: string): string => (/^[A-Z][a-z]/.test(name) ? name[0]!.toLowerCase() + name.slice(1) : name);

/**
 * Text the simulation wrote (a refusal's reason, an event's detail) as a player reads it. The
 * simulation writes for script authors and the command line too, and its words are part of its
 * events (so of the determinism hashes): the view translates rather than the simulation changing.
 * A command type named in parentheses for authors is left out ("set a DR posture first
 * (dr.setPosture)"), and a fault kind becomes its name ("fault: zone.powerInterruption" →
 * "fault: AZ power interruption").
 */
export function plainWords(text: string): string {
  return text.replace(AUTHOR_NOTE, '').replace(FAULT_KIND, (kind) => inSentence(faultName(kind)));
}

/** A command.rejected event's detail ("region.failOver: set a DR posture first (dr.setPosture)") as its reason in plain words. */
export function refusalWords(detail: string): string {
  return plainWords(detail.replace(REFUSED_TYPE, ''));
}
