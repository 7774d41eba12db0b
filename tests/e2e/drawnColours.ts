import type { Locator, Page } from '@playwright/test';

/**
 * What a board canvas shows on screen, read from a screenshot as a person sees it (a WebGL canvas
 * cannot be read back once its frame is presented), decoded by the page: with no target, how many
 * different colours (each channel rounded to 16 levels: 1 for a blank canvas, dozens for a drawn
 * board); with a target colour, how many pixels are within `tolerance` of it.
 */
async function readCanvas(page: Page, canvas: Locator, target: { rgb: readonly [number, number, number]; tolerance: readonly [number, number, number] } | null): Promise<number> {
  const png = (await canvas.screenshot()).toString('base64');
  return page.evaluate(
    async ({ data, target }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${data}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const px = ctx.getImageData(0, 0, c.width, c.height).data;
      if (target) {
        let n = 0;
        for (let i = 0; i < px.length; i += 4) if ([0, 1, 2].every((k) => Math.abs(px[i + k]! - target.rgb[k]!) < target.tolerance[k]!)) n++;
        return n;
      }
      const seen = new Set<number>();
      for (let i = 0; i < px.length; i += 4) seen.add(((px[i]! >> 4) << 8) | ((px[i + 1]! >> 4) << 4) | (px[i + 2]! >> 4));
      return seen.size;
    },
    { data: png, target },
  );
}

/** How many different colours a board canvas shows on screen. */
export const drawnColours = (page: Page, canvas: Locator): Promise<number> => readCanvas(page, canvas, null);

/** How many of the canvas's on-screen pixels are near `rgb` (per channel within `tolerance`). */
export const colourPixels = (page: Page, canvas: Locator, rgb: readonly [number, number, number], tolerance: readonly [number, number, number]): Promise<number> =>
  readCanvas(page, canvas, { rgb, tolerance });
