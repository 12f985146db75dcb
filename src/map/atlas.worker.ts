/// <reference lib="webworker" />
import { type AtlasReply, type AtlasRequest, convertAtlas } from './atlasJob';

/**
 * Fetches a bundled Natural Earth file and converts it for the cut map off the main thread:
 * parsing the TopoJSON, decoding it and unwrapping every ring across 180° never block the page.
 */
self.onmessage = async (event: MessageEvent<AtlasRequest>) => {
  const reply: AtlasReply = await convertAtlas(event.data);
  self.postMessage(reply);
};
