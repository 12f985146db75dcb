/**
 * No string left behind (issue 15): every view, mode and dialog rendered in the pseudo-locale,
 * where every catalog message is accented and bracketed ⟦…⟧. Any visible text or accessible name
 * with Latin words that are neither inside brackets, nor the story's own data, nor on the short
 * allowlist below did not come through the catalog.
 */
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkStory, parseStoryData } from '../../src/data/load';
import type { Problem } from '../../src/data/problems';
import { activate, PSEUDO, WordsProvider } from '../../src/i18n/i18n';
import { PresenterView } from '../../src/present/PresenterView';
import { Explorer } from '../../src/shell/Explorer';
import { LoadingSkeleton } from '../../src/shell/LoadingSkeleton';
import { ProblemList } from '../../src/shell/ProblemList';
import { type Frame, parseUrl, urlNotice } from '../../src/state/url';
import { MINI_RAW } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';
import { installDialogPolyfill } from '../share/dialogPolyfill';

const PAGE: Frame = { embed: false, presenter: false, data: null, origin: null };
const EMBED: Frame = { ...PAGE, embed: true };

/**
 * Words that are right in every language, each with its reason.
 */
const ALLOWLIST: readonly RegExp[] = [
  /\b[A-Z][a-z]+(?: [A-Z][a-z]+)* \([A-Z]{2,5}\)/g, // a zone's city from its IANA id (`Anchorage (AKDT)`); Russian and Ukrainian name it in their own words
  /\bDayline\b/g, // the product's name
  /\b(English|Русский|Українська)\b/g, // each language in its own name, in the language switch
  /\b(UTC|GMT[+−-]?\d*|[A-Z]{2,5}T|MSK)\b/g, // zone abbreviations (AKDT, MSK): the same letters in every language
  /\b(Tab|Enter|Esc|F|B)\b/g, // key names on the keyboard, inside <kbd>
  /origin=https:\/\/your\.site/g, // a code sample in the share dialog
  /\bhttps?:\/\/\S+/g, // addresses (the share link, the embed code)
  /<iframe[\s\S]*<\/script>/g, // the embed code itself (HTML), in its textarea
  /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/g, // dates formatted by Intl in the locale (en-GB for the pseudo-locale)
  /\bLeaflet\b|\bNatural Earth\b|world-atlas/g, // map credits: the names of the works
  /\d{1,2}:\d{2}(:\d{2})?( [AP]M)?/g, // clock times formatted by Intl
];

/** Every string in the story file: its texts are the story's, not the interface's. */
function storyStrings(): string[] {
  const found = new Set<string>();
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(MINI_RAW);
  // Longest first, so a title is removed before a word inside it.
  return [...found].filter((s) => s.length > 1).sort((a, b) => b.length - a.length);
}
const STORY = storyStrings();

/** What is left of a text once catalog text, story data and allowed words are taken out. */
function leftover(text: string): string | null {
  let rest = text.replace(/⟦[^⟧]*⟧/g, ' ');
  for (const s of STORY) rest = rest.split(s).join(' ');
  for (const re of ALLOWLIST) rest = rest.replace(re, ' ');
  return /[A-Za-z]{2,}/.test(rest) ? rest.trim() : null;
}

/** Visible text nodes and accessible names in the document that did not come from the catalog. */
function stragglers(root: ParentNode = document.body): string[] {
  const bad: string[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('script, style')) continue;
    const text = node.textContent ?? '';
    const rest = leftover(text);
    if (rest) bad.push(`text “${text.trim()}” in <${parent.tagName.toLowerCase()}>`);
  }
  for (const el of (root as Element).querySelectorAll?.('*') ?? []) {
    for (const attr of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
      const value = el.getAttribute(attr);
      if (value && leftover(value)) bad.push(`${attr}=“${value}” on <${el.tagName.toLowerCase()}>`);
    }
    if (
      el instanceof HTMLTextAreaElement ||
      (el instanceof HTMLInputElement && el.type !== 'radio' && el.type !== 'checkbox')
    ) {
      if (el.value && leftover(el.value)) bad.push(`value “${el.value}”`);
    }
  }
  return bad;
}

function renderInPseudo(ui: React.ReactElement, state = {}) {
  return renderWithStory(<WordsProvider locale={PSEUDO}>{ui}</WordsProvider>, { state });
}

const mapReady = () =>
  waitFor(
    () => expect(document.querySelector('[data-view="map"] [data-place-id]')).not.toBeNull(),
    { timeout: 15_000 },
  );

beforeAll(async () => {
  installDialogPolyfill();
  await activate(PSEUDO);
});
afterAll(async () => {
  await activate('en');
  window.history.replaceState(null, '', '/');
});

