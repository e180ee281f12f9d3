/**
 * An outlet's name short enough for a note of the two-page summary: its acronym where it gives one
 * ("Bundesamt für Sicherheit in der Informationstechnik (BSI)" → "BSI"), else the name before any aside
 * ("Federal Register (U.S. Department of Commerce)" → "Federal Register", "Federal Communications Commission,
 * Public Safety and Homeland Security Bureau" → "Federal Communications Commission").
 */
export function shortOutlet(outlet: string): string {
  const acronym = /\(([A-Z][A-Za-z]{1,5})\)\s*$/.exec(outlet)?.[1];
  if (acronym) return acronym;
  return outlet.split(/\s*\(|,\s/)[0]!.trim() || outlet;
}
