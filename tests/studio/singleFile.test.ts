import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runExport } from '../../scripts/studio-cli';
import { bootShellHtml } from '../../scripts/vite-plugin-boot-shell';
import { assemblePage } from '../../scripts/vite-plugin-single-file';
import { EMBEDDED_STORY_ID, embeddedStoryText, jsonForScript } from '../../src/data/embedded';
import { fillSingleFile } from '../../src/studio/singleFile';
import { alaska } from './helpers';

const BREAKOUT = '</script><script>window.hacked = 1</script><!-- <script>';

/** A page as Vite writes it: one script and one style sheet by address, the first screen. */
function vitePage(): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '  <head>',
    '    <meta charset="UTF-8" />',
    '    <title>Dayline — The old title</title>',
    '    <meta name="description" content="old" />',
    '    <link rel="icon" href="./favicon.svg" type="image/svg+xml" />',
    '    <meta property="og:title" content="old" />',
    '    <meta property="og:description" content="old" />',
    '    <meta name="twitter:title" content="old" />',
    '    <meta name="twitter:description" content="old" />',
    '    <link rel="manifest" href="./manifest.webmanifest" />',
    '    <link rel="apple-touch-icon" href="./icon-192.png" />',
    "    <script>if (/[?&]data=/.test(location.search)) document.documentElement.classList.add('boot-plain');</script>",
    '    <script type="module" crossorigin src="./assets/index-abc.js"></script>',
    '    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">',
    '  </head>',
    '  <body>',
    `    ${bootShellHtml({ title: 'The old title', subtitle: 'Old subtitle', intro: 'Old intro.' })}`,
    '    <div id="root"></div>',
    '  </body>',
    '</html>',
  ].join('\n');
}

function template(): string {
  return assemblePage({
    html: vitePage(),
    // A bundle may hold markup in its strings (React DOM does).
    script: `const markup = "${BREAKOUT.replaceAll('"', '\\"')}"; window.ran = markup;`,
    style: 'body{color:#222}',
    storyJson: JSON.stringify(alaska()),
    favicon: 'data:image/svg+xml;base64,PHN2Zy8+',
    dataOrigins: null,
  });
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/** Every inline script and style the page runs is allowed by its own policy, by hash. */
function expectPolicyAllowsItself(doc: Document) {
  const policy =
    doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
  const directive = (name: string) =>
    policy
      .split(';')
      .map((d) => d.trim())
      .find((d) => d.startsWith(`${name} `)) ?? '';
  const scripts = [...doc.querySelectorAll('script')].filter(
    (s) => s.getAttribute('type') !== 'application/json',
  );
  expect(scripts).toHaveLength(2);
  for (const s of scripts) expect(directive('script-src')).toContain(sha(s.textContent ?? ''));
  for (const s of doc.querySelectorAll('style')) {
    expect(directive('style-src')).toContain(sha(s.textContent ?? ''));
  }
  expect(directive('connect-src')).toContain('data:');
}

describe('the one-file page', () => {
  it('names no other file and carries its script, style and story inline', () => {
    const html = template();
    expect(html).not.toMatch(/\bsrc=|rel="(stylesheet|manifest|apple-touch-icon)"|favicon\.svg/);
    const doc = parse(html);
    expect(doc.querySelector('script[type="module"]')?.textContent).toContain('window.ran');
    expect(doc.querySelector('style')?.textContent).toBe('body{color:#222}');
    expect(JSON.parse(embeddedStoryText(doc) ?? '')).toEqual(alaska());
    expectPolicyAllowsItself(doc);
  });

  it('takes another story: its words in the data element and the first screen, nothing run', () => {
    const story = alaska();
    const quotes = story.quotes as { text: string }[];
    // Not a real quote: a test of escaping on a copy of the data.
    (quotes[0] as { text: string }).text = BREAKOUT;
    const title = `A <b>title</b> & "more" ${BREAKOUT}`;
    const html = fillSingleFile(template(), JSON.stringify(story), {
      title,
      intro: 'x'.repeat(200),
    });
    const doc = parse(html);
    expect(JSON.parse(embeddedStoryText(doc) ?? '')).toEqual(story);
    expect(doc.querySelectorAll(`#${EMBEDDED_STORY_ID}`)).toHaveLength(1);
    expect(doc.title).toBe(`Dayline — ${title}`);
    // In the block of every interface language.
    const titles = [...doc.querySelectorAll('#boot .header__title')].map((h) => h.textContent);
    expect(titles).toEqual(['en', 'ru', 'uk'].map(() => title));
    expect(doc.querySelector('#boot .header__subtitle')).toBeNull();
    expect(doc.querySelector('#boot .header__intro')?.textContent).toBe('x'.repeat(200));
    expect(doc.querySelector('#boot .boot-shell__more')).not.toBeNull();
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(
      `${title} — Dayline`,
    );
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
      'x'.repeat(200),
    );
    expect(doc.querySelectorAll('#boot b')).toHaveLength(0);
    expectPolicyAllowsItself(doc);
  });

  it('refuses a page that is not the one-file page', () => {
    expect(() => fillSingleFile(vitePage(), '{}', { title: 'x' })).toThrow(/one-file page/);
  });

  it('writes any JSON so that it cannot end its element and reads back the same', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = jsonForScript(JSON.stringify(value));
        expect(text).not.toContain('<');
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('npm run export -- story.json --out story.html', () => {
  const dir = mkdtempSync(join(tmpdir(), 'studio-single-'));

  it('writes the one-file page with the story', () => {
    const page = join(dir, 'template.html');
    writeFileSync(page, template());
    const out = join(dir, 'story.html');
    const lines: string[] = [];
    const output = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const file = 'data/alaska-summit-2025.json';
    expect(runExport([file, '--out', out, '--template', page], output)).toBe(0);
    expect(lines).toEqual([`${file}: ok — wrote ${out}`]);
    const doc = parse(readFileSync(out, 'utf8'));
    expect(embeddedStoryText(doc)?.replaceAll('\\u003c', '<')).toBe(readFileSync(file, 'utf8'));
    expect(doc.querySelector('#boot .header__title')?.textContent).toBe(alaska().title);
  });

  it('exits 1 when there is no one-file page to fill', () => {
    const lines: string[] = [];
    const output = { out: (l: string) => lines.push(l), err: (l: string) => lines.push(l) };
    const missing = join(dir, 'missing.html');
    expect(
      runExport(
        ['data/alaska-summit-2025.json', '--out', join(dir, 'x.html'), '--template', missing],
        output,
      ),
    ).toBe(1);
    expect(lines).toEqual([
      `${missing}: no such file; run npm run build first (it writes dayline-single.html)`,
    ]);
  });
});
