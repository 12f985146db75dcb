import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLayers, type Edge, importsOf, placeOf, srcEdges } from '../../scripts/layers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const reasons = (edges: Edge[]) => checkLayers(edges).map((v) => v.reason);

describe('the import graph of src/', () => {
  it('points down only: no folder imports a higher layer, and no folders import each other', () => {
    const edges = srcEdges(ROOT);
    // The graph is really read: the app has hundreds of imports between its modules.
    expect(edges.length).toBeGreaterThan(300);
    expect(edges).toContainEqual({ from: 'src/shell/App.tsx', to: 'src/state/store' });
    expect(checkLayers(edges).map((v) => `${v.edge.from} → ${v.edge.to}: ${v.reason}`)).toEqual([]);
  });

  it('fails when a view imports the shell, the model the store, or data the model', () => {
    expect(reasons([{ from: 'src/quotes/QuoteItem.tsx', to: 'src/shell/Header' }])).toEqual([
      'quotes → shell: views imports shell, a higher layer',
    ]);
    expect(reasons([{ from: 'src/story/build.ts', to: 'src/state/store' }])).toEqual([
      'story → state: model imports state, a higher layer',
    ]);
    expect(reasons([{ from: 'src/data/load.ts', to: 'src/story/build' }])).toEqual([
      'data → story: data imports model, a higher layer',
    ]);
    expect(reasons([{ from: 'src/ui/SideMark.tsx', to: 'src/details/parts' }])).toHaveLength(1);
  });

  it('fails when two folders of one layer import each other, even through a third', () => {
    expect(
      reasons([
        { from: 'src/print/Handout.tsx', to: 'src/present/stopContent' },
        { from: 'src/present/StopCard.tsx', to: 'src/print/HandoutStops' },
      ]),
    ).toEqual(['folders import each other: present → print → present']);
    expect(
      reasons([
        { from: 'src/share/ShareDialog.tsx', to: 'src/play/clock' },
        { from: 'src/play/clock.ts', to: 'src/quotes/quoteLabel' },
        { from: 'src/quotes/QuoteItem.tsx', to: 'src/share/shareLinks' },
      ]),
    ).toEqual(['folders import each other: play → quotes → share → play']);
    // One way only is fine, and so is a folder using itself.
    expect(reasons([{ from: 'src/share/ShareDialog.tsx', to: 'src/play/clock' }])).toEqual([]);
    expect(reasons([{ from: 'src/play/clock.ts', to: 'src/play/timeRef' }])).toEqual([]);
  });

  it('takes a folder that no layer names for a view: the model may not use it', () => {
    expect(placeOf('src/people/PeopleView.tsx')).toEqual({
      unit: 'people',
      layer: placeOf('src/quotes/QuotesView.tsx').layer,
    });
    expect(reasons([{ from: 'src/people/PeopleView.tsx', to: 'src/story/types' }])).toEqual([]);
    expect(reasons([{ from: 'src/story/build.ts', to: 'src/people/PeopleView' }])).toEqual([
      'story → people: model imports views, a higher layer',
    ]);
    expect(placeOf('src/main.tsx').unit).toBe('main');
    expect(placeOf('src/studio/preview/main.tsx').unit).toBe('studio');
    expect(placeOf('src/views/catalog.ts').unit).toBe('views/catalog');
    expect(placeOf('src/views/registry.tsx').unit).toBe('views');
  });

  it('reads every kind of import: type-only, re-exports, side effects and import()', () => {
    const text = [
      "import type { A } from './types';",
      "import { b, type C } from '../story/build';",
      "import './theme.css';",
      "export { d } from '../time/zone';",
      "export * from './all';",
      "const lazy = () => import('../map/MapView');",
      "// import { gone } from '../shell/App';",
      'const text = "import { no } from \'../shell/App\'";',
      `const dynamic = (name: string) => import(\`./\${name}\`);`,
    ].join('\n');
    expect(importsOf('x.tsx', text).sort()).toEqual(
      [
        '../map/MapView',
        '../story/build',
        '../time/zone',
        './all',
        './theme.css',
        './types',
      ].sort(),
    );
  });
});
