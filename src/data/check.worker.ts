/// <reference lib="webworker" />
import { parseStoryData } from './load';
import type { CheckReply, CheckRequest } from './offThread';

/**
 * Parses and checks a story file off the main thread: JSON parsing, the zod schema and the link
 * checks (the first time-zone look-up loads ICU data) never block the page. The reply is the
 * checked, plain data or the located problems.
 */
self.onmessage = (event: MessageEvent<CheckRequest>) => {
  const text = new TextDecoder().decode(event.data.bytes);
  const reply: CheckReply = parseStoryData(text);
  self.postMessage(reply);
};
