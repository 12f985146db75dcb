/** The printable handout, shown only in print media (placeholder). */
export function Handout() {
  return null;
}
