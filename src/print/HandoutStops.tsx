import { useT } from '../i18n/i18n';
import { describeTour } from '../story/stopContent';
import type { Story } from '../story/types';
import type { ZoneChoice } from '../time/zone';
import { inQuoteMarks } from '../words/quoteMarks';

/** Every tour stop as the class saw it: time, title, place, the note and the quote. */
export function HandoutStops({ story, zone }: { story: Story; zone: ZoneChoice }) {
  const t = useT();
  return (
    <ol className="handout__stops">
      {describeTour(story, zone).map(({ key, content }) => {
        return (
          <li key={key} className="handout__stop">
            <h3 className="handout__stop-title" lang={content.titleLang}>
              {content.title}
            </h3>
            {(content.time || content.where) && (
              <p className="handout__meta">
                {[content.time, content.where].filter(Boolean).join(' · ')}
              </p>
            )}
            {content.note && <p lang={content.noteLang}>{content.note}</p>}
            {content.quote && (
              <blockquote className="handout__quote">
                <p lang={content.quote.lang}>
                  {inQuoteMarks(content.quote.text, content.quote.lang)}
                </p>
                {content.quote.line && <p className="handout__translated">{content.quote.line}</p>}
                {content.quote.also && (
                  <p className="handout__translated">
                    {content.quote.also.line}:{' '}
                    <q lang={content.quote.also.lang}>{content.quote.also.text}</q>
                  </p>
                )}
                {content.quote.original && (
                  // On paper nothing opens: the words as spoken are printed under the translation.
                  <p className="handout__original">
                    <span className="handout__original-label">
                      {t('handout.original', { language: content.quote.original.language })}
                    </span>
                    <span lang={content.quote.original.lang}>{content.quote.original.text}</span>
                  </p>
                )}
                <footer>
                  — {content.quote.speaker}
                  {content.quote.occasion && `, ${content.quote.occasion}`}
                </footer>
              </blockquote>
            )}
          </li>
        );
      })}
    </ol>
  );
}
