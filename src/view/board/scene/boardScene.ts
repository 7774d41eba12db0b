import Phaser from 'phaser';
import type { GameSession } from '../../../runtime/session';
import { type World } from '../../../sim';
import { undetectedDead } from '../../../sim/readModel';
import type { DrawnObjects, ScreenRect } from '../boardApi';
import type { Selection } from '../../services/selection';
import type { BoardLayout } from '../layout/boardLayout';
import { boardStructure, structureKey } from '../layout/boardStructure';
import { boardScale, SMALLEST_LABEL } from '../layout/boardScale';
import { focusRect } from '../layout/focusRect';
import { centre } from '../layout/geometry';
import { hitTest } from '../layout/hitTest';
import { layoutBoard } from '../layout/layoutBoard';
import { selectionRect } from '../layout/selectionRect';
import { tileGrid } from '../layout/tileGrid';
import { blastRadius } from '../model/blastRadius';
import { describeTarget } from '../model/describeTarget';
import { buildFlowSampler, type FlowSampler } from '../model/flowSampler';
import { measureFlows, type Flows } from '../model/measureFlows';
import { writeParticlePath } from '../model/particlePath';
import { CameraControls } from './cameraControls';
import { blastSignature, drawFaultLayer } from './faultLayer';
import { drawFlowLabels, drawFlowLines, flowLineSignature, flowSignature } from './flowLines';
import { createBoardObjects, type BoardObjects } from './boardObjects';
import { drawChipFigures } from './chipLayer';
import { drawLegend } from './legend';
import { countDrawn } from './countDrawn';
import { drawSelection, showTooltip } from './overlayLayer';
import { drawStaticLayer } from './staticLayer';
import { drawLoadBalancerSummaries, drawStatusLayer, statusSignature } from './statusLayer';
import { buildTileAtlas, PARTICLE_FRAME } from './tileAtlas';

export interface BoardSceneOptions {
  session: GameSession;
  /** `at`: where the tapped thing shows, CSS px over the canvas (see BoardOptions.onSelect). */
  onSelect(sel: Selection, at?: ScreenRect): void;
  reducedMotion: boolean;
  /** The page element the hover tooltip is written into (over the canvas, not drawn by Phaser). */
  tooltip: HTMLElement;
  /** The presenter view: the board is drawn bigger (boardScale). */
  presenter: boolean;
  /** Canvas pixels per CSS pixel (the device pixel ratio the canvas is drawn at). */
  deviceScale(): number;
}

/** Status, faults and flow lines are redrawn at most this often (ms); tiles follow every update. */
const SLOW_REFRESH_MS = 200;
/**
 * Rate labels and the particles' routes follow the flows' numbers this often (ms): a number that
 * changes at most once a second can be read. A change of state (health, a dead target, a dark AZ)
 * updates them at the next slow refresh instead.
 */
const FLOW_REFRESH_MS = 1000;
const MAX_SPAWN_PER_S = 220;
/** Particles per simulated request per second, below the cap: density follows demand. */
const SPAWN_PER_RPS = 0.3;
/** Particles and jitter are cosmetic: Phaser's RNG, never the simulation's. */
const cosmeticRandom = () => Phaser.Math.RND.frac();

function sameIds(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const id of a) if (!b.has(id)) return false;
  return true;
}

/**
 * The scenario board. It only reads the session's World: structure → layout (pure) → static layer,
 * redrawn when the estate's structure or the view size changes; states → tiles, status, faults and
 * flows, diffed after each simulation step; particles animate in `update`. Selection goes out
 * through onSelect.
 */
export class BoardScene extends Phaser.Scene {
  private ready = false;
  /** Something happened in the simulation since the last sync. */
  private tilesDirty = true;
  private slowDirty = true;
  private lastSlow = -Infinity;
  private structure = '';
  private viewW = NaN;
  private viewH = NaN;
  /** Canvas pixels per board unit at zoom 1: the device's pixel ratio times the board's scale. */
  private pixelScale = 1;
  private layout: BoardLayout | null = null;
  /** The instance list as last checked for structural change, and when the whole estate was last checked. */
  private seen: { list: readonly unknown[] | null; length: number; lastId: string; at: number } = { list: null, length: 0, lastId: '', at: -Infinity };
  /** The last layout without its tiles (JSON), to tell a tiles-only change from a new frame. */
  private layoutKey = '';
  private atlasKey = '';
  private atlasSeq = 0;
  private atlasSize = 0;
  /** Texels per board unit the tile atlas was drawn at (the pixel scale then). */
  private atlasDensity = 1;
  private selection: Selection | null = null;
  private hover: { sel: Selection; sx: number; sy: number } | null = null;
  private readonly undetected = new Set<string>();
  /** The undetected-dead set the particles' routes were last sampled with. */
  private undetectedBefore: ReadonlySet<string> = new Set();
  private sampler: FlowSampler | null = null;
  private flows: Flows | null = null;
  /** Which of the slower redraws runs next: 0 status and faults, 1 flow lines, 2 the particle sampler. */
  private slowPhase = 0;
  private sigs = { status: '', fault: '', flow: '', flowLines: '' };
  private lastRoutes = -Infinity;
  /** A change of state since the particles' routes were sampled: resample at the next chance. */
  private routesStale = true;
  /** A change of state since the flows were measured (an AZ went dark): measure at the next chance. */
  private flowsStale = true;
  private lastFlows = -Infinity;
  private unsubscribe: (() => void) | null = null;
  /** Something visible changed since the last drawn frame. */
  private renderWanted = true;
  private g!: BoardObjects;
  private camera!: CameraControls;

