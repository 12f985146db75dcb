export function QuotesView() { return <section data-view="quotes" aria-label="Quotes" />; }
