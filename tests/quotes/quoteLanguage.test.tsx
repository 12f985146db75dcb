import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { RawStory } from '../../src/data/schema';
import { activate, WordsProvider } from '../../src/i18n/i18n';
import { QuotesView } from '../../src/quotes/QuotesView';
import { describeStop } from '../../src/story/stopContent';
import { MINI_RAW, miniStory } from '../fixtures/mini-story';
import { renderWithStory } from '../fixtures/render';

/** The mini story with Boris's words spoken in Russian and translated into English by his side. */
function spokenInRussian() {
  const quotes = structuredClone(MINI_RAW.quotes) as RawStory['quotes'];
  quotes[1] = {
    ...quotes[1]!,
    lang: 'ru',
    text: 'В следующий раз в столице.',
    translations: [
      {
        lang: 'en',
        text: 'Next time in the capital.',
        kind: 'official',
        sourceIds: ['s1'],
        by: 'Kremlin',
      },
    ],
  };
  return miniStory({ quotes });
}

const quoteText = () =>
  document.querySelector('[data-quote-id="q-capital"] .quote__text') as HTMLElement;

describe('quotes in the reader’s language', () => {
  it('a Russian reader sees the Russian words, with nothing beside them', () => {
    renderWithStory(<QuotesView />, { story: spokenInRussian().inLanguage('ru') });
    expect(quoteText()).toHaveAttribute('lang', 'ru');
    expect(quoteText()).toHaveTextContent('В следующий раз в столице.');
    expect(document.querySelector('.quote-also')).toBeNull();
  });

  it('an English reader sees the official English, saying whose it is', () => {
    renderWithStory(<QuotesView />, { story: spokenInRussian() });
    expect(quoteText()).toHaveAttribute('lang', 'en');
    expect(screen.getByText(/Translated from Russian · Kremlin/)).toBeInTheDocument();
  });

  it('a Ukrainian reader with no Ukrainian translation sees the Russian words and the English beside them', () => {
    renderWithStory(<QuotesView />, { story: spokenInRussian().inLanguage('uk') });
    expect(quoteText()).toHaveAttribute('lang', 'ru');
    const also = document.querySelector('.quote-also') as HTMLElement;
    expect(also).toHaveTextContent('Kremlin');
    expect(also.querySelector('q')).toHaveAttribute('lang', 'en');
    expect(also.querySelector('q')).toHaveTextContent('Next time in the capital.');
  });

  it('the presentation and the handout get the same: the original and the English beside it', () => {
    const stop = describeStop(spokenInRussian().inLanguage('uk'), 2, 'story');
    expect(stop?.quote).toMatchObject({
      lang: 'ru',
      text: 'В следующий раз в столице.',
      also: { lang: 'en', text: 'Next time in the capital.' },
    });
    expect(stop?.quote?.also?.line).toContain('Kremlin');
  });
});

describe('quotation marks follow the language of the words', () => {
  const quoteButton = (id: string) =>
    document.querySelector(`[data-quote-id="${id}"]`) as HTMLElement;

  it('a Russian reader sees Russian words in «…» and English words in “…”', () => {
    renderWithStory(<QuotesView />, { story: spokenInRussian().inLanguage('ru') });
    expect(quoteText()).toHaveTextContent(/^«В следующий раз в столице\.»$/);
    const english = quoteButton('q-good').querySelector('.quote__text') as HTMLElement;
    expect(english).toHaveAttribute('lang', 'en');
    expect(english).toHaveTextContent(/^“It went well\.”$/);
    // The accessible name carries the same marks as the words it quotes.
    expect(quoteButton('q-capital')).toHaveAccessibleName(/:\s?«В следующий раз в столице\.»$/);
    expect(quoteButton('q-good')).toHaveAccessibleName(/:\s?“It went well\.”$/);
  });

  it('an English reader sees the English translation in “…”, whatever the words were spoken in', () => {
    renderWithStory(<QuotesView />, { story: spokenInRussian() });
    expect(quoteText()).toHaveTextContent(/^“Next time in the capital\.”$/);
  });

  it('the presenter’s list names a Russian quote with «…»', () => {
    const stop = describeStop(spokenInRussian().inLanguage('ru'), 2, 'story');
    expect(stop?.listTitle).toMatch(/: «В следующий раз в столице\.»$/);
  });
});

describe('the "linked" badge of a related quote', () => {
  it('carries its word from the catalog, so CSS shows it in the reader’s language', async () => {
    await activate('ru');
    try {
      renderWithStory(
        <WordsProvider locale="ru">
          <QuotesView />
        </WordsProvider>,
        { story: spokenInRussian().inLanguage('ru') },
      );
      const button = document.querySelector('[data-quote-id="q-good"]') as HTMLElement;
      expect(button).toHaveAttribute('data-linked-word', 'Связано');
    } finally {
      await activate('en');
    }
  });
});
