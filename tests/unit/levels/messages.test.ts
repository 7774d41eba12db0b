import { describe, expect, it } from 'vitest';
import { parseLevel, parseLevelText } from '../../../src/levels/parseLevel';
import { formatProblem, underFile } from '../../../src/levels/problems';
import { BASE_TEXT, expectOk, messages, problemsAfter, SANDBOX_FILE, SANDBOX_TEXT, sandbox } from './helpers';

/**
 * The exact sentence an author reads for each kind of mistake, pinned: a change to any of them is
 * a change to the authoring experience and should be made on purpose. Each case changes one thing
 * in the sandbox level and must produce exactly these problems.
 */
const X = 'levels/x.json';

describe('the sandbox level', () => {
  it('parses with no problems, from the object and from the text', () => {
    expectOk(parseLevel(sandbox(), SANDBOX_FILE));
    expectOk(parseLevelText(SANDBOX_TEXT, SANDBOX_FILE));
  });

  it('comes back as a fresh Scenario with only known fields (no $schema)', () => {
    const input = sandbox();
    const result = parseLevel(input, SANDBOX_FILE);
    if (!result.ok) throw new Error('sandbox must parse');
    expect(result.scenario).not.toBe(input);
    expect(result.scenario.estate).not.toBe(input.estate);
    expect(result.scenario.regions[0]).not.toBe(input.regions[0]);
    expect('$schema' in result.scenario).toBe(false);
    const { $schema: _, ...rest } = input;
    expect(result.scenario).toEqual(rest);
  });
});

describe('shape problems', () => {
  it('an unknown field, with a did-you-mean', () => {
    expect(
      problemsAfter((l) => {
        l.estate.instances[0].zoen = l.estate.instances[0].zone;
        delete l.estate.instances[0].zone;
      }),
    ).toEqual([
      `${X} › estate.instances[0].zoen: unknown field (did you mean "zone"?)`,
      `${X} › estate.instances[0].zone: required field is missing (add it: the Availability Zone it runs in)`,
    ]);
  });

  it('an unknown field with nothing close lists the fields that are allowed', () => {
    expect(problemsAfter((l) => (l.traffic.colour = 'red'))).toEqual([
      `${X} › traffic.colour: unknown field (fields here: curves, noisePct, writePct, sessionPct, bytesPerRequest, serviceMs, latencySloMs)`,
    ]);
  });

  it('a wrong type, with a quoted number told to lose its quotes', () => {
    expect(problemsAfter((l) => (l.durationSeconds = '2 hours'))).toEqual([`${X} › durationSeconds: expected a whole number, got a string ("2 hours")`]);
    expect(problemsAfter((l) => (l.objectives.slaPct = '99'))).toEqual([`${X} › objectives.slaPct: expected a number, got a string ("99") (remove the quotes: 99)`]);
    expect(problemsAfter((l) => (l.regions = { id: 'us-east-1' }))).toEqual([`${X} › regions: expected a list, got an object`]);
  });

  it('an empty list that needs items', () => {
    expect(problemsAfter((l) => (l.regions = []))).toEqual([`${X} › regions: must not be empty (add one: an AWS Region and its Availability Zones)`]);
  });

  it('only a real JSON number is told to lose its quotes', () => {
    expect(problemsAfter((l) => (l.speed = '0x10'))).toEqual([`${X} › speed: expected a number, got a string ("0x10")`]);
  });

  it('a missing field: the path names the field', () => {
    expect(problemsAfter((l) => delete l.objectives)).toEqual([
      `${X} › objectives: required field is missing (add it: how the run is judged: uptime, cost and recovery targets)`,
    ]);
  });

  it('a bad enum value lists the allowed values', () => {
    expect(problemsAfter((l) => (l.estate.instances[0].purchase = 'reserved'))).toEqual([
      `${X} › estate.instances[0].purchase: "reserved" is not a purchase option (allowed: onDemand, spot)`,
    ]);
    expect(problemsAfter((l) => (l.faults.scheduled[0].kind = 'zone.powerInteruption'))).toEqual([
      `${X} › faults.scheduled[0].kind: "zone.powerInteruption" is not a fault kind (allowed: zone.powerInterruption, zone.insufficientCapacity, region.outage, instance.terminate, instance.stop, instance.reboot, instance.spotInterruption, instance.greyFailure, database.primaryFailure, traffic.spike) (did you mean "zone.powerInterruption"?)`,
    ]);
  });

  it('a curve of an unknown kind', () => {
    expect(problemsAfter((l) => (l.traffic.curves[0].kind = 'daily'))).toEqual([
      `${X} › traffic.curves[0].kind: "daily" is not a known kind (allowed: steady, ramp, dailyWave, spike)`,
    ]);
  });

  it('a bad id', () => {
    expect(problemsAfter((l) => (l.estate.instances[0].id = 'web 1'))).toEqual([
      `${X} › estate.instances[0].id: "web 1" is not a valid id (ids use letters, digits, ".", "_" and "-", and start with a letter or digit)`,
    ]);
  });

  it('a non-finite number (1e309 parses to Infinity)', () => {
    const text = BASE_TEXT.replace('"peakRps": 160', '"peakRps": 1e309');
    expect(messages(parseLevelText(text, X))).toEqual([
      `${X} › traffic.curves[0].peakRps: must be a finite number, got Infinity (numbers as large as 1e309 overflow to Infinity)`,
    ]);
  });

  it('limits exceeded', () => {
    const many = Array.from({ length: 501 }, (_, i) => ({ id: `web-${i}`, zone: 'use1-az1', type: 't3.micro' }));
    expect(problemsAfter((l) => (l.estate.instances = many))).toEqual([`${X} › estate.instances: has 501 items; the limit is 500`]);
    expect(problemsAfter((l) => (l.durationSeconds = 31 * 86_400))).toEqual([`${X} › durationSeconds: must be at most 2592000 (30 days), got 2678400`]);
    expect(problemsAfter((l) => (l.briefing = 'x'.repeat(5000)))).toEqual([`${X} › briefing: is 5000 characters long; the limit is 4000`]);
    expect(problemsAfter((l) => (l.title = 'x'.repeat(201)))).toEqual([`${X} › title: is 201 characters long; the limit is 200`]);
  });
});

