/** Lifecycle states as a shape and a word, never colour alone. */
export const STATE_GLYPH: Record<string, string> = {
  pending: '◔ pending',
  running: '● running',
  rebooting: '↻ rebooting',
  stopping: '◑ stopping',
  stopped: '○ stopped',
  shuttingDown: '◌ shutting down',
  terminated: '✕ terminated',
  available: '● available',
  impaired: '▲ impaired',
  down: '✖ down',
  recovering: '◔ recovering',
  failingOver: '⇄ failing over',
  restoring: '◔ restoring',
  promoting: '⇧ promoting',
};
