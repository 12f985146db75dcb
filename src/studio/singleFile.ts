import { EMBEDDED_STORY_ID, jsonForScript } from '../data/embedded';
import { escapeHtml } from '../words/html';
import type { PublishedText } from './publish';

/** The explorer as one page, built with the default story (scripts/vite-plugin-single-file.ts). */
export const SINGLE_FILE = 'dayline-single.html';

/** Past this length, the header folds the introduction behind "Read the introduction". */
const INTRO_FOLD = 180;

/** The page's title for a published story. */
export const pageTitle = (text: PublishedText): string => `Dayline — ${text.title}`;

/** The link previews' meta tags, `[attribute, its value, content]`, for a published story. */
export function previewMeta(text: PublishedText): readonly (readonly [string, string, string])[] {
  const description = text.subtitle ?? text.intro ?? text.title;
  return [
    ['name', 'description', description],
    ['property', 'og:title', `${text.title} — Dayline`],
    ['property', 'og:description', description],
    ['name', 'twitter:title', `${text.title} — Dayline`],
    ['name', 'twitter:description', description],
  ];
}

const STORY_OPEN = `<script type="application/json" id="${EMBEDDED_STORY_ID}">`;
/**
 * The story's words in the page's first screen, as scripts/vite-plugin-boot-shell.ts writes them:
 * one block per interface language, each up to its end (`</div>`). A published story's words are
 * written into every block (the Studio publishes the story's own texts).
 */
const BOOT_WORDS = /<h1 class="header__title">[\s\S]*?(?=<\/div>)/g;

/**
 * The one-file page with another story: the story's JSON in the page's data element (written so
 * that no word in it can end the element), and its title, subtitle and introduction in the first
 * screen, the page title and the link previews. Works on text, so the command line can use it too.
 * Throws when `template` is not the one-file page.
 */
export function fillSingleFile(template: string, storyJson: string, text: PublishedText): string {
  const at = template.indexOf(STORY_OPEN);
  const end = template.indexOf('</script>', at);
  if (at < 0 || end < 0 || !template.slice(0, at).match(BOOT_WORDS)) {
    throw new Error(`this is not Dayline’s one-file page (${SINGLE_FILE})`);
  }
  const line = (tag: string, cls: string, value: string | undefined) =>
    value ? `<${tag} class="${cls}">${escapeHtml(value)}</${tag}>` : '';
  const words = [
    line('h1', 'header__title', text.title),
    line('p', 'header__subtitle', text.subtitle),
    line('p', 'header__intro', text.intro),
    text.intro && text.intro.length > INTRO_FOLD
      ? '<span class="link-button header__more boot-shell__more" aria-hidden="true">Read the introduction</span>'
      : '',
  ].join('');
  let head = template.slice(0, at).replace(BOOT_WORDS, () => words);
  head = head.replace(
    /<title>[^<]*<\/title>/,
    () => `<title>${escapeHtml(pageTitle(text))}</title>`,
  );
  for (const [attr, key, value] of previewMeta(text)) {
    head = head.replace(
      new RegExp(`(<meta ${attr}="${key}" content=")[^"]*(")`),
      (_, open: string, close: string) => `${open}${escapeHtml(value)}${close}`,
    );
  }
  return `${head}${STORY_OPEN}${jsonForScript(storyJson)}${template.slice(end)}`;
}
