/** A catalog compiled by scripts/vite-plugin-catalogs.ts. */
declare module '*.json?catalog' {
  import type { Messages } from '@lingui/core';

  const messages: Messages;
  export default messages;
}
