import { createStore, del, get, set } from 'idb-keyval';
import type { Workbook } from './workbook';

/** What the Studio keeps in the browser between visits. */
export interface Draft {
  readonly book: Workbook;
  /** The file it came from, for the export's name. */
  readonly name: string;
  readonly savedAt: number;
}

const KEY = 'draft';
// A database of its own, so that nothing else on the origin can clash with it.
const store = () => createStore('dayline-studio', 'drafts');

/** The saved draft, or null; a browser without IndexedDB (private modes) gives null too. */
export async function loadDraft(): Promise<Draft | null> {
  try {
    const draft = await get<Draft>(KEY, store());
    return draft && Array.isArray(draft.book?.sheets) ? draft : null;
  } catch {
    return null;
  }
}

/** Saves the draft; resolves false when the browser refused (quota, private mode). */
export async function saveDraft(draft: Draft): Promise<boolean> {
  try {
    await set(KEY, draft, store());
    return true;
  } catch {
    return false;
  }
}

export async function deleteDraft(): Promise<void> {
  try {
    await del(KEY, store());
  } catch {
    // Nothing saved, nothing to delete.
  }
}