describe('meaning problems', () => {
  it('a zone that is not in the named Region lists that Region\'s zones', () => {
    expect(problemsAfter((l) => (l.estate.databases[0].zone = 'use1-az9'))).toEqual([
      `${X} › estate.databases[0].zone: "use1-az9" is not a zone of region "us-east-1" (zones: use1-az1, use1-az2, use1-az3) (did you mean "use1-az1"?)`,
    ]);
    expect(problemsAfter((l) => (l.estate.loadBalancers[0].zones[2] = 'usw2-az3'))).toEqual([
      `${X} › estate.loadBalancers[0].zones[2]: "usw2-az3" is not a zone of region "us-east-1" (zones: use1-az1, use1-az2, use1-az3) ("usw2-az3" is in region "us-west-2")`,
    ]);
  });

  it('a duplicate id points at the first use', () => {
    expect(problemsAfter((l) => (l.estate.instances[1].id = 'web-1'))).toEqual([
      `${X} › estate.instances[1].id: "web-1" is already used at estate.instances[0].id (ids must be unique across the whole level: Regions, zones, instances, load balancers, scaling groups, databases, replicas, queues and DNS endpoints)`,
    ]);
  });

  it('a fault outside the duration', () => {
    expect(problemsAfter((l) => (l.faults.scheduled[0].atSeconds = 7200))).toEqual([
      `${X} › faults.scheduled[0].atSeconds: starts at 7200 s, but the level ends at 7200 s (use a time below 7200, or lengthen durationSeconds)`,
    ]);
  });

  it('a budget smaller than the starting estate, with the estimate', () => {
    expect(problemsAfter((l) => (l.objectives.budgetUsd = 1))).toEqual([
      `${X} › objectives.budgetUsd: the starting estate alone costs about $1.38 over the level's 2 hours, more than the budget of $1.00 (raise budgetUsd to at least $1.38, or start with a smaller estate; estimate: compute $0.58, disks $0.01, loadBalancers $0.04, databases $0.68, sessionStore $0.07)`,
    ]);
  });

  it('a fault aimed at the wrong kind of thing says what the target is', () => {
    expect(problemsAfter((l) => (l.faults.scheduled[0].kind = 'instance.terminate'))).toEqual([
      `${X} › faults.scheduled[0].target: there is no instance "use1-az1" (instances: web-1, web-2, web-3) ("use1-az1" is a zone; instance.terminate needs an instance id)`,
    ]);
  });
});