describe('pseudo-locale: every interface string comes from the catalog', () => {
  it('the pseudo-locale marks the text it produces', () => {
    renderInPseudo(<LoadingSkeleton embed={false} />);
    expect(document.body.textContent).toMatch(/⟦Ļóáðíñĝ ţĥé šţóŕý…~+⟧/);
  });

  it('and the check finds text that did not come through it', () => {
    renderInPseudo(<p>Loading the story…</p>);
    expect(stragglers()).toEqual(['text “Loading the story…” in <p>']);
  });

  it('the explorer: header, timeline, map, quotes, details, play controls, sources', async () => {
    renderInPseudo(<Explorer frame={PAGE} notices={parseUrl('?view=42').notices} />);
    await mapReady();
    await screen.findByRole('heading', { level: 2, name: /Ŵĥáţ ŵáš šáíð/ });
    // The notice's key and the values it lists are the address's own words (see below).
    document.querySelector('.notice__list')?.remove();
    expect(stragglers()).toEqual([]);
  }, 60_000);

  it('every reason a URL notice gives, and the notices the story adds', async () => {
    // A bad value for every key (none of them English words), and an unknown key.
    const search =
      '?lang=42&view=42&tz=42&present=42&step=0&select=42&t=42&data=%20&embed=42&origin=42&presenter=42&42=1';
    const { notices } = parseUrl(search);
    expect(notices.length).toBeGreaterThanOrEqual(12);
    renderInPseudo(
      <Explorer
        frame={PAGE}
        notices={[
          ...notices,
          urlNotice('select', { id: 'notice.selectMissing', values: { kind: 'event', id: '42' } }),
          urlNotice('step', { id: 'notice.stepBeyond', values: { step: 9, n: 2 } }),
        ]}
      />,
    );
    await screen.findByRole('button', { name: /Ðíšɱíšš/ });
    const items = [...document.querySelectorAll('.notice__list li')];
    expect(items).toHaveLength(notices.length + 2);
    // Keys, the values a key takes, and examples are the address's words in every language.
    const address =
      /\b(lang|view|tz|present|step|select|t|data|embed|origin|presenter|en|ru|uk|all|timeline|map|quotes|people|details|event|talks|KIND|ID)\b|https:\/\/example\.org|\d{4}-\d\d-\d\dT[\d:-]+/g;
    const bad = items
      .map((li) => leftover((li.textContent ?? '').replace(address, ' ')))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });

  it('each kind of selection in the details, and the day playing', async () => {
    const { store } = renderInPseudo(<Explorer frame={PAGE} notices={[]} />);
    await mapReady();
    for (const selection of [
      { kind: 'event', id: 'talks' },
      { kind: 'place', id: 'capital' },
      { kind: 'quote', id: 'q-capital' },
    ] as const) {
      act(() => store.set({ selection }));
      expect(stragglers(), `${selection.kind}:${selection.id}`).toEqual([]);
    }
    act(() => store.set({ selection: null, t: '2025-08-15T11:00:00-08:00' }));
    await screen.findByRole('heading', { level: 3, name: /Ĥáþþéñíñĝ ñóŵ|Ļášţ/ });
    expect(stragglers()).toEqual([]);
  });

  it('the share dialog', async () => {
    renderInPseudo(<Explorer frame={PAGE} notices={[]} />);
    await userEvent.click(screen.getByRole('button', { name: /Šĥáŕé/ }));
    await screen.findByRole('dialog');
    expect(stragglers()).toEqual([]);
  });

  it('presentation mode', async () => {
    renderInPseudo(<Explorer frame={PAGE} notices={[]} />, { present: true, step: 2 });
    await waitFor(() => expect(document.querySelector('.stop-card__progress')).not.toBeNull());
    expect(stragglers()).toEqual([]);
  });

  it('the presenter view', async () => {
    renderInPseudo(<PresenterView frame={{ ...PAGE, presenter: true }} />, { step: 1 });
    await screen.findByRole('heading', { level: 1 });
    expect(stragglers()).toEqual([]);
  });

  it('the embed bar and the narrow embed tabs', async () => {
    renderInPseudo(<Explorer frame={EMBED} notices={[]} />);
    await screen.findByRole('link', { name: /Óþéñ ƒúļļ ṽíéŵ/ });
    expect(stragglers()).toEqual([]);
  });

  it('the printable handout', async () => {
    renderInPseudo(<Explorer frame={PAGE} notices={[]} />);
    await waitFor(() => expect(document.querySelector('.handout__page')).not.toBeNull());
    expect(stragglers(document.querySelector('.handout__page') ?? document.body)).toEqual([]);
  });

  it('a story that cannot be loaded, with the checker’s problems', () => {
    const broken = checkStory({ ...MINI_RAW, version: 2, timezone: 'Mars/Phobos', places: 'x' });
    const problems = [
      ...(broken.ok ? [] : broken.problems),
      ...(parseStoryData('{') as { problems: readonly Problem[] }).problems,
    ];
    expect(problems.length).toBeGreaterThan(2);
    renderInPseudo(<ProblemList file="broken.json" problems={problems} onRetry={() => {}} />);
    document.querySelector('.problems__file')?.remove(); // the file name the reader gave
    // Each problem's words come from the catalog (bracketed); only the values put into them
    // (paths, the story's own values, the engine's words about the JSON) are not.
    const items = [...document.querySelectorAll('.problems__list li')];
    expect(items).toHaveLength(problems.length);
    expect(items.filter((li) => !/⟦[^⟧]*[a-zá-ž]{3}/i.test(li.textContent ?? ''))).toEqual([]);
    for (const li of items) li.remove();
    expect(stragglers()).toEqual([]);
    fireEvent.click(screen.getByRole('button'));
  });
});
