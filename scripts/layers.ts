import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { parseSync } from 'vite';

/**
 * Which way dependencies point in `src/` (README, "How the pieces fit"), lowest first. A module
 * may import its own layer or a layer listed before it, never one listed after it. Each entry
 * names folders (or single files) under `src/`, without extension; the longest match wins. A
 * folder named nowhere is a view (a new view needs no entry here). Inside a layer, folders may
 * use each other, but never in a circle.
 */
export const LAYERS: readonly { readonly name: string; readonly units: readonly string[] }[] = [
  { name: 'foundations', units: ['words', 'time', 'render', 'workers', 'i18n'] },
  { name: 'data', units: ['data'] },
  { name: 'model', units: ['story'] },
  { name: 'widgets', units: ['ui'] },
  // The views' plain facts (id, label, URL, place), read by the store, the URL and the build.
  { name: 'catalog', units: ['views/catalog', 'views/layoutCss'] },
  { name: 'state', units: ['state'] },
  {
    name: 'views',
    units: [
      'timeline',
      'map',
      'quotes',
      'details',
      'play',
      'present',
      'print',
      'share',
      'embed',
      'offline',
    ],
  },
  // The views' components, joined to the catalog by id.
  { name: 'registry', units: ['views'] },
  { name: 'shell', units: ['shell'] },
  { name: 'apps', units: ['main', 'studio'] },
];

/** One import from a module in `src/` to another, as paths from the repository's root. */
export interface Edge {
  readonly from: string;
  readonly to: string;
}

export interface Violation {
  readonly edge: Edge;
  readonly reason: string;
}

/** The layer of a folder that no layer names. */
const DEFAULT_LAYER = 'views';

/** Where a `src/` path sits: its unit (`timeline`, `main`) and its layer's index in LAYERS. */
export function placeOf(path: string): { unit: string; layer: number } {
  const inSrc = path.replace(/^src\//, '').replace(/\.(tsx?|js|css|json)$/, '');
  let best: { unit: string; layer: number } | undefined;
  LAYERS.forEach((layer, index) => {
    for (const unit of layer.units) {
      const matches = inSrc === unit || inSrc.startsWith(`${unit}/`);
      if (matches && (!best || unit.length > best.unit.length)) best = { unit, layer: index };
    }
  });
  const unit = inSrc.split('/')[0] ?? inSrc;
  return best ?? { unit, layer: LAYERS.findIndex((l) => l.name === DEFAULT_LAYER) };
}

/** The module specifiers a TypeScript file imports: static, re-exported and dynamic. */
export function importsOf(file: string, text: string): string[] {
  const { module } = parseSync(file, text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' });
  const specifiers = [
    ...module.staticImports.map((i) => i.moduleRequest.value),
    ...module.staticExports.flatMap((e) =>
      e.entries.flatMap((entry) => (entry.moduleRequest ? [entry.moduleRequest.value] : [])),
    ),
    ...module.dynamicImports.map((d) => text.slice(d.moduleRequest.start, d.moduleRequest.end)),
  ];
  // A dynamic import's request is the written expression: keep plain string literals only.
  return specifiers
    .map((s) => s.replace(/^(['"`])(.*)\1$/, '$2'))
    .filter((s) => !/^['"`]|[+`${}]/.test(s));
}

/** Every edge between modules in `src/` (packages and assets outside `src/` are not layers). */
export function srcEdges(root: string): Edge[] {
  const edges: Edge[] = [];
  for (const from of listSources(join(root, 'src'))) {
    const path = relative(root, from);
    for (const specifier of importsOf(path, readFileSync(from, 'utf8'))) {
      if (!specifier.startsWith('.')) continue;
      const to = normalize(join(dirname(path), specifier.replace(/\?.*$/, '')));
      if (to.startsWith('src/')) edges.push({ from: path, to });
    }
  }
  return edges;
}

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return listSources(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** What is wrong with these edges: an import of a higher layer, or folders of one layer that
 * import each other in a circle. */
export function checkLayers(edges: readonly Edge[]): Violation[] {
  const violations: Violation[] = [];
  const peers = new Map<string, Map<string, Edge>>();
  for (const edge of edges) {
    const from = placeOf(edge.from);
    const to = placeOf(edge.to);
    if (to.layer > from.layer) {
      const names = `${LAYERS[from.layer]?.name} imports ${LAYERS[to.layer]?.name}`;
      violations.push({ edge, reason: `${from.unit} → ${to.unit}: ${names}, a higher layer` });
    } else if (to.layer === from.layer && to.unit !== from.unit) {
      const out = peers.get(from.unit) ?? new Map<string, Edge>();
      if (!out.has(to.unit)) out.set(to.unit, edge);
      peers.set(from.unit, out);
    }
  }
  for (const cycle of cycles(peers)) {
    const edge = peers.get(cycle[0] ?? '')?.get(cycle[1] ?? '');
    if (edge) violations.push({ edge, reason: `folders import each other: ${cycle.join(' → ')}` });
  }
  return violations;
}

/** Each circle among the units once, as a path that returns to its start. */
function cycles(graph: ReadonlyMap<string, ReadonlyMap<string, Edge>>): string[][] {
  const found = new Map<string, string[]>();
  const walk = (start: string, at: string, path: string[]) => {
    for (const next of graph.get(at)?.keys() ?? []) {
      if (next === start) {
        const key = [...path].sort().join(',');
        if (!found.has(key)) found.set(key, [...path, start]);
      } else if (!path.includes(next) && next > start) {
        walk(start, next, [...path, next]);
      }
    }
  };
  for (const start of graph.keys()) walk(start, start, [start]);
  return [...found.values()];
}
