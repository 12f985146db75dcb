import { type Browser, firefox } from 'playwright-core';

/** Debian's Firefox ESR; `scripts/ensure-browser.sh firefox` installs it when missing. */
export const FIREFOX_PATH = '/usr/bin/firefox-esr';

/** The time zone and locale every Firefox test context runs in (the harness's defaults). */
export const FIREFOX_ZONE = 'UTC';
export const FIREFOX_LOCALE = 'en-US';

/** Media features Firefox ESR cannot switch per context: each value gets its own browser. */
export interface FirefoxMedia {
  colorScheme: 'light' | 'dark';
  reducedMotion: 'reduce' | 'no-preference';
}

/**
 * Launches Firefox ESR through playwright-core over WebDriver BiDi (the `moz-firefox` channel, no
 * browser download), with the media features, time zone and locale fixed by preferences.
 *
 * Why a shim: playwright-core 1.65 sends BiDi commands that Firefox 140 ESR does not know yet
 * ("unknown command"), and `newContext()` fails on the first. {@link answerLocally} answers those
 * in Node instead of sending them, and only where the answer is true of this browser: a context
 * asking for another time zone, locale or colour scheme than the browser was launched with fails.
 * One it leaves unanswered (which element holds a frame) {@link locateFrame} answers from the DOM.
 */
