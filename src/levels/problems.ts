/** Level files report problems with the shared schema's problem list (src/shared/schema/problems.ts). */
export { formatProblem, ProblemList, type LevelProblem } from '../shared/schema/problems';

/**
 * A problem line under a heading that already names its file: "formatVersion: required …" rather
 * than the file's path a second time. Lines about other files (a solution script) keep theirs.
 */
export function underFile(line: string, file: string): string {
  const own = `${file} › `;
  if (line.startsWith(own)) return line.slice(own.length);
  return line.startsWith(`${file}: `) ? line.slice(file.length + 2) : line;
}
