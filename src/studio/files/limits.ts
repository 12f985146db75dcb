/** Files larger than this are refused before they are read (the app's story limit too). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
/**
 * A workbook is a zip; the parts we read may together expand to at most this many bytes. Checked
 * against the sizes the zip declares before anything is inflated, and inflating never writes past
 * the declared size, so a zip bomb is refused before it fills memory.
 */
export const MAX_EXPANDED_BYTES = 100 * 1024 * 1024;
/** Rows per sheet beyond which a workbook is refused (the story format allows 100,000 items). */
export const MAX_ROWS = 100_001;
/** Columns per sheet beyond which the rest are ignored. */
export const MAX_COLUMNS = 200;

/** `20 MB`, `1.5 MB`, `300 KB` */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) === 0 ? 0 : 1)} MB`;
  return `${Math.ceil(n / 1024)} KB`;
}

/** Why a file was refused as a whole (not a problem in one cell). */
export class RefusedFile extends Error {}
