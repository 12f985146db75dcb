import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { StrictMode } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ShareButton } from '../../src/share/ShareButton';
import { embedSnippet } from '../../src/share/shareLinks';
import { useEscapeClears } from '../../src/shell/useEscapeClears';
import { StoreContext, StoryContext } from '../../src/state/hooks';
import { createStore } from '../../src/state/store';
import { DEFAULT_FRAME, type Frame } from '../../src/state/url';
import { miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';
import { installDialogPolyfill } from './dialogPolyfill';

beforeAll(installDialogPolyfill);
afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(document, 'execCommand');
});

/** The page around the button: Esc clears the selection unless a dialog is open. */
function Page({ frame = DEFAULT_FRAME }: { frame?: Frame }) {
  useEscapeClears();
  return <ShareButton frame={frame} />;
}

async function openDialog(options: Parameters<typeof renderWithStory>[1] = {}, frame?: Frame) {
  const user = userEvent.setup();
  const rendered = renderWithStory(<Page frame={frame} />, options);
  await user.click(screen.getByRole('button', { name: 'Share & embed' }));
  const dialog = screen.getByRole('dialog', { name: 'Share & embed' });
  return { ...rendered, user, dialog };
}

const linkField = () =>
  screen.getByRole('textbox', { name: 'Link to this view' }) as HTMLInputElement;
const codeField = () =>
  screen.getByRole('textbox', { name: 'Embed code (HTML)' }) as HTMLTextAreaElement;

describe('Share & embed dialog', () => {
  it('opens as a dialog named by its heading', async () => {
    const { dialog } = await openDialog();
    expect(dialog).toHaveAttribute('open');
    expect(within(dialog).getByRole('heading', { name: 'Share & embed' })).toBeInTheDocument();
  });

  it('stays open under StrictMode’s double effects', async () => {
    const story = miniStory();
    render(
      <StrictMode>
        <StoryContext.Provider value={story}>
          <StoreContext.Provider value={createStore()}>
            <ShareButton frame={DEFAULT_FRAME} />
          </StoreContext.Provider>
        </StoryContext.Provider>
      </StrictMode>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Share & embed' }));
    await act(() => new Promise((done) => setTimeout(done, 10)));
    expect(screen.getByRole('dialog', { name: 'Share & embed' })).toHaveAttribute('open');
  });

  it('links to the current state: selection, view and time zone', async () => {
    await openDialog({
      state: { selection: { kind: 'event', id: 'talks' }, view: 'timeline', zone: 'UTC' },
    });
    expect(linkField().value).toBe(
      'http://localhost:3000/?view=timeline&tz=UTC&select=event:talks',
    );
  });

  it('gives a ready iframe snippet with title, size, lazy loading, full screen and embed.js', async () => {
    await openDialog({ state: { selection: { kind: 'place', id: 'capital' } } });
    const code = codeField().value;
    const iframe = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe('http://localhost:3000/?embed=1&select=place:capital');
    expect(iframe?.getAttribute('title')).toBe('Dayline: Mini summit');
    expect(iframe?.getAttribute('width')).toBe('100%');
    expect(Number(iframe?.getAttribute('height'))).toBeGreaterThanOrEqual(480);
    expect(iframe?.getAttribute('loading')).toBe('lazy');
    expect(iframe?.getAttribute('allow')).toBe('fullscreen');
    expect(code).toContain('<script src="http://localhost:3000/embed.js" async></script>');
  });

  it('the options change what the link and the snippet start with', async () => {
    const { user } = await openDialog({ state: { selection: { kind: 'event', id: 'talks' } } });
    expect(screen.getByRole('radio', { name: /^The current selection: Talks/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: 'Nothing selected' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'View' }), 'Map only');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Times in' }), 'UTC');
    expect(linkField().value).toBe('http://localhost:3000/?view=map&tz=UTC');
    expect(codeField().value).toContain(
      'src="http://localhost:3000/?embed=1&amp;view=map&amp;tz=UTC"',
    );
    await user.click(screen.getByRole('radio', { name: /^The current selection/ }));
    expect(linkField().value).toMatch(/select=event:talks$/);
  });

  it('with nothing selected, the "current selection" option is unavailable', async () => {
    await openDialog();
    expect(screen.getByRole('radio', { name: /^The current selection/ })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Nothing selected' })).toBeChecked();
  });

  it('keeps another story’s address in what it shares', async () => {
    await openDialog({}, { ...DEFAULT_FRAME, embed: true, data: 'https://example.org/s.json' });
    expect(linkField().value).toBe('http://localhost:3000/?data=https://example.org/s.json');
    expect(codeField().value).toContain('?data=https://example.org/s.json&amp;embed=1');
  });

  it('copies the link with the Clipboard API and says so', async () => {
    const { user } = await openDialog({ state: { selection: { kind: 'event', id: 'talks' } } });
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(linkField().value);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Copied');
  });

  it('falls back to selecting and copying the text where the Clipboard API is refused', async () => {
    const { user } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));
    const execCommand = vi.fn(() => true);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(execCommand).toHaveBeenCalledWith('copy');
    expect(codeField()).toHaveFocus();
    expect(codeField().selectionEnd - codeField().selectionStart).toBe(codeField().value.length);
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Copied');
  });

  it('when no copy works, leaves the text selected and says how to copy it', async () => {
    const { user } = await openDialog();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('not allowed'));
    await user.click(screen.getByRole('button', { name: 'Copy link' }));
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain(
      'Press Ctrl+C (⌘C on a Mac) to copy the selected text',
    );
  });

  it('Close returns focus to the Share button', async () => {
    const { user } = await openDialog();
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Share & embed' })).toHaveFocus();
  });

  it('Esc closes the dialog without clearing the selection', async () => {
    const { user, store } = await openDialog({
      state: { selection: { kind: 'event', id: 'talks' } },
    });
    screen.getByRole('button', { name: 'Copy link' }).focus();
    await user.keyboard('{Escape}');
    await act(() => new Promise((done) => setTimeout(done, 10)));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.get().selection).toEqual({ kind: 'event', id: 'talks' });
    expect(screen.getByRole('button', { name: 'Share & embed' })).toHaveFocus();
  });
});

describe('embedSnippet', () => {
  it('escapes a story title so it cannot break out of the attribute', () => {
    const title = miniStory({ title: 'A "quoted" <b>title</b> & more' }).title;
    const code = embedSnippet('https://d.example/?embed=1', title, 'https://d.example/');
    const iframe = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
    expect(iframe?.getAttribute('title')).toBe('Dayline: A "quoted" <b>title</b> & more');
    expect(code).not.toContain('<b>');
  });
});
