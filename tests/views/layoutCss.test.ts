import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { VIEW_LAYOUT_MARK, viewLayout } from '../../scripts/vite-plugin-view-layout';
import { layoutCss } from '../../src/views/layoutCss';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const THEME = resolve(ROOT, 'src/shell/theme.css');

type Transform = (code: string, id: string) => { code: string } | null;

describe('the layout written from the views’ catalog', () => {
  it('is the explorer’s grid: the timeline across the top, map, quotes and details below', () => {
    const css = layoutCss();
    expect(css).toContain(
      '.layout {\n  grid-template-columns: minmax(0, 1.35fr) minmax(0, 1fr) minmax(0, 0.85fr);\n' +
        '  grid-template-areas: "timeline timeline timeline" "map quotes details";\n}',
    );
    for (const view of ['timeline', 'map', 'quotes', 'details'])
      expect(css).toContain(`.panel--${view} {\n  grid-area: ${view};\n}`);
    // view= shows the timeline, the map or the quotes alone; the details never.
    for (const view of ['timeline', 'map', 'quotes'])
      expect(css).toContain(`.app--view-${view} .layout {`);
    expect(css).not.toContain('.app--view-details');
  });

  it('goes into the theme where it says @view-layout, and nowhere else', () => {
    const transform = viewLayout().transform as unknown as Transform;
    const theme = readFileSync(THEME, 'utf8');
    expect(theme).toMatch(VIEW_LAYOUT_MARK);
    const out = transform.call(
      {
        error: (m: string) => {
          throw new Error(m);
        },
      },
      theme,
      THEME,
    );
    expect(out?.code).toContain(layoutCss());
    expect(out?.code.indexOf(layoutCss())).toBeLessThan(out?.code.indexOf('.panel {') ?? 0);
    expect(transform.call({}, '.x {}', resolve(ROOT, 'src/map/map.css'))).toBeNull();
  });
});
