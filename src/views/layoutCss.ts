import { VIEW_INFO, type ViewInfo } from './catalog.js';

/**
 * The wide layout's grid, written from the views' places: the top views across the full width,
 * the others as columns below, and one view alone (`view=`) filling the grid. Served to the page
 * as `virtual:view-layout.css` (scripts/vite-plugin-view-layout.ts), so that it is in the first
 * paint's style sheet like the rest of the theme.
 */
export function layoutCss(views: readonly ViewInfo[] = VIEW_INFO): string {
  const top = views.filter((v) => v.place.row === 'top');
  const columns = views.flatMap((v) => (v.place.row === 'bottom' ? [v] : []));
  const widths = columns.map((v) => (v.place.row === 'bottom' ? v.place.width : 1));
  const count = Math.max(1, columns.length);
  const rows = [
    ...top.map((v) => Array.from({ length: count }, () => v.id).join(' ')),
    ...(columns.length ? [columns.map((v) => v.id).join(' ')] : []),
  ];
  const rules = [
    `.layout {\n  grid-template-columns: ${
      widths.length ? widths.map((w) => `minmax(0, ${w}fr)`).join(' ') : 'minmax(0, 1fr)'
    };\n  grid-template-areas: ${rows.map((r) => `"${r}"`).join(' ')};\n}`,
    ...views.map((v) => `.panel--${v.id} {\n  grid-area: ${v.id};\n}`),
    ...views
      .filter((v) => v.alone !== null)
      .map(
        (v) =>
          `.app--view-${v.id} .layout {\n  grid-template-columns: minmax(0, 1fr);\n  grid-template-rows: minmax(0, 1fr);\n  grid-template-areas: "${v.id}";\n}`,
      ),
  ];
  return `${rules.join('\n')}\n`;
}
