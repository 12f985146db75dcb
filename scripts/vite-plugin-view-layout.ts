/**
 * Writes the explorer's grid, made from the views' catalog (src/views/layoutCss.ts), into the
 * theme's style sheet where it says `@view-layout`: the layout is part of the page's first style
 * sheet, in the theme's own order, so the first screen from index.html has it before any script.
 */
import type { Plugin } from 'vite';
import { layoutCss } from '../src/views/layoutCss.js';

/** The comment in the theme that the layout follows. */
export const VIEW_LAYOUT_MARK = /\/\* @view-layout:[\s\S]*?\*\/\n/;

export function viewLayout({ theme = 'src/shell/theme.css' } = {}): Plugin {
  return {
    name: 'dayline:view-layout',
    enforce: 'pre',
    transform(code, id) {
      if (!id.split('?')[0]?.endsWith(theme)) return null;
      if (!VIEW_LAYOUT_MARK.test(code)) this.error(`${theme} has no @view-layout comment`);
      return { code: code.replace(VIEW_LAYOUT_MARK, (mark) => mark + layoutCss()), map: null };
    },
  };
}
