import { describe, expect, it } from 'vitest';
import { boardStructure } from '../../../src/view/board/layout/boardStructure';
import { layoutBoard } from '../../../src/view/board/layout/layoutBoard';
import { BAR_FRAMES, BAR_STEPS, tileFrame } from '../../../src/view/services/instance/tileLook';
import { measureFlows } from '../../../src/view/board/model/measureFlows';
import { flowLineSignature, flowSignature } from '../../../src/view/board/scene/flowLines';
import { benchWorld, LAPTOP } from './worlds';

describe('flow lines', () => {
  it('keep their drawing through request-rate noise that only changes a label', () => {
    const world = benchWorld(300, 120);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const flows = measureFlows(world);
    const noisy = { ...flows, lbZoneRps: new Map([...flows.lbZoneRps].map(([k, v]) => [k, v * 1.04])) };
    expect(flowLineSignature(world, noisy, l)).toBe(flowLineSignature(world, flows, l));
    expect(flowSignature(noisy)).not.toBe(flowSignature(flows));
  });

  it('are redrawn when an AZ they feed goes dark', () => {
    const world = benchWorld(300, 120);
    const l = layoutBoard(boardStructure(world), LAPTOP);
    const flows = measureFlows(world);
    const before = flowLineSignature(world, flows, l);
    world.zones[0]!.state = 'down';
    expect(flowLineSignature(world, flows, l)).not.toBe(before);
  });
});

describe('tile frame names', () => {
  it('are built once and match the atlas naming', () => {
    expect(tileFrame('running', false)).toBe('running');
    expect(tileFrame('warming', true)).toBe('warming-spot');
    expect(tileFrame('pending', true)).toBe(tileFrame('pending', true));
    expect(BAR_FRAMES).toHaveLength(BAR_STEPS + 1);
    expect(BAR_FRAMES[BAR_STEPS]).toBe(`bar-${BAR_STEPS}`);
  });
});
