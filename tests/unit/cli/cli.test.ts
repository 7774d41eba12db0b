import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Runs one of the project's CLIs the way npm does (tsx), and returns exit code and output. */
function run(script: string, args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', `scripts/${script}.ts`, ...args], { encoding: 'utf8', timeout: 120_000 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'br-cli-'));

describe('npm run sim', () => {
  it('prints one JSON object with every field', () => {
    const r = run('sim', ['levels/campaign/04-spare-tyre.json', '--seed', '1', '--script', 'levels/solutions/spare-tyre.win.json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['level', 'seed', 'simSeconds', 'uptimePct', 'requestSuccessPct', 'dataLostSeconds', 'costUsd', 'ledger', 'stars', 'outcome', 'hash', 'incidents', 'commandsRejected']);
    expect(out).toMatchObject({ level: 'spare-tyre', seed: 1, simSeconds: 10800, stars: 3, outcome: 'won', commandsRejected: [] });
    // The power cut, from fault to the first good minute, as the debrief's timeline tells it.
    expect(out.incidents).toEqual([
      expect.objectContaining({
        title: expect.stringMatching(/^AZ power interruption: use1-az[123]$/),
        faults: [{ kind: 'zone.powerInterruption', target: expect.stringMatching(/^use1-az[123]$/) }],
        startSeconds: 3600,
        detected: { atSeconds: 3600, what: expect.any(String) },
        outcome: 'recovered',
        mttdSeconds: 0,
      }),
    ]);
  });

  it('lists every command the simulation refused, with its second and reason', () => {
    const r = run('sim', ['levels/campaign/08-parachute.json', '--seed', '1', '--script', 'levels/solutions/parachute.lose.json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as { commandsRejected: unknown[]; outcome: string };
    expect(out.outcome).toBe('lost');
    expect(out.commandsRejected).toEqual([{ atSeconds: 19920, reason: 'region.failOver: set a DR posture first (dr.setPosture)' }]);
  });

  it('gives a clear message and exit code 2 for bad input, never a stack trace', () => {
    const badLevel = join(dir, 'bad.json');
    writeFileSync(badLevel, '{"formatVersion": 1, "id": "x"');
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, ' '.repeat(17 * 1024 * 1024));
    const cases: [string[], RegExp][] = [
      [['nope.json'], /^cannot read level file "nope.json": no such file\n$/],
      // The documented limit is 1 MB: a 17 MB file was refused with "the limit is 16 MB".
      [[huge], /huge\.json: the level file is 17\.0 MB; the limit is 1 MB \(a level is a few kilobytes; is this the right file\?\)\n$/],
      [[badLevel], /bad\.json: not valid JSON at line 1, column 31: the file ends before the "\{" at line 1, column 1 is closed \(add the missing "\}"\)/],
      [['levels/sandbox.json', '--seed', '-3'], /^--seed must be a whole number from 0 to 4294967295 \(got "-3"\)\n$/],
      [['levels/sandbox.json', '--bogus', '1'], /^unknown option --bogus/],
    ];
    for (const [args, message] of cases) {
      const r = run('sim', args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });
});

describe('npm run sim: the work budget', () => {
  it('refuses a level too long to simulate, and runs it when an author raises the budget with --max-seconds', () => {
    const level = JSON.parse(readFileSync('levels/sandbox.json', 'utf8')) as { durationSeconds: number; objectives: { budgetUsd?: number }; par?: unknown };
    // Just over the budget: about a quarter more simulation than the 400,000 work-seconds allowed.
    level.durationSeconds = 400_000;
    level.objectives.budgetUsd = 9_000_000;
    delete level.par;
    const file = join(dir, 'long.json');
    writeFileSync(file, JSON.stringify(level));
    const refused = run('sim', [file]);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/durationSeconds: simulating this level is too much work for one run: .* --max-seconds (\d+) allows it\)\n$/);
    const allowance = /--max-seconds (\d+) allows it/.exec(refused.stderr)![1]!;
    const ran = run('sim', [file, '--max-seconds', allowance]);
    expect(ran.status, ran.stderr).toBe(0);
    expect(JSON.parse(ran.stdout)).toMatchObject({ simSeconds: 400_000 });
    expect(run('sim', [file, '--max-seconds', 'lots']).stderr).toMatch(/^--max-seconds must be a whole number of work-seconds \(got "lots"\)\n$/);
  });
});

describe('npm run replay -- verify', () => {
  const replayFile = join(dir, 'run.json');
  const made = run('sim', ['levels/campaign/04-spare-tyre.json', '--seed', '1', '--script', 'levels/solutions/spare-tyre.win.json', '--replay-out', replayFile]);

  it('re-simulates a replay written by sim --replay-out and prints the same result', () => {
    expect(made.status).toBe(0);
    const r = run('replay', ['verify', replayFile]);
    expect(r.status).toBe(0);
    // sim adds what happened (incidents, refused commands) after the figures a replay records.
    const { incidents: _i, commandsRejected: _c, ...figures } = JSON.parse(made.stdout) as Record<string, unknown>;
    expect(r.stdout).toBe(`${JSON.stringify(figures)}\n`);
  });

  it('rejects truncated, reordered, re-seeded and edited replays, naming what is wrong', () => {
    const text = readFileSync(replayFile, 'utf8');
    const write = (name: string, body: string) => {
      const f = join(dir, name);
      writeFileSync(f, body);
      return f;
    };
    const json = () => JSON.parse(text) as { seed: number; commands: { atSeconds: number }[]; result: { costUsd: number } };
    const reordered = json();
    reordered.commands.reverse();
    const reseeded = json();
    reseeded.seed = 9;
    const edited = json();
    edited.result.costUsd = 0.01;
    const cases: [string, RegExp][] = [
      [write('truncated.json', text.slice(0, text.length / 2)), /the replay is truncated/],
      [write('reordered.json', JSON.stringify(reordered)), /the commands were reordered/],
      [write('reseeded.json', JSON.stringify(reseeded)), /it was re-seeded/],
      [write('edited.json', JSON.stringify(edited)), /result\.costUsd: recorded 0\.01, but re-simulating gives [\d.]+ — the result was edited/],
    ];
    for (const [file, message] of cases) {
      const r = run('replay', ['verify', file]);
      expect(r.status, file).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
  });
});

describe('npm run levels:check', () => {
  it('warns, without failing, when a level\'s text names a command as the code spells it', () => {
    const level = JSON.parse(readFileSync('levels/sandbox.json', 'utf8')) as Record<string, unknown>;
    const file = join(mkdtempSync(join(tmpdir(), 'br-levels-')), 'wordy.json');
    writeFileSync(file, JSON.stringify({ ...level, $schema: undefined, id: 'wordy', briefing: 'Set a posture first (dr.setPosture).' }));
    const r = run('levelsCheck', [file]);
    expect(r.stdout).toContain('⚠ briefing: "dr.setPosture" is how the code spells it; write what players see instead');
    expect(r.status).toBe(0);
  });
});
