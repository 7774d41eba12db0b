/** A small, strict argument parser for the project's CLIs: unknown flags are errors, not ignored. */
export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string>;
}

export function parseArgs(argv: readonly string[], valued: readonly string[]): ParsedArgs | string {
  const positional: string[] = [];
  const flags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (!valued.includes(name)) return `unknown option --${name} (options: ${valued.map((v) => `--${v}`).join(', ')})`;
    const value = inline ?? argv[++i];
    if (value === undefined) return `--${name} needs a value`;
    flags.set(name, value);
  }
  return { positional, flags };
}
