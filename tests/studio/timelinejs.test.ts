import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSheets } from '../../src/studio/check';
import { importFiles } from '../../src/studio/files/importFiles';
import { htmlToText } from '../../src/studio/files/timelinejs';

const fixture = (name: string) => ({
  name,
  bytes: new Uint8Array(readFileSync(`tests/fixtures/timelinejs/${name}`)),
});
type Item = Record<string, unknown>;

describe('TimelineJS import', () => {
  it('maps the Eras example from TimelineJS3 into a valid story and lists what it left out', () => {
    const imported = importFiles([fixture('eras.json')]);
    const checked = checkSheets(imported.book);
    expect(checked.problems.filter((p) => p.level === 'error')).toEqual([]);
    const story = checked.data;
    expect(story.title).toBe('Eras Test');
    expect(story.intro).toBe(
      'Events in the 7th century from https://en.wikipedia.org/wiki/Timeline_of_the_Middle_Ages',
    );
    const events = story.events as Item[];
    expect(events).toHaveLength(20);
    expect(events[0]).toMatchObject({
      id: 'last-great-roman-persian-war',
      title: 'Last great Roman-Persian War.',
      start: '0602-01-01T00:00:00+00:00',
      end: '0629-01-01T00:00:00+00:00',
      precision: 'year',
    });
    expect(events[2]).toMatchObject({
      start: '0622-08-09T00:00:00+00:00',
      end: '0622-08-23T00:00:00+00:00',
      precision: 'day',
    });
    // Ids come from the headlines and stay unique.
    expect(new Set(events.map((e) => e.id)).size).toBe(20);
    expect(imported.warnings).toEqual(
      expect.arrayContaining([
        '19 media items were not imported (images, videos, links): Dayline shows no media slides',
        '4 eras were not imported: Dayline has no eras',
        '7 slide backgrounds were not imported',
      ]),
    );
  });

  it('reads the CSV of TimelineJS’s sheet template: title row, times, eras and groups reported', () => {
    const imported = importFiles([fixture('sheet.csv')]);
    const checked = checkSheets(imported.book);
    expect(checked.problems.filter((p) => p.level === 'error')).toEqual([]);
    expect(checked.data.title).toBe('A day in the newsroom');
    expect(checked.data.intro).toBe('How a story came together & went out.');
    const events = checked.data.events as Item[];
    expect(events.map((e) => [e.title, e.start, e.end, e.precision])).toEqual([
      ['Morning meeting', '2025-08-15T07:30:00+00:00', undefined, undefined],
      ['Interview', '2025-08-15T13:05:00+00:00', '2025-08-15T14:00:00+00:00', undefined],
      ['Published', '2025-08-15T00:00:00+00:00', undefined, 'day'],
    ]);
    expect(events[0]?.summary).toBe("Editors pick the day's stories.");
    expect(imported.warnings).toEqual(
      expect.arrayContaining([
        '1 media item was not imported (images, videos, links): Dayline shows no media slides',
        '1 era was not imported: Dayline has no eras',
        '2 group names were not imported: Dayline has no groups',
      ]),
    );
  });

  it('turns markup into plain text and never keeps a tag', () => {
    expect(htmlToText('<img src=x onerror=alert(1)>Hi<script>x</script> &lt;b&gt;')).toBe(
      'Hix <b>',
    );
  });
});
