import type { StoryEvent } from '../story/types';

/** Events that did not fit in the lanes, counted together under one badge (`+37`). */
export interface Cluster {
  /** Stable while panning at one zoom level: the index of its time bin. */
  readonly key: string;
  /** The events, in time order. */
  readonly events: readonly StoryEvent[];
  /** The bin of time the badge stands for. */
  readonly binStartMs: number;
  readonly binEndMs: number;
  /** The earliest start and the latest end among its events: what the badge zooms to. */
  readonly startMs: number;
  readonly endMs: number;
}

/**
 * Groups events (in time order) into bins of `binMs` aligned to the epoch, so that panning at one
 * zoom level never moves an event from one badge to another.
 */
export function clusterByTime(events: readonly StoryEvent[], binMs: number): Cluster[] {
  const clusters: Cluster[] = [];
  if (!(binMs > 0)) return clusters;
  let bin = Number.NaN;
  let members: StoryEvent[] = [];
  const flush = () => {
    if (members.length === 0) return;
    let endMs = Number.NEGATIVE_INFINITY;
    for (const e of members) endMs = Math.max(endMs, e.endMs);
    clusters.push({
      key: `bin-${bin}`,
      events: members,
      binStartMs: bin * binMs,
      binEndMs: (bin + 1) * binMs,
      startMs: members[0]!.startMs,
      endMs,
    });
    members = [];
  };
  for (const event of events) {
    const b = Math.floor(event.startMs / binMs);
    if (b !== bin) {
      flush();
      bin = b;
    }
    members.push(event);
  }
  flush();
  return clusters;
}
