/**
 * Writes the default story's first screen into `index.html` at build time (and in the dev
 * server): the header with its title, subtitle and introduction, above the outline of the views.
 * Readers see the story's words in the first paint, before any JavaScript has run, and the app
 * replaces the shell in the same frame as it shows the explorer (`src/shell/bootShell.ts`).
 * For another story (`data=`), an embed or the presenter view, a tiny script in the page hides
 * the words and leaves the outline.
 *
 * The words are written in every interface language (the story's own texts where it has them,
 * the interface's from the catalogs), each block marked `data-boot-lang`; a one-line script at
 * the top of the page sets `<html lang>` to the reader's language (`lang=`, else the browser's
 * preferred one, as the app chooses it) and theme.css shows only that language's block. The
 * script is inline and allowed by its hash (scripts/vite-plugin-csp.ts).
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { LANGS, type Lang } from '../src/i18n/lang.js';
import { VIEW_INFO } from '../src/views/catalog.js';
import { escapeHtml } from '../src/words/html.js';

/** The element the shell replaces in `index.html`. */
export const BOOT_PLACEHOLDER = '<div id="boot"></div>';

/** The story's words the shell shows, in one language. */
export interface ShellTexts {
  readonly title?: string;
  readonly subtitle?: string;
  readonly intro?: string;
}

/** What the shell shows of a story: its own words, and those of its `texts` in other languages. */
export interface ShellStory extends ShellTexts {
  readonly title: string;
  readonly texts?: Readonly<Record<string, ShellTexts>>;
}

/** The interface's words in the shell, in one language. */
export interface ShellWords {
  readonly studio: string;
  readonly readIntro: string;
  readonly loading: string;
}

/** Past this length the header folds the introduction behind "Read the introduction". */
const INTRO_FOLD = 180;

/** The shell's interface words in every language, from the catalogs (plain messages). */
export function readShellWords(
  dir = resolve(dirname(fileURLToPath(import.meta.url)), '../src/i18n/messages'),
): Record<Lang, ShellWords> {
  const out = {} as Record<Lang, ShellWords>;
  for (const lang of LANGS) {
    const catalog = JSON.parse(readFileSync(resolve(dir, `${lang}.json`), 'utf8')) as Record<
      string,
      string
    >;
    const word = (id: string) => {
      const text = catalog[id];
      if (!text || /[{}]/.test(text)) throw new Error(`${lang}.json: "${id}" must be plain text`);
      return text;
    };
    out[lang] = {
      studio: word('header.studio'),
      readIntro: word('header.readIntro'),
      loading: word('loading.story'),
    };
  }
  return out;
}

/**
 * The script at the top of `index.html` that chooses the shell's language before anything is
 * drawn: `lang=` when it names an interface language, else the first of the browser's preferred
 * languages that is one (`ru-RU` is `ru`), else English; the same choice as the app's
 * (`parseUrl` and `preferredLang`).
 */
export function bootLangScript(langs: readonly string[] = LANGS): string {
  return [
    `var L=${JSON.stringify(langs)},m=/[?&]lang=([^&#]*)/.exec(location.search),l=m&&m[1];`,
    'if(L.indexOf(l)<0){l=L[0];for(var n=navigator.languages||[],i=0;i<n.length;i++){',
    "var p=String(n[i]).split('-')[0].toLowerCase();if(L.indexOf(p)>=0){l=p;break}}}",
    'document.documentElement.lang=l;',
  ].join('');
}

/**
 * The shell's markup. It uses the class names of `Header` and `LoadingSkeleton`, so it looks
 * exactly like the header the app then draws in its place. Languages whose words are the same
 * share one block (`data-boot-lang="en uk"`).
 */
