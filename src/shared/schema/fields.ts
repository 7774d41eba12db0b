import { LEVEL_LIMITS as L } from '../levelLimits';
import { array, integer, number, string } from './dsl';

/** The field shapes every part of the level format shares: ids, seconds, percents. */

export const ID_PATTERN = {
  regex: '^[A-Za-z0-9][A-Za-z0-9._-]*$',
  noun: 'id',
  says: 'ids use letters, digits, ".", "_" and "-", and start with a letter or digit',
};

const DAYS_30 = '30 days';

export const idField = (description: string) => string({ description, maxLength: L.idLength, minLength: 1, pattern: ID_PATTERN });
export const secondsField = (description: string, min = 0) => integer({ description, min, max: L.durationSeconds, maxSays: DAYS_30 });
export const percentField = (description: string) => number({ description, min: 0, max: 100 });
export const rpsField = (description: string) => number({ description, min: 0, max: 1_000_000 });
export const zoneListField = (description: string) => array(idField('An Availability Zone id of this Region.'), { description, minItems: 1, maxItems: L.zonesPerRegion });
