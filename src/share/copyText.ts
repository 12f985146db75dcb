/** How a copy went: by the Clipboard API, by the older `execCommand` route, or not at all. */
export type CopyOutcome = 'copied' | 'failed';

/**
 * Copies text. The Clipboard API is refused in insecure contexts and in iframes without
 * `clipboard-write`, so the field's own text is then selected and copied the old way; if that
 * fails too, the text stays selected for the reader to copy by hand.
 */
export async function copyText(
  text: string,
  field: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<CopyOutcome> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return 'copied';
    }
  } catch {
    // Fall through to the selection route.
  }
  if (!field) return 'failed';
  field.focus();
  field.select();
  try {
    return document.execCommand?.('copy') ? 'copied' : 'failed';
  } catch {
    return 'failed';
  }
}
