import type { SimEventType } from '../sim';

/**
 * The sounds the game can play, by name. Both the view (each service kind's descriptor says which
 * of its events sound which cue) and the audio (which file each cue is, how often it may play) use
 * these names, and neither may import the other, so the names live one layer below both.
 */
export const CUES = ['launch', 'terminate', 'alarm', 'outage', 'recovery', 'win', 'lose', 'uiClick', 'uiError'] as const;
export type Cue = (typeof CUES)[number];

/**
 * Which cue each simulation event sounds; an event not listed is silent. src/view/services builds
 * it from the descriptors and src/app hands it to the sound board.
 */
export type EventCues = Readonly<Partial<Record<SimEventType, Cue>>>;