describe('file problems', () => {
  it('bad JSON syntax, by line and column', () => {
    const text = BASE_TEXT.replace('"id": "sandbox",', '"id": "sandbox"');
    expect(messages(parseLevelText(text, X))).toEqual([
      `${X}: not valid JSON at line 5, column 3: expected "," or "}", found "\\"" (a comma is probably missing before it)`,
    ]);
    expect(messages(parseLevelText('{\n  "a": 1,\n}', X))).toEqual([`${X}: not valid JSON at line 3, column 1: a comma before "}" is not allowed in JSON (remove the last comma)`]);
    expect(messages(parseLevelText("{'a': 1}", X))).toEqual([`${X}: not valid JSON at line 1, column 2: expected a field name in double quotes, found "'" (JSON uses double quotes)`]);
    expect(messages(parseLevelText('{"a": tru}', X))).toEqual([
      `${X}: not valid JSON at line 1, column 7: unexpected word "tru" (text values need double quotes; the only bare words are true, false and null)`,
    ]);
    // A whole-file message always says what to do next (this one had no hint).
    expect(messages(parseLevelText('{"a": [1, 2}', X))).toEqual([`${X}: not valid JSON at line 1, column 12: expected "," or "]", found "}" (check the brackets, commas and quotes there; an editor that knows JSON marks the spot)`]);
    expect(messages(parseLevelText('{"a": "x\n"}', X))).toEqual([
      `${X}: not valid JSON at line 1, column 9: a string runs past the end of its line (close the string with ", or write a line break as \\n)`,
    ]);
    expect(messages(parseLevelText('', X))).toEqual([`${X}: not valid JSON at line 1, column 1: the file ends where a value should be (a level file is one object: { … })`]);
  });

  it('a byte-order mark at the start is fine', () => {
    expectOk(parseLevelText(`\uFEFF${SANDBOX_TEXT}`, SANDBOX_FILE));
  });

  it('a file over 1 MB is refused before parsing', () => {
    expect(messages(parseLevelText(' '.repeat(3 * 1024 * 1024), X))).toEqual([
      `${X}: file is 3 MB; the limit is 1 MB (a level is a few kilobytes; is this the right file?)`,
    ]);
    // Multi-byte characters count as the bytes they take on disk.
    expect(messages(parseLevelText(`"${'é'.repeat(600 * 1024)}"`, X))[0]).toMatch(/^levels\/x\.json: file is 1\.2 MB; the limit is 1 MB/);
    expect(messages(parseLevelText(' '.repeat(1024 * 1024 + 1), X))[0]).toMatch(/file is 1,048,577 bytes; the limit is 1 MB/);
  });

  it('a level from a newer game, and one without a version', () => {
    expect(problemsAfter((l) => (l.formatVersion = 3))).toEqual([
      `${X} › formatVersion: this level needs a newer Blast Radius (formatVersion 3; this game reads up to 2) (update the game, or open the level in the version it was made for)`,
    ]);
    expect(problemsAfter((l) => delete l.formatVersion)).toEqual([
      `${X} › formatVersion: required field is missing (add "formatVersion": 2 as the first field; it tells the game which version of the level format the file uses)`,
    ]);
  });

  it('the top level must be an object', () => {
    expect(messages(parseLevel([], X))).toEqual([`${X}: expected an object, got a list`]);
    expect(messages(parseLevel('level', X))).toEqual([`${X}: expected an object, got a string ("level")`]);
  });

  it('formatProblem leaves out what is empty', () => {
    expect(formatProblem({ file: 'a.json', path: 'x[1]', message: 'm', hint: 'h' })).toBe('a.json › x[1]: m (h)');
    expect(formatProblem({ file: 'a.json', path: '', message: 'm' })).toBe('a.json: m');
  });
});

describe('levels:check names each file once', () => {
  it('drops the file from a problem line under that file\'s heading, and keeps other files\' names', () => {
    expect(underFile('/tmp/lv/bad.json › formatVersion: required field is missing', '/tmp/lv/bad.json')).toBe('formatVersion: required field is missing');
    expect(underFile('/tmp/lv/bad.json: not valid JSON', '/tmp/lv/bad.json')).toBe('not valid JSON');
    expect(underFile('levels/solutions/x.win.json › [0]: bad', '/tmp/lv/bad.json')).toBe('levels/solutions/x.win.json › [0]: bad');
  });
});

describe('string limits count characters as JSON Schema does', () => {
  it('a title of 200 emoji is 200 characters (the game counted 400 UTF-16 units and refused what editors accept)', () => {
    expect(problemsAfter((l) => (l.title = '🔥'.repeat(200)))).toEqual([]);
    expect(problemsAfter((l) => (l.title = '🔥'.repeat(201)))).toEqual([`${X} › title: is 201 characters long; the limit is 200`]);
  });
});

describe('the work budget', () => {
  it('refuses a level too long to simulate in one run, naming the field and how to fix it (a 30-day level ran 13.6 s)', () => {
    const problems = problemsAfter((l) => {
      l.durationSeconds = 30 * 24 * 3600;
      l.objectives.budgetUsd = 9_000_000;
      delete l.par;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^levels\/x\.json › durationSeconds: simulating this level is too much work for one run: 2592000 s with an estate of \d+ .* the limit is 400,000 \(shorten durationSeconds to at most \d+ with this estate, or make the estate smaller; on the command line, --max-seconds \d+ allows it\)$/);
  });

  it('an author can raise it (the command line\'s --max-seconds)', () => {
    const level = sandbox();
    level.durationSeconds = 30 * 24 * 3600;
    level.objectives.budgetUsd = 9_000_000;
    delete level.par;
    expect(parseLevel(level, X, { maxWorkSeconds: 10_000_000 }).ok).toBe(true);
  });
});
