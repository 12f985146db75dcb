import type { Story } from '../story/types';
import type { Journey } from './journeys';

/** Who travels on a journey, for its label: the one person its events name, if just one. */
export function travellerName(journey: Journey, story: Pick<Story, 'eventById' | 'personById'>) {
  const ids = new Set<string>();
  for (const { route } of journey.legs) {
    const events = [...(route.eventIds ?? [])];
    for (const ref of [route.depart, route.arrive])
      if (ref && 'eventId' in ref) events.push(ref.eventId);
    for (const id of events) for (const p of story.eventById.get(id)?.peopleIds ?? []) ids.add(p);
  }
  if (ids.size !== 1) return null;
  const person = story.personById.get([...ids][0] as string);
  return person ? (person.name.split(' ').pop() ?? person.name) : null;
}

/** Compass bearing in degrees (0 = north, clockwise) from one [lat, lon] point to another. */
export function bearing(from: readonly [number, number], to: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const [lat1, lon1] = [from[0] * rad, from[1] * rad];
  const [lat2, lon2] = [to[0] * rad, to[1] * rad];
  const y = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const x =
    Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  return (((Math.atan2(y, x) / rad) % 360) + 360) % 360;
}
