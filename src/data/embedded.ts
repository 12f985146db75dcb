/**
 * A story carried by the page itself, in `<script type="application/json" id="dayline-story">`:
 * the single HTML file the Studio exports (issue 14), which opens from disk where nothing can be
 * fetched. The element holds data, never code: it is not run, and `jsonForScript` writes its text
 * so that no word of the story can end the element.
 */

/** The id of the element that holds the page's own story. */
export const EMBEDDED_STORY_ID = 'dayline-story';

/**
 * JSON text made safe as the content of a `<script>` element: every `<` (which valid JSON has only
 * inside strings) is written `\u003c`, so a quote holding `</script>` or `<!--` cannot close or
 * change the element, and `JSON.parse` reads back exactly the same value.
 */
export function jsonForScript(json: string): string {
  return json.replace(/</g, '\\u003c');
}

/** The text of the page's own story, or `null` when the page carries none. */
export function embeddedStoryText(doc: Document = document): string | null {
  const element = doc.getElementById(EMBEDDED_STORY_ID);
  if (element?.tagName !== 'SCRIPT' || element.getAttribute('type') !== 'application/json') {
    return null;
  }
  return element.textContent;
}
