import { object, oneOf, optional, required } from '../../../shared/schema/dsl';
import { idField } from '../../../shared/schema/fields';
import { DR_POSTURES } from './constants';

export const drEstate = {
  dr: optional(
    object(
      {
        posture: required(oneOf(DR_POSTURES, { description: 'The disaster-recovery strategy already in place.', noun: 'DR posture' })),
        primaryRegion: required(idField('The Region that serves normally.')),
        drRegion: required(idField('The Region to recover into; not the primary.')),
      },
      { description: 'A disaster-recovery posture in place at the start.' },
    ),
  ),
} as const;
