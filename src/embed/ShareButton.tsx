/** Opens the Share & embed dialog (placeholder until the embed work lands). */
export function ShareButton() {
  return null;
}
