/** Says something to screen readers: `status` politely, `alert` (urgent) at once. */
export type Announce = (text: string, urgent?: boolean) => void;

/** Anything with text: the page's live regions (or a stand-in in a test). */
export interface TextLine {
  textContent: string | null;
}

export interface Announcer {
  announce: Announce;
  /**
   * Which run's screens are up now (its run number; null for every other screen). Lines said while
   * another run was on screen are taken down: a line from an earlier run ("use1-az2 down…") must not
   * sit above a fresh run or the teacher's Class results, where it tells the class something false.
   */
  showRun(run: number | null): void;
  /** Takes a line down if it still says exactly this (its news no longer holds). */
  withdraw(text: string): void;
}

/**
 * The page's two live regions (index.html's #status and #alert). They are visible lines in the
 * header too, so each remembers the run it was said in, and goes when that run leaves the screen.
 */
export function createAnnouncer(status: TextLine, alert: TextLine): Announcer {
  let shown: number | null = null;
  const lines = [
    { el: status, run: null as number | null },
    { el: alert, run: null as number | null },
  ];
  const clear = (line: (typeof lines)[number]) => {
    line.el.textContent = '';
    line.run = null;
  };
  return {
    announce(text, urgent = false) {
      const line = lines[urgent ? 1 : 0]!;
      line.el.textContent = text;
      line.run = shown;
    },
    showRun(run) {
      shown = run;
      for (const line of lines) if (line.run !== null && line.run !== run) clear(line);
    },
    withdraw(text) {
      for (const line of lines) if (line.el.textContent === text) clear(line);
    },
  };
}
