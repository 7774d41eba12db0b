import type { World } from '../../../sim';
import type { DatabaseNodeLayout } from '../../board/layout/boardLayout';
import { INK, OKABE_ITO } from '../../board/look/palette';

/** How a database node (primary P, standby S, read replica R) is drawn: a cylinder with a letter. */
export interface DatabaseNodeLook {
  /** null: outline only (down, or a standby still syncing). */
  fill: number | null;
  stroke: number;
  /** A standby still syncing, or a replica still being built, is dashed. */
  dashed: boolean;
  /** "P", "P✕" when down, "P⇄" while failing over … */
  letter: string;
}

type Node = Pick<DatabaseNodeLayout, 'databaseId' | 'nodeId' | 'role'>;

/** A node's role in words, beside it when the data band has room: "standby (syncing)", "replica (building)". */
export function databaseNodeRole(world: World, n: Node): string {
  if (n.role === 'P') return 'primary';
  const db = world.databases.find((d) => d.id === n.databaseId);
  if (n.role === 'R') return db?.replicas.find((x) => x.id === n.nodeId)?.state === 'creating' ? 'replica (building)' : 'replica';
  return db && db.standbyReadyTick > world.tick ? 'standby (syncing)' : 'standby';
}

export function databaseNodeLook(world: World, n: Node): DatabaseNodeLook | null {
  const db = world.databases.find((d) => d.id === n.databaseId);
  if (!db) return null;
  if (n.role === 'R') {
    const found = db.replicas.find((x) => x.id === n.nodeId)?.state;
    const state = found ?? 'down';
    const fill = state === 'available' ? OKABE_ITO.purple : state === 'promoting' ? OKABE_ITO.skyBlue : null;
    // Being built: an outline in its own colour, dashed like a standby that is still syncing.
    if (state === 'creating') return { fill: null, stroke: OKABE_ITO.purple, dashed: true, letter: 'R' };
    return { fill, stroke: state === 'down' ? OKABE_ITO.vermillion : (fill ?? INK.grey), dashed: false, letter: found === 'down' ? 'R✕' : 'R' };
  }
  if (n.role === 'S') {
    const ready = db.standbyReadyTick <= world.tick;
    return { fill: ready ? OKABE_ITO.skyBlue : null, stroke: OKABE_ITO.skyBlue, dashed: !ready, letter: 'S' };
  }
  const fill = db.state === 'available' ? OKABE_ITO.green : db.state === 'failingOver' ? OKABE_ITO.orange : db.state === 'down' ? null : OKABE_ITO.skyBlue;
  const letter = db.state === 'down' ? 'P✕' : db.state === 'failingOver' ? 'P⇄' : 'P';
  return { fill, stroke: db.state === 'down' ? OKABE_ITO.vermillion : (fill ?? INK.grey), dashed: false, letter };
}
