import type { Lang } from '../i18n/lang';
import { type AppState, INITIAL_STATE } from '../state/store';
import { DEFAULT_FRAME, type Frame, serialiseUrl } from '../state/url';

/** What a shared link or embed starts with, as chosen in the Share & embed dialog. */
export type ShareChoice = Pick<AppState, 'selection' | 'view' | 'zone'> & {
  /** The playhead (`t=`), when the link should open at that moment of the day. */
  readonly t?: string | null;
  /** The language it opens in (`lang=`); absent: each reader's own preferred language. */
  readonly lang?: Lang | null;
};

/** Default size of the iframe in the snippet; `embed.js` then follows the content's height. */
export const SNIPPET_HEIGHT = 640;

/** The app's address: the page the app is served from, without query or hash. */
export function appAddress(location: Pick<Location, 'href'>): string {
  const url = new URL(location.href);
  url.search = '';
  url.hash = '';
  return url.href;
}

function stateFor(choice: ShareChoice): AppState {
  const { selection, view, zone, t = null, lang } = choice;
  return { ...INITIAL_STATE, selection, view, zone, t, lang: lang ?? 'en' };
}

/** English is the URL's default, so a link chosen to open in English says so itself. */
function withLang(search: string, choice: ShareChoice): string {
  if (choice.lang !== 'en') return search;
  return search ? `${search}&lang=en` : '?lang=en';
}

/** A link to the full app showing the choice; the story (`data=`) travels with it. */
export function shareUrl(app: string, choice: ShareChoice, frame: Frame): string {
  return (
    app + withLang(serialiseUrl(stateFor(choice), { ...DEFAULT_FRAME, data: frame.data }), choice)
  );
}

/** The iframe's `src`: the same state in embed mode. */
export function embedUrl(app: string, choice: ShareChoice, frame: Frame): string {
  return (
    app +
    withLang(
      serialiseUrl(stateFor(choice), { ...DEFAULT_FRAME, data: frame.data, embed: true }),
      choice,
    )
  );
}

/** "Open full view": the state the embed shows now, without embed mode, for a new tab. */
export function fullViewUrl(app: string, state: AppState, frame: Frame): string {
  return app + serialiseUrl({ ...state, present: false }, { ...DEFAULT_FRAME, data: frame.data });
}

/** The paste-ready embed code: the iframe and the host script that sizes it. */
export function embedSnippet(
  src: string,
  title: string,
  app: string,
  /** The frame's accessible name, in the reader's language. */
  frameTitle = `Dayline: ${title}`,
): string {
  const script = new URL('embed.js', app).href;
  const iframe = [
    `<iframe src="${escapeAttribute(src)}"`,
    ` title="${escapeAttribute(frameTitle)}"`,
    ` width="100%" height="${SNIPPET_HEIGHT}"`,
    ` style="border:0;max-width:100%"`,
    ` loading="lazy" allow="fullscreen"></iframe>`,
  ].join('');
  return `${iframe}\n<script src="${escapeAttribute(script)}" async></script>`;
}

/** Text safe inside a double-quoted HTML attribute (story titles are untrusted). */
export function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}
