/**
 * Graphics commands that only set a style, with how many arguments follow each (Phaser's
 * gameobjects/graphics/Commands.js: LINE_STYLE 6, FILL_STYLE 7); anything else draws.
 */
const STYLE_ARGS = new Map([
  [6, 3],
  [7, 2],
]);

/**
 * Whether a Graphics' command buffer draws anything. A cleared Graphics keeps its default styles,
 * so a non-empty buffer is not enough: it draws only if some other command follows them.
 */
export function drawsSomething(g: { commandBuffer: readonly unknown[] }): boolean {
  const b = g.commandBuffer;
  for (let i = 0; i < b.length; ) {
    const args = STYLE_ARGS.get(b[i] as number);
    if (args === undefined) return true;
    i += 1 + args;
  }
  return false;
}