export function bootShellHtml(
  story: ShellStory,
  words: Readonly<Record<Lang, ShellWords>> = readShellWords(),
): string {
  const line = (tag: string, cls: string, text: string | undefined) =>
    text ? `<${tag} class="${cls}">${escapeHtml(text)}</${tag}>` : '';
  const headers = new Map<string, Lang[]>();
  const statuses = new Map<string, Lang[]>();
  const add = (map: Map<string, Lang[]>, html: string, lang: Lang) =>
    map.set(html, [...(map.get(html) ?? []), lang]);
  for (const lang of LANGS) {
    const own = lang === LANGS[0] ? {} : textsIn(story, lang);
    const title = own.title ?? story.title;
    const subtitle = own.subtitle ?? story.subtitle;
    const intro = own.intro ?? story.intro;
    const w = words[lang];
    add(
      headers,
      [
        `<p class="header__brand">Dayline<a class="header__studio" href="./studio.html">${escapeHtml(w.studio)}</a></p>`,
        line('h1', 'header__title', title),
        line('p', 'header__subtitle', subtitle),
        line('p', 'header__intro', intro),
        // Holds the line of the header's "Read the introduction" button (Header shows it past 180).
        intro && intro.length > INTRO_FOLD
          ? `<span class="link-button header__more boot-shell__more" aria-hidden="true">${escapeHtml(w.readIntro)}</span>`
          : '',
      ].join(''),
      lang,
    );
    add(statuses, escapeHtml(w.loading), lang);
  }
  // A block of one language says which; a shared block keeps the page's own `lang`.
  const marked = ([first, ...others]: readonly Lang[]) =>
    `data-boot-lang="${[first, ...others].join(' ')}"${others.length ? '' : ` lang="${first}"`}`;
  return [
    '<div id="boot" class="app app--page boot-shell">',
    '<div class="screen">',
    '<header class="header boot-shell__header">',
    ...[...headers].map(
      ([html, langs]) =>
        `<div class="header__text boot-shell__story" ${marked(langs)}>${html}</div>`,
    ),
    '<div class="header__controls boot-shell__controls"></div>',
    '</header>',
    '<div class="layout" aria-hidden="true">',
    ...VIEW_INFO.map(({ id }) => `<div class="panel panel--${id} skeleton__block"></div>`),
    '</div>',
    '</div>',
    ...[...statuses].map(
      ([text, langs]) => `<p class="visually-hidden" role="status" ${marked(langs)}>${text}</p>`,
    ),
    '</div>',
  ].join('');
}

/** The story's texts in `lang`: its block for that language (`ru`, or `ru-RU`), if any. */
function textsIn(story: ShellStory, lang: Lang): ShellTexts {
  const key = Object.keys(story.texts ?? {}).find(
    (tag) => tag.split('-')[0]?.toLowerCase() === lang,
  );
  return (key && story.texts?.[key]) || {};
}

/** Reads the story's title, subtitle, introduction and theirs in other languages. */
export function readShellStory(file: string): ShellStory {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const textsOf = (from: Record<string, unknown>): ShellTexts => {
    const text = (key: string) =>
      typeof from[key] === 'string' ? (from[key] as string) : undefined;
    return { title: text('title'), subtitle: text('subtitle'), intro: text('intro') };
  };
  const texts: Record<string, ShellTexts> = {};
  if (raw.texts && typeof raw.texts === 'object') {
    for (const [lang, block] of Object.entries(raw.texts as Record<string, unknown>)) {
      if (block && typeof block === 'object')
        texts[lang] = textsOf(block as Record<string, unknown>);
    }
  }
  const own = textsOf(raw);
  return { ...own, title: own.title ?? 'Dayline', texts };
}

/**
 * The Vite plugin: fills `<div id="boot"></div>` with the default story's shell, and puts the
 * script that picks its language first in `<head>`.
 */
export function bootShell({ story }: { story: string }): Plugin {
  let file = story;
  return {
    name: 'dayline:boot-shell',
    configResolved(config) {
      file = resolve(config.root, story);
    },
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!html.includes(BOOT_PLACEHOLDER)) return html;
        return {
          html: html.replace(BOOT_PLACEHOLDER, bootShellHtml(readShellStory(file))),
          tags: [{ tag: 'script', children: bootLangScript(), injectTo: 'head' }],
        };
      },
    },
  };
}
