/**
 * Writes the default story's first screen into `index.html` at build time (and in the dev
 * server): the header with its title, subtitle and introduction, above the outline of the views.
 * Readers see the story's words in the first paint, before any JavaScript has run, and the app
 * replaces the shell in the same frame as it shows the explorer (`src/shell/bootShell.ts`).
 * For another story (`data=`), an embed or the presenter view, a tiny script in the page hides
 * the words and leaves the outline.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import en from '../src/i18n/messages/en.json' with { type: 'json' };
import { VIEW_INFO } from '../src/views/catalog.js';
import { escapeHtml } from '../src/words/html.js';

/** The element the shell replaces in `index.html`. */
export const BOOT_PLACEHOLDER = '<div id="boot"></div>';

/** What the shell shows of a story. */
export interface ShellStory {
  readonly title: string;
  readonly subtitle?: string;
  readonly intro?: string;
}

/**
 * The shell's markup. It uses the class names of `Header` and `LoadingSkeleton`, so it looks
 * exactly like the header the app then draws in its place, and their English words (en.json).
 */
export function bootShellHtml(story: ShellStory): string {
  const line = (tag: string, cls: string, text: string | undefined) =>
    text ? `<${tag} class="${cls}">${escapeHtml(text)}</${tag}>` : '';
  return [
    '<div id="boot" class="app app--page boot-shell">',
    '<div class="screen">',
    '<header class="header boot-shell__header">',
    '<div class="header__text boot-shell__story">',
    `<p class="header__brand">Dayline<a class="header__studio" href="./studio.html">${escapeHtml(en['header.studio'])}</a></p>`,
    line('h1', 'header__title', story.title),
    line('p', 'header__subtitle', story.subtitle),
    line('p', 'header__intro', story.intro),
    // Holds the line of the header's "Read the introduction" button (Header shows it past 180).
    story.intro && story.intro.length > 180
      ? `<span class="link-button header__more boot-shell__more" aria-hidden="true">${escapeHtml(en['header.readIntro'])}</span>`
      : '',
    '</div>',
    '<div class="header__controls boot-shell__controls"></div>',
    '</header>',
    '<div class="layout" aria-hidden="true">',
    ...VIEW_INFO.map(({ id }) => `<div class="panel panel--${id} skeleton__block"></div>`),
    '</div>',
    '</div>',
    `<p class="visually-hidden" role="status">${escapeHtml(en['loading.story'])}</p>`,
    '</div>',
  ].join('');
}

/** Reads the story's title, subtitle and introduction; anything else in the file is ignored. */
export function readShellStory(file: string): ShellStory {
  const raw = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
  return { title: text('title') ?? 'Dayline', subtitle: text('subtitle'), intro: text('intro') };
}

/** The Vite plugin: fills `<div id="boot"></div>` with the default story's shell. */
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
        return html.replace(BOOT_PLACEHOLDER, bootShellHtml(readShellStory(file)));
      },
    },
  };
}
