import type { SessionMode } from './spec';

export interface SessionSlice {
  sessions: { mode: SessionMode };
}
