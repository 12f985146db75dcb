/** Starts presentation mode (placeholder until the classroom work lands). */
export function PresentButton() {
  return null;
}
