import type { Locator, Page } from '@playwright/test';

/**
 * How many different colours a board canvas shows on screen (each channel rounded to 16 levels):
 * 1 for a blank canvas, dozens for a drawn board. The pixels come from a screenshot, as a person
 * sees them (a WebGL canvas cannot be read back once its frame is presented), decoded by the page.
 */
export async function drawnColours(page: Page, canvas: Locator): Promise<number> {
  const png = (await canvas.screenshot()).toString('base64');
  return page.evaluate(async (data) => {
    const img = new Image();
    img.src = `data:image/png;base64,${data}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const px = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < px.length; i += 4) seen.add(((px[i]! >> 4) << 8) | ((px[i + 1]! >> 4) << 4) | (px[i + 2]! >> 4));
    return seen.size;
  }, png);
}
