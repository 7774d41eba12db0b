import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Schema } from '../../../src/shared/schema/dsl';
import { levelJsonSchemaText } from '../../../src/levels/schema/levelJsonSchema';
import { levelSchema } from '../../../src/levels/schema/levelSchema';
import { didYouMean, editDistance } from '../../../src/shared/schema/didYouMean';
import { formatPath } from '../../../src/shared/schema/jsonPath';
import { parsePath, type LevelJson } from './helpers';

describe('levels/level.schema.json', () => {
  it('is what the generator writes today (run `npx tsx scripts/genLevelSchema.ts` after changing the format)', () => {
    const onDisk = readFileSync(new URL('../../../levels/level.schema.json', import.meta.url), 'utf8');
    expect(onDisk).toBe(levelJsonSchemaText());
  });

  it('is draft 2020-12, closed, and allows $schema and formatVersion 2 at the top', () => {
    const schema = JSON.parse(levelJsonSchemaText()) as LevelJson;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.$schema.type).toBe('string');
    expect(schema.properties.formatVersion.const).toBe(2);
    expect(schema.required).toContain('formatVersion');
    expect(schema.properties.traffic.properties.curves.items.allOf).toHaveLength(4);
    expect(schema.properties.estate.properties.loadBalancers.items.properties.crossZone.default).toBe(true);
  });
});

describe('the level format description', () => {
  it('describes every field, so editors and docs have something to show', () => {
    const undescribed: string[] = [];
    const visit = (s: Schema, path: string): void => {
      if (s.description.trim().length < 5) undescribed.push(path);
      if (s.type === 'array') visit(s.items, `${path}[]`);
      if (s.type === 'object') for (const [k, f] of Object.entries(s.fields)) visit(f.schema, `${path}.${k}`);
      if (s.type === 'union') for (const [k, v] of Object.entries(s.variants)) visit(v, `${path}<${k}>`);
    };
    visit(levelSchema, '');
    expect(undescribed).toEqual([]);
  });
});

describe('paths and suggestions', () => {
  it('formats JSON paths and quotes names that are not identifiers', () => {
    expect(formatPath(['faults', 'scheduled', 1, 'target'])).toBe('faults.scheduled[1].target');
    expect(formatPath([])).toBe('');
    expect(formatPath([3, 'a b', '$schema'])).toBe('[3]["a b"].$schema');
    expect(formatPath(['estate', 'x'.repeat(201), 'y'])).toBe('estate');
    expect(parsePath('[3]["a b"].$schema')).toEqual([3, 'a b', '$schema']);
  });

  it('suggests close names, ignoring case and counting a swap as one edit', () => {
    expect(editDistance('zoen', 'zone')).toBe(1);
    expect(didYouMean('zoen', ['zone', 'zones', 'type'])).toBe('zone');
    expect(didYouMean('SPIKEPCT', ['spikePct'])).toBe('spikePct');
    expect(didYouMean('colour', ['curves', 'noisePct'])).toBeUndefined();
    expect(didYouMean('x'.repeat(1000), ['x'])).toBeUndefined();
  });
});
