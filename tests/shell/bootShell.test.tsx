import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  BOOT_PLACEHOLDER,
  bootShell,
  bootShellHtml,
  readShellStory,
} from '../../scripts/vite-plugin-boot-shell';
import { App } from '../../src/shell/App';
import { Header } from '../../src/shell/Header';
import { LoadingSkeleton } from '../../src/shell/LoadingSkeleton';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

/** Puts the shell into the page, as index.html has it before any script runs. */
function showShell(html = bootShellHtml(MINI_RAW)) {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  const shell = holder.firstElementChild as HTMLElement;
  document.body.prepend(shell);
  return shell;
}

afterEach(() => {
  document.getElementById('boot')?.remove();
  vi.unstubAllGlobals();
});

describe('bootShellHtml', () => {
  it('writes the header the app draws, with the same text and classes', () => {
    const shell = showShell();
    renderWithStory(<Header />, { story: miniStory() });
    const app = document.querySelector('header.header:not(.boot-shell__header)') as HTMLElement;
    for (const cls of ['header__brand', 'header__title', 'header__subtitle', 'header__intro']) {
      const fromShell = shell.querySelector(`.${cls}`);
      const fromApp = app.querySelector(`.${cls}`);
      expect(fromShell?.tagName, cls).toBe(fromApp?.tagName);
      expect(fromShell?.textContent, cls).toBe(fromApp?.textContent);
    }
  });

  it('shows markup in a title as characters', () => {
    const shell = showShell(bootShellHtml({ title: '<img src=x onerror=alert(1)>' }));
    expect(shell.querySelector('img')).toBeNull();
    expect(shell.querySelector('h1')).toHaveTextContent('<img src=x onerror=alert(1)>');
  });

  it('leaves out a subtitle and introduction the story does not have', () => {
    const shell = showShell(bootShellHtml({ title: 'Only a title' }));
    expect(shell.querySelector('.header__subtitle')).toBeNull();
    expect(shell.querySelector('.header__intro')).toBeNull();
  });

  it('the plugin fills the placeholder of index.html from the default story', () => {
    const plugin = bootShell({ story: 'data/alaska-summit-2025.json' });
    const handler = (plugin.transformIndexHtml as { handler: (html: string) => string }).handler;
    const html = handler(`<body>${BOOT_PLACEHOLDER}<div id="root"></div></body>`);
    const { title } = readShellStory('data/alaska-summit-2025.json');
    expect(html).toContain(`<h1 class="header__title">${title}</h1>`);
    expect(html).not.toContain(BOOT_PLACEHOLDER);
  });
});

describe('the shell on the page', () => {
  it('stands in for the loading skeleton while it is there', () => {
    showShell();
    const { container } = render(<LoadingSkeleton embed={false} />);
    expect(container).toBeEmptyDOMElement();
  });

  it('is replaced when the story is shown', async () => {
    showShell();
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(JSON.stringify(MINI_RAW), { status: 200 })),
    );
    render(<App />);
    expect(document.getElementById('boot')).not.toBeNull();
    await screen.findByRole('region', { name: /timeline/i });
    expect(document.getElementById('boot')).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('is replaced by the problems when the story is broken', async () => {
    showShell();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{', { status: 200 })));
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent('not valid JSON');
    expect(document.getElementById('boot')).toBeNull();
  });
});
