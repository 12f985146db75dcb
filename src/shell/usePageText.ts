import { useEffect } from 'react';

/**
 * Keeps the window's title and the page's `<meta name="description">` in the reader's language:
 * `index.html` has them in the story's own language, for link previews that read no script.
 */
export function usePageText(title: string, description: string): void {
  useEffect(
    function writeTitle() {
      document.title = title;
    },
    [title],
  );
  useEffect(
    function writeDescription() {
      let meta = document.head.querySelector<HTMLMetaElement>('meta[name="description"]');
      if (!meta) {
        meta = document.createElement('meta');
        meta.name = 'description';
        document.head.append(meta);
      }
      meta.content = description;
    },
    [description],
  );
}
