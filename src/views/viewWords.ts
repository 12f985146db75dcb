import type { MessageId, Translate } from '../i18n/i18n';
import { VIEW_INFO, type ViewInfo } from './catalog';

type WordField = 'label' | 'title' | 'alone' | 'skipLink';

/** The catalog's words for the views it names; a view not listed keeps the catalog's English. */
const MESSAGES: Readonly<Record<string, Partial<Record<WordField, MessageId>>>> = {
  timeline: { label: 'view.timeline', title: 'timeline.title', alone: 'share.viewTimeline' },
  map: { label: 'view.map', title: 'map.title', alone: 'share.viewMap' },
  quotes: {
    label: 'view.quotes',
    title: 'quotes.title',
    alone: 'share.viewQuotes',
    skipLink: 'explorer.skipToQuotes',
  },
  details: { label: 'view.details', title: 'details.title' },
};

/** A view's words in the reader's language. */
export function viewWord(t: Translate, id: string, field: WordField): string {
  const message = MESSAGES[id]?.[field];
  if (message) return t(message);
  const info: ViewInfo | undefined = VIEW_INFO.find((v) => v.id === id);
  return info?.[field] ?? '';
}
