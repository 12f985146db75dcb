/* Dayline host snippet: sizes every Dayline iframe on the page to its content.
   Include once with <script src=".../embed.js" async></script>. No dependencies.
   Each iframe also receives a "dayline" DOM event with every message it sends. */
(() => {
  if (window.daylineEmbed) return;
  window.daylineEmbed = 1;
  const MAX = 20000;
  const frameOf = (source) => {
    for (const frame of document.getElementsByTagName('iframe')) {
      if (frame.contentWindow === source) return frame;
    }
    return null;
  };
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data || typeof data !== 'object' || data.dayline !== 1) return;
    const frame = frameOf(event.source);
    if (!frame) return;
    let origin;
    try {
      origin = new URL(frame.src, location.href).origin;
    } catch {
      return;
    }
    if (origin !== event.origin) return;
    const height = data.height;
    if (data.type === 'resize' && typeof height === 'number' && height > 0 && height < MAX) {
      frame.style.height = `${Math.ceil(height)}px`;
    }
    frame.dispatchEvent(new CustomEvent('dayline', { detail: data }));
  });
})();