export async function launchFirefox(media: FirefoxMedia): Promise<Browser> {
  installShim();
  launching = media;
  return firefox.launch({
    channel: 'moz-firefox',
    executablePath: FIREFOX_PATH,
    handleSIGINT: false,
    handleSIGTERM: false,
    env: { ...process.env, TZ: FIREFOX_ZONE },
    firefoxUserPrefs: {
      // 0 dark, 1 light: what `prefers-color-scheme` answers in every page.
      'layout.css.prefers-color-scheme.content-override': media.colorScheme === 'dark' ? 0 : 1,
      'ui.prefersReducedMotion': media.reducedMotion === 'reduce' ? 1 : 0,
      'intl.locale.requested': FIREFOX_LOCALE,
      'intl.accept_languages': FIREFOX_LOCALE,
      // Nothing may leave the machine (DESIGN.md); Firefox's own background traffic included.
      'app.update.enabled': false,
      'browser.safebrowsing.downloads.remote.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
}

/** A BiDi command as playwright-core sends it, and an answer as Firefox gives it. */
interface BidiMessage {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  type?: string;
  result?: unknown;
  error?: string;
  message?: string;
}

/** The WebSocket transport playwright-core hands to its BiDi browser type. */
interface Transport {
  send(message: BidiMessage): void;
  close(): void;
  onmessage?: (message: BidiMessage) => void;
  onclose?: (reason?: string) => void;
}

/** What this shim reaches of playwright-core's in-process server (pinned version: 1.65.1). */
interface ServerFirefox {
  _bidiFirefox: { connectToTransport(transport: Transport, options: unknown): Promise<unknown> };
}
interface ClientFirefox {
  _connection: { toImpl(client: unknown): ServerFirefox };
}

let installed = false;
/** The media of the browser being launched (launches are awaited one at a time). */
let launching: FirefoxMedia = { colorScheme: 'light', reducedMotion: 'no-preference' };

function installShim(): void {
  if (installed) return;
  const server = (firefox as unknown as ClientFirefox)._connection.toImpl(firefox);
  const bidi = server._bidiFirefox;
  if (typeof bidi?.connectToTransport !== 'function') {
    throw new Error('playwright-core changed: tests/e2e/harness/firefox.ts needs updating');
  }
  const connect = bidi.connectToTransport.bind(bidi);
  bidi.connectToTransport = (transport, options) => connect(shimmed(transport, launching), options);
  installed = true;
}

/** The transport, with the commands Firefox ESR lacks answered here. */
function shimmed(transport: Transport, media: FirefoxMedia): Transport {
  let receive: ((message: BidiMessage) => void) | undefined;
  /** Answers to the shim's own commands, by id (far above playwright-core's). */
  const own = new Map<number, (answer: BidiMessage) => void>();
  let ownId = 2 ** 40;
  const ask = (method: string, params: Record<string, unknown>) =>
    new Promise<BidiMessage>((resolve) => {
      const id = ownId++;
      own.set(id, resolve);
      transport.send({ id, method, params });
    });
  /** `traverseHistory` commands awaiting their answer, by id: their context, and whether it navigated. */
  const traversals = new Map<number, { context: string; navigated: boolean }>();
  return {
    send(message) {
      if (message.method === 'browsingContext.traverseHistory' && message.id !== undefined) {
        const context = String(message.params?.context);
        traversals.set(message.id, { context, navigated: false });
      }
      if (isFrameLookup(message)) {
        void locateFrame(message, ask).then((answer) => receive?.(answer));
        return;
      }
      const answer = answerLocally(message, media);
      if (answer === undefined) return transport.send(message);
      // Asynchronously, as a real answer arrives.
      queueMicrotask(() => receive?.({ id: message.id, ...answer }));
    },
    close: () => transport.close(),
    get onmessage() {
      return receive;
    },
    set onmessage(handler) {
      receive = handler;
      transport.onmessage = (message) => {
        noteNavigation(message, traversals);
        const traversal = message.id === undefined ? undefined : traversals.get(message.id);
        if (traversal) {
          traversals.delete(message.id as number);
          if (message.type === 'success' && !traversal.navigated) {
            void sameDocumentTraversal(traversal.context, ask).then((event) => {
              if (event) handler?.(event);
              handler?.(message);
            });
            return;
          }
        }
        const resolve = message.id === undefined ? undefined : own.get(message.id);
        if (!resolve) return handler?.(message);
        own.delete(message.id as number);
        resolve(message);
      };
    },
    get onclose() {
      return transport.onclose;
    },
    set onclose(handler) {
      transport.onclose = handler;
    },
  };
}

const SUCCESS: BidiMessage = { type: 'success', result: {} };

/** Events that tell playwright-core a context went somewhere (another document or this one). */
const NAVIGATION_EVENTS = new Set([
  'browsingContext.navigationStarted',
  'browsingContext.fragmentNavigated',
  'browsingContext.historyUpdated',
]);

/** Marks the history traversals whose context reported a navigation while they ran. */
function noteNavigation(
  { method, params }: BidiMessage,
  traversals: Map<number, { context: string; navigated: boolean }>,
): void {
  if (!method || !NAVIGATION_EVENTS.has(method)) return;
  for (const traversal of traversals.values()) {
    if (traversal.context === params?.context) traversal.navigated = true;
  }
}

/**
 * Back or Forward to an entry of the same document (one `history.pushState` made) fires no event
 * at all in Firefox 140: neither `historyUpdated` nor a load. playwright-core's `goBack` then waits
 * for a navigation until it times out. When the traversal ended without any navigation event, the
 * shim reports the one that happened, `historyUpdated` with the context's new address (read from
 * the page), just before the command's answer; a traversal to another document sends its own.
 */
async function sameDocumentTraversal(
  context: string,
  ask: (method: string, params: Record<string, unknown>) => Promise<BidiMessage>,
): Promise<BidiMessage | undefined> {
  const answer = await ask('script.evaluate', {
    expression: 'location.href',
    target: { context },
    awaitPromise: false,
  });
  const evaluated = answer.result as { type?: string; result?: RemoteValue } | undefined;
  const url = evaluated?.type === 'success' ? evaluated.result?.value : undefined;
  if (typeof url !== 'string') return undefined;
  return { type: 'event', method: 'browsingContext.historyUpdated', params: { context, url } };
}

/** `browsingContext.locateNodes` by context: "which element of the parent holds this frame?" */
function isFrameLookup({ method, params }: BidiMessage): boolean {
  const locator = params?.locator as { type?: string } | undefined;
  return method === 'browsingContext.locateNodes' && locator?.type === 'context';
}

/** A remote value as BiDi serialises it (a node with its `sharedId`, a window with its context). */
interface RemoteValue {
  type: string;
  sharedId?: string;
  value?: unknown;
}

/**
 * Firefox 140 never answers `locateNodes` with a `context` locator, which playwright-core asks
 * before any action inside a frame (to find the frame's box). The same answer, from the parent's
 * own DOM: each `<iframe>`/`<frame>` with its window, whose serialisation names its context.
 */
async function locateFrame(
  { id, params = {} }: BidiMessage,
  ask: (method: string, params: Record<string, unknown>) => Promise<BidiMessage>,
): Promise<BidiMessage> {
  const wanted = (params.locator as { value?: { context?: string } }).value?.context;
  const answer = await ask('script.callFunction', {
    functionDeclaration:
      "() => [...document.querySelectorAll('iframe, frame')].map((f) => [f, f.contentWindow])",
    target: { context: params.context },
    awaitPromise: false,
    serializationOptions: { maxDomDepth: 0, maxObjectDepth: 2 },
  });
  const evaluated = answer.result as { type?: string; result?: RemoteValue } | undefined;
  const pairs = evaluated?.type === 'success' ? (evaluated.result?.value as RemoteValue[]) : [];
  const nodes = (pairs ?? [])
    .map((pair) => pair.value as [RemoteValue, RemoteValue])
    .filter(([, frame]) => (frame.value as { context?: string } | undefined)?.context === wanted)
    .map(([node]) => node);
  return { id, type: 'success', result: { nodes } };
}

/**
 * The answer to a command Firefox 140 ESR does not implement, or `undefined` to send it on.
 * Each is answered with success only when nothing a test could observe is lost.
 */
function answerLocally(
  { method, params = {} }: BidiMessage,
  media: FirefoxMedia,
): BidiMessage | undefined {
  switch (method) {
    // Keeps response bodies for `response.body()`, which no test reads.
    case 'network.addDataCollector':
      return { type: 'success', result: { collector: 'firefox-esr-shim' } };
    // `screen.width` and orientation follow the window; the viewport itself is set (setViewport).
    case 'emulation.setScreenOrientationOverride':
    case 'emulation.setScreenSettingsOverride':
      return SUCCESS;
    // Downloads: the test waits for Playwright's download event, which Firefox still sends.
    case 'browser.setDownloadBehavior':
      return SUCCESS;
    case 'emulation.setTimezoneOverride':
      return fixed('time zone', params.timezone, FIREFOX_ZONE);
    case 'emulation.setLocaleOverride':
      return fixed('locale', params.locale, FIREFOX_LOCALE);
    // Playwright sends only `prefers-color-scheme` here; the browser's preference already holds it.
    case 'emulation.setMediaFeaturesOverride': {
      const features = params.features as Record<string, unknown> | undefined;
      const scheme = features?.['prefers-color-scheme'];
      return fixed('colour scheme', scheme, media.colorScheme);
    }
    default:
      return undefined;
  }
}

function fixed(what: string, requested: unknown, launched: string): BidiMessage {
  if (requested == null || requested === launched) return SUCCESS;
  return {
    type: 'error',
    error: 'unsupported operation',
    message: `Firefox ESR cannot emulate the ${what} ${String(requested)} per context; the harness runs it in ${launched}`,
  };
}
