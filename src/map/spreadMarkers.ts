/** A position or an offset in CSS pixels (x to the right, y down, as on the screen). */
export interface Pixel {
  readonly x: number;
  readonly y: number;
}

/** The offset of a marker that stays at its true point. */
export const NO_OFFSET: Pixel = Object.freeze({ x: 0, y: 0 });

/** Whether a marker with this offset is drawn away from its true point. */
export function isMoved(offset: Pixel): boolean {
  return offset.x !== 0 || offset.y !== 0;
}

/** Options of {@link spreadMarkers}. */
export interface SpreadOptions {
  /**
   * The least distance between two marker centres, along x or along y: markers are squares of
   * this size, and two squares never overlap. The 28 px button plus a gap.
   */
  spacing: number;
  /** How much further out each ring of candidate positions is. Default: half the spacing. */
  ringStep?: number;
  /** Candidate positions on a ring are at most this far apart. Default: a quarter of the spacing. */
  arcStep?: number;
}

/** Screen angle (y down) a marker moves to when it sits exactly on another: up and to the right. */
const DEFAULT_ANGLE = -Math.PI / 4;
/**
 * How many rings further out a marker looks for a spot that covers no other marker's true point
 * (which would push that marker away in turn, or hide where its place is).
 */
const CLEAN_SPOT_RINGS = 2;

/**
 * Where each marker goes so that no two overlap, as an offset from its true point in whole
 * pixels. `points` are the markers' true pixel positions in priority order: each marker in turn
 * keeps its point when nothing placed before it is in the way, and otherwise takes the nearest
 * free position on rings around its point, starting in the direction away from what blocks it
 * (preferring, up to two rings further out, a position that covers no other marker's point).
 * The result depends only on the points and their order, so a marker moves only when one before
 * it does or comes near. Markers are kept in grids of `spacing`-sized cells, so each test looks
 * at a few neighbours: linear for scattered markers, quadratic at worst (all on one point).
 */
export function spreadMarkers(points: readonly Pixel[], options: SpreadOptions): Pixel[] {
  const { spacing } = options;
  const ringStep = options.ringStep ?? spacing / 2;
  const arcStep = options.arcStep ?? spacing / 4;
  const usable = [spacing, ringStep, arcStep].every((v) => Number.isFinite(v) && v > 0);
  if (!usable) return points.map(() => NO_OFFSET);
  const placed = new SquareGrid(spacing);
  const truePoints = new SquareGrid(spacing);
  points.forEach((point, i) => {
    truePoints.add(point.x, point.y, i);
  });

  return points.map((point, i) => {
    const blockers = placed.near(point.x, point.y);
    if (blockers.length === 0) {
      placed.add(point.x, point.y, i);
      return NO_OFFSET;
    }
    const away = awayAngle(point, blockers);
    let fallback: { offset: Pixel; ring: number } | undefined;
    for (let ring = 1; !fallback || ring <= fallback.ring + CLEAN_SPOT_RINGS; ring += 1) {
      const radius = ring * ringStep;
      const count = Math.max(8, Math.ceil((2 * Math.PI * radius) / arcStep));
      for (let j = 0; j < count; j += 1) {
        // 0, 1, −1, 2, −2, …: nearest the direction away from the blockers first.
        const turn = j % 2 === 1 ? (j + 1) / 2 : -j / 2;
        const angle = away + (turn * 2 * Math.PI) / count;
        const dx = Math.round(radius * Math.cos(angle));
        const dy = Math.round(radius * Math.sin(angle));
        const x = point.x + dx;
        const y = point.y + dy;
        if (placed.isNear(x, y)) continue;
        if (!truePoints.isNear(x, y, i)) {
          placed.add(x, y, i);
          return { x: dx, y: dy };
        }
        fallback ??= { offset: { x: dx, y: dy }, ring };
      }
    }
    placed.add(point.x + fallback.offset.x, point.y + fallback.offset.y, i);
    return fallback.offset;
  });
}

/** The direction away from the blockers, weighting the nearest most. */
function awayAngle(point: Pixel, blockers: readonly Pixel[]): number {
  let x = 0;
  let y = 0;
  for (const b of blockers) {
    const dx = point.x - b.x;
    const dy = point.y - b.y;
    const length = Math.hypot(dx, dy);
    if (length > 0) {
      x += dx / length ** 2;
      y += dy / length ** 2;
    }
  }
  return x === 0 && y === 0 ? DEFAULT_ANGLE : Math.atan2(y, x);
}

/** A marker's square on the grid: its centre and its place in the priority order. */
interface Square extends Pixel {
  readonly index: number;
}

/** Squares by grid cell: a square can only overlap squares in the 3×3 cells around its own. */
class SquareGrid {
  private readonly cells = new Map<number, Square[]>();

  constructor(private readonly size: number) {}

  add(x: number, y: number, index: number): void {
    const key = this.keyOf(Math.floor(x / this.size), Math.floor(y / this.size));
    const cell = this.cells.get(key);
    if (cell) cell.push({ x, y, index });
    else this.cells.set(key, [{ x, y, index }]);
  }

  /** The squares that a square centred on (x, y) would overlap. */
  near(x: number, y: number): Square[] {
    const found: Square[] = [];
    this.visit(x, y, (q) => {
      found.push(q);
      return false;
    });
    return found;
  }

  /** Whether a square centred on (x, y) would overlap one (other than marker `except`'s). */
  isNear(x: number, y: number, except = -1): boolean {
    return this.visit(x, y, (q) => q.index !== except);
  }

  /** Calls `stop` with each square that one centred on (x, y) overlaps, until it says true. */
  private visit(x: number, y: number, stop: (q: Square) => boolean): boolean {
    const cx = Math.floor(x / this.size);
    const cy = Math.floor(y / this.size);
    for (let i = -1; i <= 1; i += 1) {
      for (let k = -1; k <= 1; k += 1) {
        const cell = this.cells.get(this.keyOf(cx + i, cy + k));
        if (!cell) continue;
        for (const q of cell) {
          if (Math.abs(q.x - x) < this.size && Math.abs(q.y - y) < this.size && stop(q)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** One number per cell; cells are unique while |cy| < 2²⁵ (a billion pixels at 32 px). */
  private keyOf(cx: number, cy: number): number {
    return cx * 2 ** 26 + cy;
  }
}
