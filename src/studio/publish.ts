import { zipSync } from 'fflate';
import exampleUrl from '../../data/alaska-summit-2025.json?url';
import { fillSingleFile, pageTitle, previewMeta, SINGLE_FILE } from './singleFile';

/** What the published page's first screen and link previews show. */
export interface PublishedText {
  readonly title: string;
  readonly subtitle?: string;
  readonly intro?: string;
}

/** The build's files, as the service worker's precache list names them (`./assets/…`). */
function precacheList(sw: string): string[] {
  const m = /\[("\.\/[^"]+"(?:,"\.\/[^"]+")*)\]/.exec(sw);
  if (!m) throw new Error('cannot find the list of the site’s files in sw.js');
  return JSON.parse(`[${m[1]}]`) as string[];
}

/** A short hash of text (FNV-1a, 64 bits as hex), so a published site gets its own cache name. */
function hash(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    h ^= BigInt(text.charCodeAt(i));
    h = (h * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return h.toString(16).padStart(16, '0');
}

/** index.html with the story's title and introduction in its first screen and link previews. */
function retitle(html: string, text: PublishedText): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const set = (selector: string, value: string | undefined) => {
    for (const el of doc.querySelectorAll(selector)) {
      if (value === undefined) el.remove();
      else el.textContent = value;
    }
  };
  set('#boot .header__title', text.title);
  set('#boot .header__subtitle', text.subtitle);
  set('#boot .header__intro', text.intro);
  doc.title = pageTitle(text);
  for (const [attr, key, value] of previewMeta(text)) {
    doc.querySelector(`meta[${attr}="${key}"]`)?.setAttribute('content', value);
  }
  return `<!doctype html>\n${doc.documentElement.outerHTML}\n`;
}

/**
 * A ready-to-host website: this very build (fetched file by file from the service worker's
 * list), with the story in place of the default one. It works from any sub-path (relative
 * addresses) and offline after the first visit (the service worker, under a cache name of its own),
 * and holds the story's single HTML file as `dayline-single.html`.
 */
export async function siteZip(storyJson: string, text: PublishedText): Promise<Uint8Array> {
  const base = new URL('./', document.baseURI);
  const get = async (path: string) => {
    const response = await fetch(new URL(path, base));
    if (!response.ok) throw new Error(`could not fetch ${path} (${response.status})`);
    return new Uint8Array(await response.arrayBuffer());
  };
  const decoder = new TextDecoder();
  const encoder = new TextEncoder();
  const sw = decoder.decode(await get('./sw.js'));
  const paths = precacheList(sw).filter((p) => !p.startsWith('./e2e-fixtures/'));
  const storyPath = `./${new URL(exampleUrl, document.baseURI).href.slice(base.href.length)}`;
  if (!paths.includes(storyPath)) throw new Error('this build does not list its default story');
  const build = /"([0-9a-f]{16})"/.exec(sw)?.[1];
  const files: Record<string, Uint8Array> = {};
  for (const path of paths) {
    const name = path.slice(2);
    if (path === storyPath) files[name] = encoder.encode(storyJson);
    else if (name === 'index.html')
      files[name] = encoder.encode(retitle(decoder.decode(await get(path)), text));
    else files[name] = await get(path);
  }
  files['sw.js'] = encoder.encode(build ? sw.replaceAll(build, hash(`${build}${storyJson}`)) : sw);
  // The one-file page too (not in the worker's list: readers never load it), with the story in
  // it, so the site offers its story as a single file and its Studio can export one.
  files[SINGLE_FILE] = encoder.encode(await singleHtml(storyJson, text));
  return zipSync(files, { level: 6 });
}

/**
 * The same explorer as one HTML file that opens by double-click (`file://`), with no server and
 * no network: this build's one-file page (fetched from beside the Studio) with the story in it.
 */
export async function singleHtml(storyJson: string, text: PublishedText): Promise<string> {
  const response = await fetch(new URL(`./${SINGLE_FILE}`, document.baseURI));
  if (!response.ok) {
    throw new Error(
      `this site has no ${SINGLE_FILE} (${response.status}); it is made by npm run build`,
    );
  }
  return fillSingleFile(await response.text(), storyJson, text);
}
