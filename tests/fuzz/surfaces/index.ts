import type { Surface } from '../surface';
import { classCodes } from './classCodes';
import { deepLink } from './deepLink';
import { levelLink } from './levelLink';
import { levelSchemaSurface } from './levelSchema';
import { levelText } from './levelText';
import { progress } from './progress';
import { replay } from './replay';
import { resultCode } from './resultCode';
import { settings } from './settings';

/** The runner only hands a surface inputs from its own `inputs`, so forgetting their type is safe. */
const erase = <I>(surface: Surface<I>): Surface<unknown> => surface as unknown as Surface<unknown>;

/** Every input the game reads from outside, cheapest first. */
export const SURFACES: readonly Surface<unknown>[] = [deepLink, settings, progress, levelText, levelSchemaSurface, levelLink, replay, resultCode, classCodes].map(erase);
