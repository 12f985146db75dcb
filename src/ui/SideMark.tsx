/** Shapes for the delegations, so a side is never told by colour alone. */
const SIDES: Record<string, { shape: string; label: string }> = {
  us: { shape: '■', label: 'U.S. side' },
  russia: { shape: '●', label: 'Russian side' },
  ukraine: { shape: '▲', label: 'Ukraine' },
  europe: { shape: '◆', label: 'Europe and NATO' },
};

/** A small shape and hidden label for a person's side (`us`, `russia`, …). */
export function SideMark({ side }: { side: string | undefined }) {
  if (!side) return null;
  const known = SIDES[side];
  return (
    <span className={`side-mark side-mark--${known ? side : 'other'}`} title={known?.label ?? side}>
      <span aria-hidden="true">{known?.shape ?? '◇'}</span>
      <span className="visually-hidden">({known?.label ?? side})</span>
    </span>
  );
}

export function sideLabel(side: string | undefined): string | undefined {
  return side ? (SIDES[side]?.label ?? side) : undefined;
}

/** The key to the side shapes, for readers who cannot tell the tints apart. */
export function SideKey({ sides }: { sides: readonly string[] }) {
  const shown = Object.entries(SIDES).filter(([side]) => sides.includes(side));
  if (shown.length === 0) return null;
  return (
    <p className="side-key">
      {shown.map(([side, { shape, label }]) => (
        <span key={side} className={`side-key__item side-mark--${side}`}>
          <span aria-hidden="true">{shape}</span> {label}
        </span>
      ))}
    </p>
  );
}
