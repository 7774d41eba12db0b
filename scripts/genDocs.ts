/**
 * Rewrites the generated sections of docs/model.md (lifecycle state tables) and docs/commands.md
 * (commands and fault kinds) from the machines and definitions in src/sim. `npm run docs:gen`;
 * tests/unit/docs/generatedDocs.test.ts fails while a committed doc is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GENERATED_DOCS, generateDoc } from './docs/generateDocs';

for (const path of GENERATED_DOCS) {
  const file = fileURLToPath(new URL(`../${path}`, import.meta.url));
  const before = readFileSync(file, 'utf8');
  const after = generateDoc(path, before);
  if (after === before) {
    console.log(`${path}: up to date`);
  } else {
    writeFileSync(file, after);
    console.log(`${path}: rewritten`);
  }
}
