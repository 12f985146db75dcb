import { act, render, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, test } from 'vitest';
import { countryCode, readTopology } from '../../scripts/basemap/build-basemap';
import { activate, englishT, type Locale, WordsProvider } from '../../src/i18n/i18n';
import ru from '../../src/i18n/messages/ru.json';
import uk from '../../src/i18n/messages/uk.json';
import { countryName, UNCODED_COUNTRIES } from '../../src/map/geoNames';
import { placeOrder } from '../../src/map/MapLabels';
import { MapView } from '../../src/map/MapView';
import { StoreContext, StoryContext } from '../../src/state/hooks';
import { createStore, type Store } from '../../src/state/store';
import type { Story } from '../../src/story/types';
import { miniStory } from '../fixtures/mini-story';
import { withSizedMaps } from './mapSize';
import { renderMap } from './renderMap';

const labelOf = (container: HTMLElement, key: string) =>
  container.querySelector<HTMLElement>(`.map-label[data-label-for="${key}"]`);

describe('the names on the map', () => {
  withSizedMaps();

  test('every place in view is named, and the selected one is marked as such', async () => {
    const { container, store } = await renderMap();
    await waitFor(() => expect(labelOf(container, 'place:capital')).not.toBeNull());
    expect(labelOf(container, 'place:capital')).toHaveTextContent('Capital city');
    act(() => store.set({ selection: { kind: 'place', id: 'capital' } }));
    await waitFor(() =>
      expect(labelOf(container, 'place:capital')).toHaveAttribute('data-state', 'selected'),
    );
    // Names are for the eye: the markers carry them for assistive technology.
    expect(container.querySelector('.map-labels')).toHaveAttribute('aria-hidden', 'true');
  });

  test('dataset text is written as text, never run as markup', async () => {
    const story = miniStory({
      places: [
        { id: 'base', name: '<img src=x onerror=alert(1)>Base', lat: 61.25, lon: -149.8 },
        { id: 'capital', name: 'Capital city', lat: 55.75, lon: 37.62, kind: 'city' },
      ],
    });
    const { container } = await renderMap(story);
    await waitFor(() => expect(labelOf(container, 'place:base')).not.toBeNull());
    expect(container.querySelector('.map-labels img')).toBeNull();
    expect(labelOf(container, 'place:base')).toHaveTextContent('<img src=x onerror=alert(1)>Base');
  });
});

describe('placeOrder', () => {
  test('puts the selected place first, then related places, then the tour, then the rest', () => {
    const story = miniStory();
    const ids = story.places.map((p) => p.id);
    const none = placeOrder(story, null, ids);
    expect(none.every((p) => p.state === 'idle')).toBe(true);
    const last = ids[ids.length - 1] as string;
    const ordered = placeOrder(story, { kind: 'place', id: last }, ids);
    expect(ordered[0]).toEqual(expect.objectContaining({ id: last, state: 'selected' }));
    const ranks = ordered.map((p) => p.state);
    const firstUnrelated = ranks.indexOf('unrelated');
    if (firstUnrelated >= 0) expect(ranks.slice(firstUnrelated)).not.toContain('related');
  });
});

/** The map view in a language, as the app gives it. */
function MapIn({ locale, story, store }: { locale: Locale; story: Story; store: Store }) {
  return (
    <WordsProvider locale={locale}>
      <StoryContext.Provider value={story.inLanguage(locale)}>
        <StoreContext.Provider value={store}>
          <MapView />
        </StoreContext.Provider>
      </StoryContext.Provider>
    </WordsProvider>
  );
}

describe('the basemap’s names in the reader’s language', () => {
  withSizedMaps();
  afterEach(async () => {
    await activate('en');
  });

  const geoTexts = (container: HTMLElement) =>
    [
      ...container.querySelectorAll<HTMLElement>(
        '.map-label--country, .map-label--sea, .map-label--town',
      ),
    ].map((el) => el.textContent ?? '');

  test('countries, seas and towns are named again when the language changes', async () => {
    const story = miniStory();
    const store = createStore();
    const { container, rerender } = render(<MapIn locale="en" story={story} store={store} />);
    await waitFor(() => expect(geoTexts(container).length).toBeGreaterThan(0));
    const english = geoTexts(container);
    expect(english.join(' ')).toMatch(/[A-Za-z]{3}/);
    for (const locale of ['ru', 'uk'] as const) {
      await act(() => activate(locale));
      rerender(<MapIn locale={locale} story={story} store={store} />);
      await waitFor(() => expect(geoTexts(container).join(' ')).not.toMatch(/[A-Za-z]/));
      expect(geoTexts(container).length, locale).toBeGreaterThan(0);
    }
  });
});

describe('country names', () => {
  const t = englishT;
  test('are Natural Earth’s in English and Intl’s short ones in Russian and Ukrainian', () => {
    expect(countryName({ name: 'United States', code: 'US' }, 'en', t)).toBe('United States');
    expect(countryName({ name: 'United States', code: 'US' }, 'ru', t)).toBe('США');
    expect(countryName({ name: 'Russia', code: 'RU' }, 'uk', t)).toBe('Росія');
  });

  test('every land the basemap names has a code of its own, or a name in the catalogs', () => {
    const lands = readTopology('countries-50m.json').objects.countries as {
      geometries: { id?: string; properties?: { name?: string } }[];
    };
    const named = lands.geometries.map(({ id, properties }) => {
      const name = properties?.name ?? '';
      return { name, code: countryCode(name, id) };
    });
    expect(named.length).toBeGreaterThan(200);
    expect(named.filter((c) => !c.code && !UNCODED_COUNTRIES[c.name])).toEqual([]);
    // No two lands under one name: Ashmore and Cartier Islands share Australia's numeric id.
    const codes = named.flatMap((c) => (c.code ? [c.code] : []));
    expect(codes.length).toBe(new Set(codes).size);
    expect(named.find((c) => c.name === 'Australia')?.code).toBe('AU');
    expect(named.find((c) => c.name === 'Kosovo')?.code).toBe('XK');
    for (const lang of ['ru', 'uk']) {
      const catalog: Record<string, string> = lang === 'ru' ? ru : uk;
      const latin = named
        .map((c) => countryName(c, lang, (id) => catalog[id] ?? id))
        .filter((name) => /[A-Za-z]/.test(name));
      expect(latin, lang).toEqual([]);
    }
  });
});
