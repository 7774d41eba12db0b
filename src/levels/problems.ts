/** Level files report problems with the shared schema's problem list (src/shared/schema/problems.ts). */
export { formatProblem, ProblemList, type LevelProblem } from '../shared/schema/problems';
