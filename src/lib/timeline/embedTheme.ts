/**
 * The embed's colour theme, from its address (`?theme=`). A module without imports: the embed's theme script
 * shares no code with the timeline's, so Astro inlines it and the theme applies before the first paint.
 */

/** Light first and by default, as a newspaper page is: `auto` is for hosts that have a dark mode themselves. */
export const THEMES = ['light', 'dark', 'auto'] as const;
type Theme = (typeof THEMES)[number];

/** The theme asked for; anything unknown or malformed is light. */
export function parseEmbedTheme(search: string): Theme {
  const asked = new URLSearchParams(search).get('theme');
  return THEMES.find((theme) => theme === asked) ?? 'light';
}
