import { readFileSync } from 'node:fs';
import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BOOT_PLACEHOLDER,
  bootLangScript,
  bootShell,
  bootShellHtml,
  readShellStory,
} from '../../scripts/vite-plugin-boot-shell';
import { LANGS } from '../../src/i18n/lang';
import en from '../../src/i18n/messages/en.json';
import ru from '../../src/i18n/messages/ru.json';
import uk from '../../src/i18n/messages/uk.json';
import { preferredLang } from '../../src/i18n/preferred';
import { App } from '../../src/shell/App';
import { Header } from '../../src/shell/Header';
import { LoadingSkeleton } from '../../src/shell/LoadingSkeleton';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

/** Puts the shell into the page, as index.html has it before any script runs. */
function showShell(html = bootShellHtml(MINI_RAW)) {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const shell = holder.firstElementChild as HTMLElement;
  document.body.prepend(shell);
  return shell;
}

afterEach(() => {
  document.getElementById('boot')?.remove();
  vi.unstubAllGlobals();
});

describe('bootShellHtml', () => {
  it('writes the header the app draws, with the same text and classes', () => {
    const shell = showShell();
    renderWithStory(<Header />, { story: miniStory() });
    const app = document.querySelector('header.header:not(.boot-shell__header)') as HTMLElement;
    for (const cls of ['header__brand', 'header__title', 'header__subtitle', 'header__intro']) {
      const fromShell = shell.querySelector(`.${cls}`);
      const fromApp = app.querySelector(`.${cls}`);
      expect(fromShell?.tagName, cls).toBe(fromApp?.tagName);
      expect(fromShell?.textContent, cls).toBe(fromApp?.textContent);
    }
  });

  it('shows markup in a title as characters', () => {
    const shell = showShell(bootShellHtml({ title: '<img src=x onerror=alert(1)>' }));
    expect(shell.querySelector('img')).toBeNull();
    expect(shell.querySelector('h1')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('leaves out a subtitle and introduction the story does not have', () => {
    const shell = showShell(bootShellHtml({ title: 'Only a title' }));
    expect(shell.querySelector('.header__subtitle')).toBeNull();
    expect(shell.querySelector('.header__intro')).toBeNull();
  });

  it('the plugin fills the placeholder of index.html from the default story', () => {
    const plugin = bootShell({ story: 'data/alaska-summit-2025.json' });
    const handler = (
      plugin.transformIndexHtml as {
        handler: (html: string) => { html: string; tags: { tag: string; children: string }[] };
      }
    ).handler;
    const { html, tags } = handler(`<body>${BOOT_PLACEHOLDER}<div id="root"></div></body>`);
    const { title } = readShellStory('data/alaska-summit-2025.json');
    expect(html).toContain(`<h1 class="header__title">${title}</h1>`);
    expect(html).not.toContain(BOOT_PLACEHOLDER);
    expect(tags).toEqual([expect.objectContaining({ tag: 'script', children: bootLangScript() })]);
  });

  it('writes the words in every language: the story’s texts and the catalogs’ words', () => {
    const story = readShellStory('data/alaska-summit-2025.json');
    const shell = showShell(bootShellHtml(story));
    const catalogs = { en, ru, uk };
    for (const lang of LANGS) {
      const block = shell.querySelector(`.boot-shell__story[data-boot-lang~="${lang}"]`);
      expect(block, lang).not.toBeNull();
      const own = lang === 'en' ? story : story.texts?.[lang];
      expect(block?.querySelector('h1')?.textContent, lang).toBe(own?.title);
      expect(block?.querySelector('.header__intro')?.textContent, lang).toBe(own?.intro);
      expect(block?.querySelector('.header__studio')?.textContent).toBe(
        catalogs[lang]['header.studio'],
      );
      expect(block?.querySelector('.header__more')?.textContent).toBe(
        catalogs[lang]['header.readIntro'],
      );
      const status = shell.querySelector(`[role="status"][data-boot-lang~="${lang}"]`);
      expect(status?.textContent).toBe(catalogs[lang]['loading.story']);
    }
    // Russian and Ukrainian blocks say which language they are in, for screen readers.
    expect(shell.querySelector('.boot-shell__story[data-boot-lang="ru"]')).toHaveAttribute(
      'lang',
      'ru',
    );
  });

  it('languages whose words are the same share one block', () => {
    const shell = showShell(bootShellHtml({ title: 'Only a title' }));
    // No texts: the story's words are English in every language, the interface's are not.
    expect(shell.querySelectorAll('.boot-shell__story')).toHaveLength(LANGS.length);
    const same = { studio: 'S', readIntro: 'R', loading: 'L' };
    const one = showShell(bootShellHtml({ title: 'T' }, { en: same, ru: same, uk: same }));
    expect(one.querySelectorAll('.boot-shell__story')).toHaveLength(1);
    expect(one.querySelector('.boot-shell__story')).toHaveAttribute('data-boot-lang', 'en ru uk');
    expect(one.querySelector('.boot-shell__story')).not.toHaveAttribute('lang');
  });

  it('theme.css shows only the reader’s language, for every language there is', () => {
    const css = readFileSync('src/shell/theme.css', 'utf8');
    for (const lang of LANGS) {
      expect(css).toContain(
        `html:lang(${lang}) .boot-shell [data-boot-lang]:not([data-boot-lang~="${lang}"])`,
      );
    }
  });
});

describe('the script that picks the shell’s language', () => {
  const languages = Object.getOwnPropertyDescriptor(Navigator.prototype, 'languages');
  afterEach(() => {
    if (languages) Object.defineProperty(navigator, 'languages', languages);
    window.history.replaceState(null, '', '/');
    document.documentElement.lang = 'en';
  });

  it('chooses as the app does: lang= first, else the browser’s preferred languages', () => {
    const cases: [string, string[]][] = [
      ['?lang=uk', ['ru-RU']],
      ['?view=map&lang=ru', []],
      ['', ['de-DE', 'uk-UA', 'en']],
      ['', ['ru']],
      ['', ['fr', 'de']],
      ['?lang=de', ['ru-RU', 'en']],
      ['?lang=', ['en-US', 'ru']],
    ];
    for (const [search, preferred] of cases) {
      Object.defineProperty(navigator, 'languages', { value: preferred, configurable: true });
      window.history.replaceState(null, '', `/${search}`);
      new Function(bootLangScript())();
      const fromUrl = new URLSearchParams(search).get('lang');
      const app = (LANGS as readonly string[]).includes(fromUrl ?? '')
        ? fromUrl
        : preferredLang(preferred);
      expect(document.documentElement.lang, `${search} ${preferred}`).toBe(app);
    }
  });
});

describe('the shell on the page', () => {
  it('stands in for the loading skeleton while it is there', () => {
    showShell();
    const { container } = render(<LoadingSkeleton embed={false} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is replaced when the story is shown', async () => {
    showShell();
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify(MINI_RAW), { status: 200 })),
    );
    render(<App />);
    expect(document.getElementById('boot')).not.toBeNull();
    await screen.findByRole('region', { name: /timeline/i });
    expect(document.getElementById('boot')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('is replaced by the problems when the story is broken', async () => {
    showShell();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{', { status: 200 })));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
    expect(document.getElementById('boot')).toBeNull();
  });
});
