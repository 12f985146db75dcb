import { useId, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useStory } from '../state/hooks';
import { renderings, shownQuote } from '../story/translationLabel';
import type { StoryQuote } from '../story/types';
import { SourceLink } from '../ui/SourceLink';
import './translations.css';

/** The line under a translated quote: `Translated from Russian · Kremlin`. */
export function TranslationLine({ quote, className }: { quote: StoryQuote; className?: string }) {
  const story = useStory();
  const { line } = shownQuote(quote, story);
  if (!line) return null;
  return <p className={`quote-translated ${className ?? ''}`.trim()}>{line}</p>;
}

/**
 * A button that opens the quote's original and every translation side by side, each with its
 * language, who made it and its sources. Nothing for a quote with no translations.
 */
export function QuoteTranslations({ quote }: { quote: StoryQuote }) {
  const story = useStory();
  const t = useT();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  if (!quote.translations?.length) return null;
  const shown = shownQuote(quote, story);
  const all = renderings(quote, story);
  const count = all.length - 1;
  const label =
    shown.shownKey === 'original'
      ? t('quotes.translations', { n: count })
      : t('quotes.originalAnd', { n: count });
  return (
    <div className="quote-versions">
      <button
        type="button"
        className="quote-versions__toggle"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        <span aria-hidden="true" className="quote-versions__chevron">
          {open ? ' ▴' : ' ▾'}
        </span>
      </button>
      <ul id={panelId} className="quote-versions__list" hidden={!open}>
        {all.map((r) => (
          <li key={r.key} className="quote-versions__item" data-rendering={r.key}>
            <p className="quote-versions__label">
              <strong lang={r.labelLang}>{r.label}</strong> · {r.detail}
              {r.key === shown.shownKey && all.length > 1 && (
                <span className="quote-versions__shown">{t('quotes.shownAbove')}</span>
              )}
            </p>
            <blockquote className="quote-versions__text" lang={r.lang}>
              <p>{r.text}</p>
            </blockquote>
            {r.sources.length > 0 && (
              <p className="quote-versions__source">
                {t('quotes.sourcesLead', { n: r.sources.length })}
                {r.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    <SourceLink source={s} />
                    {s.publisher && ` (${s.publisher})`}
                  </span>
                ))}
              </p>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