  constructor(private readonly opts: BoardSceneOptions) {
    super({ key: 'board' });
  }

  create(): void {
    this.atlasKey = this.newAtlasKey();
    this.atlasSize = 12;
    buildTileAtlas(this, tileGrid(this.atlasSize), this.atlasKey);
    this.g = createBoardObjects(this, this.atlasKey, () => this.opts.deviceScale());
    this.camera = new CameraControls({
      scene: this,
      camera: this.cameras.main,
      content: () => ({ width: this.layout?.width ?? this.scale.width / this.pixelScale, height: this.layout?.height ?? this.scale.height / this.pixelScale }),
      pixelScale: () => this.pixelScale,
      deviceScale: () => this.opts.deviceScale(),
      focus: () => (this.layout ? centre(focusRect(this.layout, this.selection)) : { x: 0, y: 0 }),
      onTap: (x, y) => this.tap(x, y),
      onChange: () => (this.renderWanted = true),
      onHover: (at) => this.hovered(at),
    });
    this.scale.on(Phaser.Scale.Events.RESIZE, this.resized, this);
    this.unsubscribe = this.opts.session.subscribe(() => {
      this.tilesDirty = true;
      this.slowDirty = true;
    });
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => this.detach());
    this.ready = true;
    this.resized();
    this.sync();
  }

  /**
   * Whether the coming frame must be drawn: something changed, particles are moving or badges pulse.
   * Consumes the request.
   */
  wantsRender(): boolean {
    if (!this.ready) return true;
    const wanted = this.renderWanted || this.g.particles.active > 0 || (!this.opts.reducedMotion && this.g.tiles.badgeCount > 0);
    this.renderWanted = false;
    return wanted;
  }

  /** The visible display objects, by kind (see DrawnObjects). */
  drawnObjects(): DrawnObjects {
    // Nothing is drawn before the scene is created (the board starts once its container has a size).
    return this.ready ? countDrawn(this.children.list, this.g.particles.active) : countDrawn([], 0);
  }

  /** Stop listening to the session (the game is going away). */
  detach(): void {
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.ready = false;
  }

  /** Zoom in (+1) or out (−1) a step about the middle of the view (the zoom buttons). */
  zoomBy(steps: number): void {
    if (this.ready) this.camera.zoomBy(steps);
  }

  /** Fit the whole board in the view again. */
  fit(): void {
    if (this.ready) this.camera.reset();
  }

  /**
   * What the page shows of the board, for tests: the smallest label's size on screen (CSS px), the
   * user's zoom, and where the zoom's focus (the selection, else the estate) shows (CSS px over the canvas).
   */
  probe(): { smallestLabelPx: number; zoom: number; focus: { x: number; y: number } } | null {
    if (!this.ready || !this.layout) return null;
    const f = centre(focusRect(this.layout, this.selection));
    const cssPerUnit = (this.pixelScale * this.camera.zoom) / this.opts.deviceScale();
    return { smallestLabelPx: SMALLEST_LABEL * cssPerUnit, zoom: this.camera.zoom, focus: this.camera.toScreen(f.x, f.y) };
  }

  setSelection(sel: Selection | null): void {
    this.selection = sel;
    if (this.ready) this.drawOverlay();
  }

  /** Called every animation frame by the play screen: bring the board up to date with the World. */
  sync(): void {
    if (!this.ready) return;
    const world = this.opts.session.world;
    const resized = this.scale.width !== this.viewW || this.scale.height !== this.viewH || this.opts.deviceScale() * this.boardScale() !== this.pixelScale;
    // A launch or prune changes the instance list; anything else structural (load balancer AZs,
    // a database failover, DNS records) is rare and is looked for once a second.
    const list = world.instances;
    const listChanged = list !== this.seen.list || list.length !== this.seen.length || (list.length > 0 && list[list.length - 1]!.id !== this.seen.lastId);
    const now = this.time.now;
    if (listChanged || resized || !this.layout || now - this.seen.at >= FLOW_REFRESH_MS) {
      this.seen = { list, length: list.length, lastId: list[list.length - 1]?.id ?? '', at: now };
      const key = structureKey(world);
      if (key !== this.structure || resized || !this.layout) {
        this.structure = key;
        this.viewW = this.scale.width;
        this.viewH = this.scale.height;
        this.pixelScale = this.opts.deviceScale() * this.boardScale();
        for (const pool of this.g.pools) pool.setResolution(this.pixelScale);
        this.relayout();
      }
    }
    const layout = this.layout!;
    if (this.tilesDirty) {
      this.tilesDirty = false;
      undetectedDead(world, this.undetected);
      if (!sameIds(this.undetected, this.undetectedBefore)) {
        this.undetectedBefore = new Set(this.undetected);
        this.routesStale = true;
      }
      if (this.g.tiles.sync(world, this.undetected)) this.renderWanted = true;
    }
    // The slower redraws take turns, one per frame, so no single frame pays for all of them.
    if (this.slowPhase === 0 && this.slowDirty && now - this.lastSlow >= SLOW_REFRESH_MS) {
      this.slowDirty = false;
      this.lastSlow = now;
      this.slowPhase = 1;
      drawLoadBalancerSummaries(this.g.lbSummaries, world, layout);
      drawChipFigures(this.g.chipFigures, world, layout);
      const status = statusSignature(world);
      if (status !== this.sigs.status) {
        this.sigs.status = status;
        this.routesStale = true;
        this.flowsStale = true;
        drawStatusLayer(this.g.status, this.g.statusText, this.g.statusSmall, world, layout);
        this.renderWanted = true;
      }
      const marks = blastRadius(world);
      const fault = blastSignature(marks);
      if (fault !== this.sigs.fault) {
        this.sigs.fault = fault;
        drawFaultLayer(this.g.shade, this.g.pills, this.g.pillText, this.g.pillSmall, layout, marks);
        // The shade is drawn under the tiles (in the cached chrome): dim the tiles it covers to match.
        const dims = new Map<string, number>();
        for (const m of marks) {
          if (m.dim <= 0 || m.scope === 'dns') continue;
          for (const z of layout.zones) if (m.scope === 'zone' ? z.id === m.targetId : z.regionId === m.targetId) dims.set(z.id, 1 - (1 - (dims.get(z.id) ?? 0)) * (1 - m.dim));
        }
        this.g.tiles.setDim(dims);
        this.tilesDirty = true;
        this.renderWanted = true;
      }
    } else if (this.slowPhase === 1) {
      this.slowPhase = this.opts.reducedMotion ? 0 : 2;
      if (this.flowsStale || !this.flows || now - this.lastFlows >= FLOW_REFRESH_MS) this.measure(world, layout, now);
      if (this.hover) this.drawOverlay();
    } else if (this.slowPhase === 2) {
      this.slowPhase = 0;
      if (this.flows && (this.routesStale || now - this.lastRoutes >= FLOW_REFRESH_MS)) {
        this.routesStale = false;
        this.lastRoutes = now;
        this.sampler = buildFlowSampler(world, this.flows, this.sampler ?? undefined);
      }
    }
  }

  override update(time: number, delta: number): void {
    if (!this.ready) return;
    // Graphics redrawn since the last frame (or a moved view) go to their textures before drawing.
    if (this.g.chrome.refresh(this.cameras.main)) this.renderWanted = true;
    const layout = this.layout;
    if (this.opts.reducedMotion || !layout) return;
    const session = this.opts.session;
    // Badges of undetected failures pulse; traffic freezes with the simulation clock.
    if (this.g.tiles.badgeCount > 0) this.g.badges.setAlpha(0.72 + 0.28 * Math.sin(time / 180));
    if (session.loop.paused || session.isFinished) return;
    const sampler = this.sampler;
    const rate = Math.min(MAX_SPAWN_PER_S, session.world.metrics.lastDemandRps * SPAWN_PER_RPS);
    const speed = Math.max(140, Math.min(420, layout.height * 0.45));
    this.g.particles.step(delta, speed, rate, (out, at) => (sampler ? writeParticlePath(layout, sampler, cosmeticRandom, out, at) : -1));
  }

  /** The flows as lines and rate labels, each redrawn on a visible change (measured at most once a second, or on a change of state). */
  private measure(world: World, layout: BoardLayout, now: number): void {
    this.flowsStale = false;
    this.lastFlows = now;
    this.flows = measureFlows(world);
    // Lines sit in the cached chrome texture: redraw them only for a visible change in width or colour.
    const lines = flowLineSignature(world, this.flows, layout);
    const linesChanged = lines !== this.sigs.flowLines;
    if (linesChanged) {
      this.sigs.flowLines = lines;
      drawFlowLines(this.g.flow, world, this.flows, layout, this.opts.reducedMotion);
      this.renderWanted = true;
    }
    const flow = `${flowSignature(this.flows)}|${lines}`;
    if (flow !== this.sigs.flow) {
      this.sigs.flow = flow;
      drawFlowLabels(this.g.flowLabels, world, this.flows, layout);
      this.renderWanted = true;
    }
  }

  private relayout(): void {
    const world = this.opts.session.world;
    // Laid out in board units: the view's size divided by the canvas pixels each unit takes.
    const layout = layoutBoard(boardStructure(world), { width: this.scale.width / this.pixelScale, height: this.scale.height / this.pixelScale });
    // Everything but the tiles' positions (a Map, which JSON leaves out): when only tiles moved (an
    // instance launched into a row with room, or was pruned), the chrome, its labels, the status
    // and the particles in flight all stay as they are and only the tiles are placed again.
    const layoutKey = JSON.stringify(layout);
    const atlasFits = layout.grid.size === this.atlasSize && this.pixelScale === this.atlasDensity;
    const onlyTiles = this.layout !== null && layoutKey === this.layoutKey && atlasFits;
    this.layout = layout;
    this.layoutKey = layoutKey;
    this.routesStale = true;
    this.tilesDirty = true;
    if (onlyTiles) {
      this.g.tiles.relayout(layout);
      this.drawOverlay();
      return;
    }
    if (!atlasFits) {
      const old = this.atlasKey;
      this.atlasKey = this.newAtlasKey();
      this.atlasSize = layout.grid.size;
      this.atlasDensity = this.pixelScale;
      buildTileAtlas(this, layout.grid, this.atlasKey, this.atlasDensity);
      for (const b of [this.g.tileBlitter, this.g.badges, this.g.particleBlitter]) b.setTexture(this.atlasKey);
      this.g.tiles.invalidate();
      this.g.particles.clear();
      this.g.particleBlitter.children.list.forEach((bob) => bob.setFrame(PARTICLE_FRAME));
      this.textures.remove(old);
    }
    drawStaticLayer(this.g.statics, this.g.staticNames, this.g.staticSmall, layout);
    drawLegend(this.g.legendGlyphs, this.g.legendWords, layout.legend);
    this.g.tiles.relayout(layout);
    this.g.particles.clear();
    this.camera.refresh();
    this.sigs = { status: '', fault: '', flow: '', flowLines: '' };
    this.g.lbSummaries.forget();
    this.g.chipFigures.forget();
    this.flowsStale = true;
    this.slowDirty = true;
    this.slowPhase = 0;
    this.lastSlow = -Infinity;
    this.drawOverlay();
  }

  private resized(): void {
    const { width, height } = this.scale;
    this.renderWanted = true;
    this.cameras.main.setSize(width, height);
    this.sync();
  }

  /** CSS px per board unit (see boardScale): bigger in the presenter view. */
  private boardScale(): number {
    const d = this.opts.deviceScale();
    return boardScale({ presenter: this.opts.presenter, width: this.scale.width / d, height: this.scale.height / d });
  }

  private newAtlasKey(): string {
    this.atlasSeq += 1;
    return `board-tiles-${this.atlasSeq}`;
  }

  private tap(x: number, y: number): void {
    if (!this.layout) return;
    const sel = hitTest(this.layout, x, y);
    if (!sel) return;
    const r = selectionRect(this.layout, sel);
    // An instance's name is written under its tile: what opens beside it must not cover that.
    const below = sel.kind === 'instance' ? this.layout.grid.labelH : 0;
    const a = r ? this.camera.toScreen(r.x, r.y) : null;
    const b = r ? this.camera.toScreen(r.x + r.w, r.y + r.h + below) : null;
    this.opts.onSelect(sel, a && b ? { x: a.x, y: a.y, w: b.x - a.x, h: b.y - a.y } : undefined);
  }

  private hovered(at: { x: number; y: number; sx: number; sy: number } | null): void {
    const sel = at && this.layout ? hitTest(this.layout, at.x, at.y) : null;
    this.hover = sel && at ? { sel, sx: at.sx, sy: at.sy } : null;
    this.input.setDefaultCursor(sel ? 'pointer' : 'default');
    this.drawOverlay();
  }

  private drawOverlay(): void {
    const l = this.layout;
    if (!l) return;
    const selected = selectionRect(l, this.selection);
    const hovered = this.hover ? selectionRect(l, this.hover.sel) : null;
    this.renderWanted = true;
    drawSelection(this.g.selection, selected, hovered);
    const line = this.hover ? describeTarget(this.opts.session.world, this.hover.sel, this.undetected) : '';
    const d = this.opts.deviceScale();
    showTooltip(this.opts.tooltip, this.hover, line, { width: this.scale.width / d, height: this.scale.height / d });
  }
}
