import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { getEnv } from './env';

/** A file the page offered for download. */
export interface DownloadedFile {
  /** The name the page suggested (`<a download="…">`). */
  readonly name: string;
  /** Where the bytes are on disk (not under the suggested name). */
  readonly path: string;
  readonly bytes: Buffer;
}

/**
 * Does `click` and returns the file the page then offers for download.
 *
 * Chromium reports downloads (Playwright's `download` event). Firefox ESR 140's WebDriver BiDi does
 * not, so in Firefox the page's own download link is read instead: the Blob the app made an object
 * URL of, and the link's `download` name, at the click on that link (whose default, saving the
 * file, is prevented). What the app offers is checked the same way; the browser's saving is not.
 */
export async function downloadFrom(
  page: Page,
  click: () => Promise<void>,
): Promise<DownloadedFile> {
  if (getEnv().browser.name === 'chromium') {
    const [file] = await Promise.all([page.waitForEvent('download'), click()]);
    const path = await file.path();
    return { name: file.suggestedFilename(), path, bytes: await readFile(path) };
  }
  await page.evaluate(catchNextDownload);
  await click();
  const { name, base64 } = await page.evaluate(
    () =>
      (window as unknown as { __e2eDownload: Promise<{ name: string; base64: string }> })
        .__e2eDownload,
  );
  const bytes = Buffer.from(base64, 'base64');
  const path = join(await mkdtemp(join(tmpdir(), 'dayline-download-')), 'file');
  await writeFile(path, bytes);
  return { name, path, bytes };
}

/** In the page: keeps the Blob behind each object URL, and takes the next download link's file. */
function catchNextDownload(): void {
  const w = window as unknown as {
    __e2eBlobs?: Map<string, Blob>;
    __e2eDownload?: Promise<{ name: string; base64: string }>;
  };
  if (!w.__e2eBlobs) {
    const blobs = new Map<string, Blob>();
    const create = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (object: Blob | MediaSource) => {
      const url = create(object);
      if (object instanceof Blob) blobs.set(url, object);
      return url;
    };
    w.__e2eBlobs = blobs;
  }
  const blobs = w.__e2eBlobs;
  w.__e2eDownload = new Promise((resolve, reject) => {
    const onClick = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.('a[download]');
      if (!(link instanceof HTMLAnchorElement)) return;
      document.removeEventListener('click', onClick, true);
      event.preventDefault();
      const blob = blobs.get(link.href);
      if (!blob) return reject(new Error(`no Blob behind the download link ${link.href}`));
      void blob.arrayBuffer().then((buffer) => {
        const bytes = new Uint8Array(buffer);
        let binary = '';
        for (let i = 0; i < bytes.length; i += 0x8000) {
          binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
        }
        resolve({ name: link.download, base64: btoa(binary) });
      }, reject);
    };
    document.addEventListener('click', onClick, true);
  });
}
