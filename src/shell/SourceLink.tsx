/** A source's title, linked when it has an address (new tab, no opener). */
export function SourceLink({ source }: { source: { title: string; url?: string } }) {
  if (!source.url) return <cite>{source.title}</cite>;
  return (
    <a href={source.url} target="_blank" rel="noopener noreferrer">
      <cite>{source.title}</cite>
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  );
}
