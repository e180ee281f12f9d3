/** Broken data files the bad-content tests plant in a copy of the site, whole for the build and cut for the sync. */

/** A quote its source never wrote, an unknown source and an unknown page key. */
export const BROKEN_DISAGREEMENT = `order: 99
title: { en: A broken entry, de: Ein kaputter Eintrag }
pages: [what-is-banned, no-such-page]
accounts:
  - says: { en: heise says one thing., de: heise sagt das eine. }
    citations:
      - source: heise-de
        quote: Worte, die heise nie schrieb
  - says: { en: An unknown outlet says another., de: Ein unbekanntes Medium sagt etwas anderes. }
    citations:
      - source: no-such-source
        quote: anything
reading: { en: The site follows neither., de: Die Seite folgt keinem. }
`;

/** An unknown page key, a quote its source never wrote and an unknown source. */
export const BROKEN_CORRECTION = `date: "2026-12-01"
kind: correction
pages: [overview, no-such-page]
title: { en: A broken entry, de: Ein kaputter Eintrag }
wrong: { en: Something., de: Etwas. }
right: { en: Something else., de: Etwas anderes. }
citations:
  - source: zdnet-de
    quote: Worte, die ZDNet nie schrieb
  - source: no-such-source
`;

/** A quote its source never wrote, an unknown source, and a form ("Entity List") that another entry has. */
export const BROKEN_GLOSSARY_ENTRY = `en:
  term: Commerce Department
  variants: [Entity List]
  definition: A department of the US government.
de:
  term: Handelsministerium
  definition: Ein Ministerium der US-Regierung.
citations:
  - source: heise-en
    quote: words heise never wrote
  - source: no-such-source
`;
