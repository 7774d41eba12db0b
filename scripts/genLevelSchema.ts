/**
 * Writes levels/level.schema.json from the one description of the level format
 * (src/levels/schema/levelSchema.ts). Run after changing the format: `npx tsx scripts/genLevelSchema.ts`.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { levelJsonSchemaText } from '../src/levels/schema/levelJsonSchema';

const target = fileURLToPath(new URL('../levels/level.schema.json', import.meta.url));
writeFileSync(target, levelJsonSchemaText());
console.log(`wrote ${target}`);
