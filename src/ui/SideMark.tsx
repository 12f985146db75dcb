import { type MessageId, useT } from '../i18n/i18n';
import type { Story } from '../story/types';

/** Shapes for the delegations, so a side is never told by colour alone. */
const SIDES: Record<string, { shape: string; label: MessageId }> = {
  us: { shape: '■', label: 'side.us' },
  russia: { shape: '●', label: 'side.russia' },
  ukraine: { shape: '▲', label: 'side.ukraine' },
  europe: { shape: '◆', label: 'side.europe' },
};

/**
 * A small shape and hidden label for a person's side (`us`, `russia`, …). A side the interface
 * has no words for is named by the story (passed in by the view, which reads it from the state),
 * in the reader's language where its texts give one.
 */
export function SideMark({
  side,
  story,
}: {
  side: string | undefined;
  story: Pick<Story, 'sideName' | 'langOf'>;
}) {
  const t = useT();
  if (!side) return null;
  const known = SIDES[side];
  const label = known ? t(known.label) : (story.sideName(side) ?? side);
  const lang = known ? undefined : story.langOf('sides', side, 'name');
  return (
    <span className={`side-mark side-mark--${known ? side : 'other'}`} title={label} lang={lang}>
      <span aria-hidden="true">{known?.shape ?? '◇'}</span>
      <span className="visually-hidden">{t('side.hidden', { side: label })}</span>
    </span>
  );
}

/** The key to the side shapes, for readers who cannot tell the tints apart. */
export function SideKey({ sides }: { sides: readonly string[] }) {
  const t = useT();
  const shown = Object.entries(SIDES).filter(([side]) => sides.includes(side));
  if (shown.length === 0) return null;
  return (
    <p className="side-key">
      {shown.map(([side, { shape, label }]) => (
        <span key={side} className={`side-key__item side-mark--${side}`}>
          <span aria-hidden="true">{shape}</span> {t(label)}
        </span>
      ))}
    </p>
  );
}
