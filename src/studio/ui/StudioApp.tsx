import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import exampleUrl from '../../../data/alaska-summit-2025.json?url';
import type { RawStory } from '../../data/schema';
import { checkSheets } from '../check';
import { download, XLSX_TYPE } from '../download';
import { type Draft, deleteDraft, loadDraft, saveDraft } from '../drafts';
import type { InputFile } from '../files/importFiles';
import { formatBytes, MAX_FILE_BYTES } from '../files/limits';
import { storyToSheets } from '../mapping';
import { SHEET_NAMES } from '../sheets';
import { storyJsonText } from '../storyJson';
import { type Cell, type SheetProblem, setCell, type Workbook } from '../workbook';
import { Preview } from './Preview';
import { Problems } from './Problems';
import { type CellTarget, SheetTable } from './SheetTable';

const loadFiles = () => import('../files');

/** An empty story in the template's shape: every sheet with its headers, the Story fields listed. */
function emptyBook(): Workbook {
  return storyToSheets({}).book;
}

async function fetchExample(): Promise<Record<string, unknown>> {
  const response = await fetch(exampleUrl);
  return (await response.json()) as Record<string, unknown>;
}

type Status = { kind: 'info' | 'error'; text: string; details?: readonly string[] } | null;

/** Dayline Studio: sheets on one side, the explorer on the other, problems in between. */
export function StudioApp() {
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loaded, setLoaded] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const [sheet, setSheet] = useState<string>('Events');
  const [target, setTarget] = useState<CellTarget | null>(null);
  const [confirmNew, setConfirmNew] = useState(false);
  const [pasteOpen, setPasteOpen] = useState(false);
  // The draft last written to the browser, and when (null: the browser refused it).
  const [saved, setSaved] = useState<{ draft: Draft; at: number | null } | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadDraft().then((d) => {
      setDraft(d);
      setSaved(d ? { draft: d, at: d.savedAt } : null);
      setLoaded(true);
    });
  }, []);

  // Saved as you go: a short pause after the last change, so typing is not slowed down.
  useEffect(() => {
    if (!draft) return;
    let done = false;
    const save = () => {
      if (done) return;
      done = true;
      const at = Date.now();
      void saveDraft({ ...draft, savedAt: at }).then((ok) =>
        setSaved({ draft, at: ok ? at : null }),
      );
    };
    const timer = setTimeout(save, 250);
    // Leaving or reloading within the pause still writes the change.
    window.addEventListener('pagehide', save);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pagehide', save);
    };
  }, [draft]);

  const checked = useMemo(() => (draft ? checkSheets(draft.book) : null), [draft]);
  const lastGood = useRef<RawStory | null>(null);
  if (checked?.story) lastGood.current = checked.story;
  const previewStory = checked?.story ?? lastGood.current;

  const replace = useCallback((book: Workbook, name: string, note?: Status) => {
    setDraft({ book, name, savedAt: Date.now() });
    setSheet('Events');
    setTarget(null);
    setStatus(note ?? null);
  }, []);

  const importInput = useCallback(
    async (files: readonly InputFile[]) => {
      try {
        const { importFiles } = await loadFiles();
        const imported = importFiles(files);
        const name = files[0]?.name ?? 'story';
        const note: Status = {
          kind: 'info',
          text: `Imported ${files.map((f) => f.name).join(', ')}.`,
          details: imported.warnings,
        };
        if (imported.whole || !draft) {
          const base = imported.whole ? { sheets: [] } : emptyBook();
          replace(mergeSheets(base, imported.book), name, note);
        } else {
          setDraft({ ...draft, book: mergeSheets(draft.book, imported.book) });
          setStatus({
            ...note,
            text: `${note.text} Replaced the ${imported.book.sheets.map((s) => s.name).join(', ')} sheet(s).`,
          });
        }
      } catch (error) {
        setStatus({ kind: 'error', text: `Not imported: ${(error as Error).message}` });
      }
    },
    [draft, replace],
  );

  const readFiles = useCallback(
    async (list: FileList | readonly File[]) => {
      const files = [...list];
      const big = files.find((f) => f.size > MAX_FILE_BYTES);
      if (big) {
        setStatus({
          kind: 'error',
          text: `Not imported: ${big.name} is ${formatBytes(big.size)}; files are limited to ${formatBytes(MAX_FILE_BYTES)}.`,
        });
        return;
      }
      const read = await Promise.all(
        files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
      );
      await importInput(read);
    },
    [importInput],
  );

  const downloadTemplate = async (kind: 'xlsx' | 'csv') => {
    const [{ storyXlsx, storyCsvZip }, example] = await Promise.all([loadFiles(), fetchExample()]);
    if (kind === 'xlsx') download('dayline-template.xlsx', storyXlsx(example), XLSX_TYPE);
    else download('dayline-template-csv.zip', storyCsvZip(example), 'application/zip');
  };

  const startFromExample = async () => {
    const example = await fetchExample();
    replace(storyToSheets(example).book, 'alaska-summit-2025', {
      kind: 'info',
      text: 'Started from the Alaska summit example.',
    });
  };

  const exportJson = () => {
    if (!checked?.story) return;
    const id = typeof checked.data.id === 'string' ? checked.data.id : 'story';
    download(`${id}.json`, storyJsonText(checked.data), 'application/json');
  };

  const publish = async (kind: 'site' | 'page') => {
    if (!checked?.story) return;
    const story = checked.data;
    const id = typeof story.id === 'string' ? story.id : 'story';
    const text = (k: string) => (typeof story[k] === 'string' ? (story[k] as string) : undefined);
    const words = { title: text('title') ?? id, subtitle: text('subtitle'), intro: text('intro') };
    setStatus({
      kind: 'info',
      text: kind === 'site' ? 'Packing the website…' : 'Writing the single HTML file…',
    });
    try {
      const { siteZip, singleHtml } = await import('../publish');
      if (kind === 'site') {
        const zip = await siteZip(storyJsonText(story), words);
        download(`${id}-website.zip`, zip, 'application/zip');
        setStatus({
          kind: 'info',
          text: `Website packed (${formatBytes(zip.byteLength)}): unzip it into any folder of a web server; it works from a sub-path and offline after the first visit.`,
        });
      } else {
        const html = new TextEncoder().encode(await singleHtml(storyJsonText(story), words));
        download(`${id}.html`, html, 'text/html');
        setStatus({
          kind: 'info',
          text: `Single HTML file written (${formatBytes(html.byteLength)}): it opens by double-click, with no server and no network — from a classroom computer, a USB stick or an email attachment.`,
        });
      }
    } catch (error) {
      setStatus({ kind: 'error', text: `Not published: ${(error as Error).message}` });
    }
  };

  const exportWorkbook = async () => {
    if (!draft) return;
    const { writeXlsx } = await loadFiles();
    const id = checked && typeof checked.data.id === 'string' ? checked.data.id : 'story';
    download(`${id}.xlsx`, writeXlsx(draft.book), XLSX_TYPE);
  };

  const commit = (row: number, col: number, value: Cell) => {
    if (!draft) return;
    setDraft({ ...draft, book: setCell(draft.book, sheet, row, col, value) });
  };

  const showProblem = (p: SheetProblem) => {
    setSheet(p.sheet);
    if (p.row !== undefined) setTarget({ sheet: p.sheet, row: p.row - 1, col: p.col ?? 0 });
  };

  const onDrop = (e: React.DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (e.dataTransfer.files.length) void readFiles(e.dataTransfer.files);
  };

  if (!loaded) return <p className="studio__loading">Opening the Studio…</p>;

  const table = draft?.book.sheets.find((s) => s.name === sheet) ?? draft?.book.sheets[0];
  const sheetErrors = (name: string) =>
    checked?.problems.filter((p) => p.sheet === name && p.level === 'error').length ?? 0;

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: dropping a file is a shortcut; "Import a file…" is the keyboard path
    <div
      className={`studio${dragging ? ' studio--dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={onDrop}
    >
      <header className="studio__header">
        <div>
          <p className="header__brand">
            <a href="./">Dayline</a>
          </p>
          <h1 className="studio__title">Studio</h1>
          <p className="studio__lede">
            A story from a spreadsheet: fill in the template, see it here, export it.
          </p>
        </div>
        <div className="studio__actions">
          <button type="button" className="button" onClick={() => void downloadTemplate('xlsx')}>
            Template (.xlsx)
          </button>
          <button type="button" className="button" onClick={() => void downloadTemplate('csv')}>
            Template (CSV files)
          </button>
          <button
            type="button"
            className="button button--primary"
            onClick={() => fileInput.current?.click()}
          >
            Import a file…
          </button>
          <input
            ref={fileInput}
            type="file"
            className="visually-hidden"
            tabIndex={-1}
            aria-label="Import a file"
            accept=".xlsx,.csv,.tsv,.txt,.json,.zip"
            multiple
            onChange={(e) => {
              if (e.target.files?.length) void readFiles(e.target.files);
              e.target.value = '';
            }}
          />
          <button
            type="button"
            className="button"
            aria-expanded={pasteOpen}
            onClick={() => setPasteOpen((o) => !o)}
          >
            Paste cells
          </button>
          <button type="button" className="button" disabled={!checked?.story} onClick={exportJson}>
            Export story (.json)
          </button>
          <button
            type="button"
            className="button"
            disabled={!draft}
            onClick={() => void exportWorkbook()}
          >
            Export workbook
          </button>
          <button
            type="button"
            className="button"
            disabled={!checked?.story}
            onClick={() => void publish('site')}
          >
            Publish: website (.zip)
          </button>
          <button
            type="button"
            className="button"
            disabled={!checked?.story}
            onClick={() => void publish('page')}
          >
            Publish: single HTML file
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={!draft}
            onClick={() => setConfirmNew(true)}
          >
            New story
          </button>
        </div>
      </header>
      <main aria-label="Studio">
        {confirmNew && (
          <div
            className="studio__confirm"
            role="alertdialog"
            aria-labelledby="confirm-new"
            aria-modal="false"
          >
            <p id="confirm-new">
              Discard this draft and start an empty story? It cannot be brought back.
            </p>
            <button
              type="button"
              className="button button--primary"
              onClick={() => {
                setConfirmNew(false);
                replace(emptyBook(), 'story', { kind: 'info', text: 'Started an empty story.' });
                void deleteDraft();
              }}
            >
              Discard and start empty
            </button>
            <button
              type="button"
              className="button"
              ref={(b) => b?.focus()}
              onClick={() => setConfirmNew(false)}
            >
              Keep the draft
            </button>
          </div>
        )}

        {pasteOpen && (
          <PastePanel
            current={sheet}
            onPaste={async (text, into) => {
              const { readDelimited, guessSheet } = await loadFiles();
              const pasted = readDelimited(text, into, '\t');
              const name = into === 'auto' ? guessSheet(pasted) : into;
              if (!name) {
                setStatus({
                  kind: 'error',
                  text: 'Not pasted: include the header row, or choose the sheet to paste into.',
                });
                return;
              }
              const book = mergeSheets(draft?.book ?? emptyBook(), {
                sheets: [{ name, rows: pasted.rows }],
              });
              if (draft) setDraft({ ...draft, book });
              else replace(book, 'story');
              setSheet(name);
              setPasteOpen(false);
              setStatus({
                kind: 'info',
                text: `Pasted ${pasted.rows.length - 1} rows into ${name}.`,
              });
            }}
          />
        )}

        <output
          className={`studio__status studio__status--${status?.kind ?? 'none'}`}
          aria-live="polite"
        >
          {status && (
            <>
              {status.text}
              {status.details && status.details.length > 0 && (
                <ul>
                  {status.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </>
          )}
        </output>

        {!draft ? (
          <section className="studio__start" aria-labelledby="start-heading">
            <h2 id="start-heading">Start a story</h2>
            <ol>
              <li>
                Download the template: a workbook with one sheet per table and the Alaska summit
                filled in as an example.
              </li>
              <li>Fill it in with Excel, LibreOffice or Google Sheets (keep the column names).</li>
              <li>
                Drop the file here, choose it with “Import a file…”, or paste cells copied from a
                sheet.
              </li>
            </ol>
            <p className="studio__drop">
              Drop an .xlsx, CSV or story .json file anywhere on this page. Files up to{' '}
              {formatBytes(MAX_FILE_BYTES)}.
            </p>
            <button type="button" className="button" onClick={() => void startFromExample()}>
              Start from the Alaska example
            </button>
          </section>
        ) : (
          <div className="studio__work">
            <div className="studio__sheets">
              <Problems problems={checked?.problems ?? []} onShow={showProblem} />
              <div className="studio__tabs" role="tablist" aria-label="Sheets">
                {draft.book.sheets.map((s) => {
                  const errors = sheetErrors(s.name);
                  return (
                    <button
                      key={s.name}
                      type="button"
                      role="tab"
                      id={`tab-${s.name}`}
                      aria-selected={s.name === table?.name}
                      aria-controls="sheet-panel"
                      className="studio__tab"
                      onClick={() => setSheet(s.name)}
                    >
                      {s.name}
                      {errors > 0 && (
                        <span className="studio__badge">
                          {' '}
                          {errors}
                          <span className="visually-hidden"> errors</span>
                        </span>
                      )}
                    </button>
                  );
                })}
              </div>
              <div
                role="tabpanel"
                id="sheet-panel"
                aria-labelledby={table ? `tab-${table.name}` : undefined}
              >
                {table && (
                  <SheetTable
                    table={table}
                    problems={checked?.problems ?? []}
                    target={target}
                    onCommit={commit}
                  />
                )}
              </div>
              <p className="studio__saved">{saveNote(draft, saved)}</p>
            </div>
            <Preview story={previewStory} stale={!checked?.story} />
          </div>
        )}
      </main>
    </div>
  );
}

/** The sheets of `update` replace those of the same name in `base`; new ones are added. */
function mergeSheets(base: Workbook, update: Workbook): Workbook {
  const names = new Set(update.sheets.map((s) => s.name.toLowerCase()));
  const kept = base.sheets.filter((s) => !names.has(s.name.toLowerCase()));
  const order = (n: string) => {
    const i = (SHEET_NAMES as readonly string[]).indexOf(n);
    return i < 0 ? (n === 'Read me' ? -1 : 99) : i;
  };
  return {
    ...base,
    ...(update.date1904 ? { date1904: true } : {}),
    sheets: [...kept, ...update.sheets].sort((a, b) => order(a.name) - order(b.name)),
  };
}

interface PasteProps {
  current: string;
  onPaste(text: string, into: string): void;
}

/** A box for cells copied from a spreadsheet (tab-separated), with the sheet to put them in. */
function PastePanel({ current, onPaste }: PasteProps) {
  const [text, setText] = useState('');
  const [into, setInto] = useState('auto');
  return (
    <section className="studio__paste" aria-label="Paste cells">
      <label htmlFor="paste-text">
        Paste cells copied from a spreadsheet, with their header row:
      </label>
      <textarea id="paste-text" rows={6} value={text} onChange={(e) => setText(e.target.value)} />
      <label htmlFor="paste-into">Into the sheet</label>{' '}
      <select id="paste-into" value={into} onChange={(e) => setInto(e.target.value)}>
        <option value="auto">found from the header row</option>
        {SHEET_NAMES.map((n) => (
          <option key={n} value={n}>
            {n}
            {n === current ? ' (open now)' : ''}
          </option>
        ))}
      </select>{' '}
      <button
        type="button"
        className="button button--primary"
        disabled={!text.trim()}
        onClick={() => onPaste(text, into)}
      >
        Replace the sheet with these cells
      </button>
    </section>
  );
}

/** What the save line says: saving while the latest change is not yet written, then when. */
function saveNote(draft: Draft, saved: { draft: Draft; at: number | null } | null): string {
  if (saved?.draft !== draft) return 'Saving the draft…';
  if (saved.at === null) return 'Not saved: this browser does not keep drafts (private mode?).';
  return `Draft saved in this browser at ${new Date(saved.at).toLocaleTimeString()}.`;
}
