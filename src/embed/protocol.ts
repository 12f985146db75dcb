import type { Problem } from '../data/problems';
import { isLang, type Lang } from '../i18n/lang';
import type { ChangeSource } from '../state/store';
import { ITEM_KINDS, type ItemKind, type Selection } from '../story/selection';
import type { Story } from '../story/types';
import { parseIsoTime } from '../time/iso';

/** Marks every Dayline message, both ways; the protocol's version. */
export const PROTOCOL_VERSION = 1;

/** The app has shown its story; the host may start sending commands. */
export interface ReadyMessage {
  readonly dayline: 1;
  readonly type: 'ready';
  readonly story: { readonly id: string; readonly title: string };
  /** What is selected when the story first shows (from `select=`), or `null`. */
  readonly selection: Selection | null;
}

/** The height the content needs, in CSS pixels, so the host can size the iframe. */
export interface ResizeMessage {
  readonly dayline: 1;
  readonly type: 'resize';
  readonly height: number;
}

/** The selection changed, or a host `select`/`clear` was applied. */
export interface SelectMessage {
  readonly dayline: 1;
  readonly type: 'select';
  readonly selection: Selection | null;
  /** Who changed it: `user` (the reader), `host` (a host command), `url` (Back/Forward). */
  readonly source: ChangeSource;
}

/** The story could not be loaded; the frame shows the same problems with a Retry button. */
export interface ErrorMessage {
  readonly dayline: 1;
  readonly type: 'error';
  readonly problems: readonly Problem[];
}

/** While the day plays (or its time is moved): the playhead and whether it is playing. */
export interface TimeMessage {
  readonly dayline: 1;
  readonly type: 'time';
  /** ISO time with offset, or `null` when no time is set. */
  readonly t: string | null;
  readonly playing: boolean;
}

/** Everything the app posts to its host. */
export type AppMessage = ReadyMessage | ResizeMessage | SelectMessage | ErrorMessage | TimeMessage;

/** The AMP resize request that AMP pages and several CMSs already act on. */
export interface AmpResizeMessage {
  readonly sentinel: 'amp';
  readonly type: 'embed-size';
  readonly height: number;
}

/** A valid command from the host, already checked against the story. */
export type HostCommand =
  | { readonly type: 'select'; readonly selection: Selection }
  | { readonly type: 'clear' }
  | { readonly type: 'step'; readonly delta: 1 | -1 }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'seek'; readonly t: string }
  | { readonly type: 'lang'; readonly lang: Lang };

/** Ids longer than this are refused before any look-up. */
const MAX_ID_LENGTH = 512;

/**
 * Reads one incoming message. Returns `null` for anything that is not exactly a Dayline host
 * command naming an item of this story: the page may receive messages from ads, extensions and
 * other widgets, and none of them may change the selection or raise an error.
 */
export function readHostMessage(data: unknown, story: Pick<Story, 'has'>): HostCommand | null {
  if (!isPlainObject(data) || data.dayline !== PROTOCOL_VERSION) return null;
  switch (data.type) {
    case 'select': {
      const { kind, id } = data;
      if (!isItemKind(kind) || typeof id !== 'string' || id === '') return null;
      if (id.length > MAX_ID_LENGTH) return null;
      const selection: Selection = { kind, id };
      return story.has(selection) ? { type: 'select', selection } : null;
    }
    case 'clear':
      return { type: 'clear' };
    case 'step':
      return data.delta === 1 || data.delta === -1 ? { type: 'step', delta: data.delta } : null;
    case 'play':
    case 'pause':
      return { type: data.type };
    case 'seek':
      return typeof data.t === 'string' && data.t.length <= 64 && parseIsoTime(data.t) !== undefined
        ? { type: 'seek', t: data.t }
        : null;
    case 'lang':
      return isLang(data.lang) ? { type: 'lang', lang: data.lang } : null;
    default:
      return null;
  }
}

/** Both resize messages for one height: Dayline's own and the AMP form. */
export function resizeMessages(height: number): [ResizeMessage, AmpResizeMessage] {
  return [
    { dayline: PROTOCOL_VERSION, type: 'resize', height },
    { sentinel: 'amp', type: 'embed-size', height },
  ];
}

/** `ready`, with a plain copy of the starting selection. */
export function readyMessage(story: Pick<Story, 'id' | 'title'>, selection: Selection | null) {
  const message: ReadyMessage = {
    dayline: PROTOCOL_VERSION,
    type: 'ready',
    story: { id: story.id, title: story.title },
    selection: copySelection(selection),
  };
  return message;
}

/** `select`: the selection now, and who changed it. */
export function selectMessage(selection: Selection | null, source: ChangeSource): SelectMessage {
  return { dayline: PROTOCOL_VERSION, type: 'select', selection: copySelection(selection), source };
}

/** `time`: the playhead and whether the day is playing. */
export function timeMessage(t: string | null, playing: boolean): TimeMessage {
  return { dayline: PROTOCOL_VERSION, type: 'time', t, playing };
}

/** `error`: the located problems the frame shows instead of the story. */
export function errorMessage(problems: readonly Problem[]): ErrorMessage {
  return {
    dayline: PROTOCOL_VERSION,
    type: 'error',
    problems: problems.map(({ path, message }) => ({ path, message })),
  };
}

// Tour stops carry frozen selections with extra fields; the host gets exactly `{kind, id}`.
function copySelection(selection: Selection | null): Selection | null {
  return selection ? { kind: selection.kind, id: selection.id } : null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isItemKind(value: unknown): value is ItemKind {
  return typeof value === 'string' && (ITEM_KINDS as readonly string[]).includes(value);
}
