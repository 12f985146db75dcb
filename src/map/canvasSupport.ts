let supported: boolean | undefined;

/** True when the browser can draw on a 2D canvas (Leaflet's canvas renderer needs it). */
export function canvasSupported(): boolean {
  if (supported === undefined) {
    try {
      supported = document.createElement('canvas').getContext('2d') !== null;
    } catch {
      supported = false;
    }
  }
  return supported;
}
