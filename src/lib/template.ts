/**
 * The one filler of "{name}" templates, for the PDF summary's footer (at build time) and the search page's status
 * line (in the browser), so its own module: the browser bundle takes nothing else with it.
 */

/** Fills "{name}" placeholders, as in "Page {page} of {total}"; an unknown name stays as written. */
export function fillTemplate(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}
