import { createContext, useContext } from 'react';
import { Rich } from '../i18n/i18n';

/** The host a story from another origin came from (`data=`), or `null` for this site's own. */
export const ProvenanceContext = createContext<string | null>(null);

/**
 * A visible line naming where a story from another origin comes from, so nobody can put words
 * under this site's name with a `data=` link. Shown in the page, the embed, presentation mode
 * and the printed handout; nothing for the site's own stories.
 */
export function ProvenanceLine() {
  const host = useContext(ProvenanceContext);
  if (!host) return null;
  return <ProvenanceText host={host} />;
}

function ProvenanceText({ host }: { host: string }) {
  return (
    <p className="provenance">
      <Rich id="provenance" parts={{ host: <strong>{host}</strong> }} />
    </p>
  );
}
