/**
 * The first screen written into `index.html` at build time (scripts/vite-plugin-boot-shell.ts):
 * the default story's header above the outline of the views, shown before any script runs.
 */
const BOOT_ID = 'boot';

/** True while the page still shows the shell from `index.html`. */
export function hasBootShell(): boolean {
  return typeof document !== 'undefined' && document.getElementById(BOOT_ID) !== null;
}

/** Removes the shell; called in the same commit that shows the explorer or an error. */
export function removeBootShell(): void {
  document.getElementById(BOOT_ID)?.remove();
}
