export function DetailsView() { return <section data-view="details" aria-label="Details" />; }
