/** Says something to screen readers: `status` politely, `alert` (urgent) at once. */
export type Announce = (text: string, urgent?: boolean) => void;

/** The page's two live regions (index.html's #status and #alert) as one function. */
export function createAnnouncer(status: HTMLElement, alert: HTMLElement): Announce {
  return (text, urgent = false) => {
    (urgent ? alert : status).textContent = text;
  };
}
