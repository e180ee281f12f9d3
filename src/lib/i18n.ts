export const LOCALES = ['en', 'de'] as const;
export type Locale = (typeof LOCALES)[number];

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'de' : 'en';
}

/** Quotation marks of each language, for verbatim quotes shown in their original language. */
export const QUOTE_MARKS: Record<Locale, readonly [string, string]> = { en: ['“', '”'], de: ['„', '“'] };

/** Language names as written in that language, for the language switch. */
export const LANGUAGE_NAMES: Record<Locale, string> = { en: 'English', de: 'Deutsch' };

const en = {
  siteName: 'Kaspersky and the US ban',
  siteTagline: 'What happened, what applies since when, and what to do',
  skipToContent: 'Skip to content',
  mainNavigation: 'Main',
  languageSwitch: 'Language',
  readInOtherLanguage: 'Diese Seite auf Deutsch',
  lastReviewed: 'Last editorial review',
  sourcesUpTo: 'Sources up to',
  sourcesLink: 'Sources',
  footerNote: 'An independent explainer. Every statement links to its source.',
  citedOnThisPage: 'Sources cited on this page',
  citationLabel: 'Source',
  paraphraseOf: 'Source for a paraphrase',
  quoteInOriginal: 'Quote in the original',
  backToText: 'Back to the text',
  opensInNewTab: '(opens in a new tab)',
  sourceEntry: 'Source entry',
  sourcesPageTitle: 'Sources',
  sourcesPageDescription:
    'The five articles this site is written from, and the official texts it uses for facts they lack.',
  sourcesExternalNote:
    'These entries support facts the five articles do not give. Where the site quotes them, the words are checked against the passages kept here; otherwise they are cited as the source for a paraphrase.',
  howWeCheckedTitle: 'How we checked',
  howWeCheckedBase: 'Every page is written from the five news articles listed first below, in German and English.',
  howWeCheckedOfficial:
    'Where a statement depends on the exact scope or date of a rule, the site cites the official text, or, where we could read only part of it, BIS’s own page and law-firm summaries that set the rule out. Each entry under “Official texts and other reports” says in its note which passages we read and where; the words kept there are the ones we read. Where we could not read a text at all, its note says so.',
  howWeCheckedQuotes:
    'Every quotation is checked by machine each time the site is built: the quoted words must stand in the stored text of the source they are attributed to, or the site is not published. Each footnote shows the quoted words in the language of the source.',
  howWeCheckedTranslations:
    'Where the site gives a source’s words in another language, it marks them as its own translation; the source’s own words are in the footnote.',
  howWeCheckedLogs:
    'Where the sources disagree, the site says so and sets out each point on one page. Every correction made after publication is logged, with what was wrong and what is right:',
  outlet: 'Outlet',
  sourcesIntroArticle: 'The five articles',
  sourcesIntroExternal: 'Official texts and other reports',
  published: 'Published',
  language: 'Language',
  address: 'Address',
  translationOf: 'Translation of',
  translatedAs: 'Translated as',
  keyQuotes: 'Key quotes',
  citedOn: 'Cited on',
  notCitedYet: 'Not cited on any page yet.',
  sourceKindArticle: 'Article',
  sourceKindExternal: 'External source',
  languageNames: { en: 'English', de: 'German' },
  chooseLanguage: 'Choose a language',
  notFoundTitle: 'Page not found',
  notFoundText: 'There is no page at this address. The overview leads to everything on this site.',
  notFoundLink: 'Go to the overview',
  editorialLabel: 'From the editors',
  overviewCheckTitle: 'Am I affected?',
  overviewCheckText:
    'Answer up to four questions and get what applies to you, since when, and what to do, with the sources.',
  overviewCheckLink: 'Start the check',
  overviewTimelineTitle: 'The timeline at a glance',
  overviewTimelineText:
    'From Kaspersky’s founding in 1997 to the end of updates in September 2024. Each mark leads to the event on the interactive timeline.',
  overviewTimelineLink: 'Open the interactive timeline',
  searchLabel: 'Search this site',
  searchButton: 'Search',
  searchPageTitle: 'Search',
  searchPageDescription: 'Search every page and source of this explainer, in English.',
  searchNeedsJavaScript:
    'Search runs in your browser and needs JavaScript. Without it, every page of the site is listed below.',
  searchAllPages: 'All pages',
  searchResultsCount: '{count} results for “{query}”',
  searchNoResults: 'Nothing found for “{query}”. Try another word, or browse all pages below.',
  searchUnavailable: 'Search could not be loaded. Every page of the site is listed below.',
  disagreementsTitle: 'Where the sources disagree',
  disagreementsDescription:
    'Every point on which the five articles disagree: what each says, what the official text says, and which reading this site follows.',
  disagreementsIntro:
    'The five articles this site is written from do not always agree. Each entry gives their words, checked against the articles, the official text where there is one, and the reading this site follows, with the reason.',
  disagreementAccounts: 'What the sources say',
  disagreementPrimary: 'What the official text says',
  disagreementReading: 'What this site follows, and why',
  disagreementConcerns: 'Concerns',
  sourcesDisagreeHere: 'Sources disagree on this',
  correctionsTitle: 'Corrections and updates',
  correctionsDescription:
    'Every correction and addition made to this site after publication, newest first, with the pages it changed.',
  correctionsIntro:
    'When a statement on this site was wrong, went further than its sources, or was missing in one language, it is fixed and logged here, newest first. Each changed page links to its entry.',
  correctionKindCorrection: 'Correction',
  correctionKindUpdate: 'Update',
  correctionWrong: 'What was wrong',
  correctionMissing: 'What was missing',
  correctionRight: 'What is right',
  correctionAdded: 'What was added',
  correctionPages: 'Pages changed',
  correctionSources: 'Sources',
  correctionsOnThisPage: 'Corrections and updates to this page',
  updatedOn: 'Updated',
  whatChanged: 'what changed',
  allCorrections: 'All corrections and updates',
  readTheEntry: 'read the entry',
  feedTitle: 'Corrections and updates (RSS)',
  feedLink: 'Follow corrections by RSS',
  glossaryTitle: 'Glossary',
  glossaryDescription:
    'The terms of the Kaspersky ban in plain words: authorities, lists, laws and trade words, each with its sources.',
  glossaryIntro:
    'On every page, the first use of a term listed here links to its entry. Each definition says no more than the sources it cites.',
  glossaryAbbreviation: 'Abbreviation',
  glossaryAlsoWritten: 'Also written',
} as const;

type UiStrings = { [K in keyof typeof en]: (typeof en)[K] extends string ? string : { [L in Locale]: string } };

const de = {
  siteName: 'Kaspersky und das US-Verbot',
  siteTagline: 'Was geschah, was seit wann gilt und was zu tun ist',
  skipToContent: 'Zum Inhalt springen',
  mainNavigation: 'Hauptnavigation',
  languageSwitch: 'Sprache',
  readInOtherLanguage: 'This page in English',
  lastReviewed: 'Letzte redaktionelle Durchsicht',
  sourcesUpTo: 'Quellen bis',
  sourcesLink: 'Quellen',
  footerNote: 'Ein unabhängiger Erklärtext. Jede Aussage verweist auf ihre Quelle.',
  citedOnThisPage: 'Auf dieser Seite zitierte Quellen',
  citationLabel: 'Quelle',
  paraphraseOf: 'Quelle für eine sinngemäße Wiedergabe',
  quoteInOriginal: 'Zitat im Original',
  backToText: 'Zurück zum Text',
  opensInNewTab: '(öffnet in neuem Tab)',
  sourceEntry: 'Quelleneintrag',
  sourcesPageTitle: 'Quellen',
  sourcesPageDescription:
    'Die fünf Artikel, auf denen diese Seite beruht, und die amtlichen Texte für Fakten, die in ihnen fehlen.',
  sourcesExternalNote:
    'Diese Einträge belegen Fakten, die in den fünf Artikeln fehlen. Wo die Seite sie wörtlich zitiert, wird der Wortlaut gegen die hier hinterlegten Passagen geprüft; sonst sind sie als Quelle einer sinngemäßen Wiedergabe angegeben.',
  howWeCheckedTitle: 'Wie wir geprüft haben',
  howWeCheckedBase:
    'Jede Seite beruht auf den fünf Nachrichtenartikeln auf Deutsch und Englisch, die unten zuerst stehen.',
  howWeCheckedOfficial:
    'Wo eine Aussage vom genauen Geltungsbereich oder Datum einer Regel abhängt, zitiert die Seite den amtlichen Text oder, wo wir nur einen Teil davon lesen konnten, die eigene Seite des BIS und Zusammenfassungen von Kanzleien, die die Regel darlegen. Jeder Eintrag unter „Amtliche Texte und weitere Berichte“ sagt in seiner Anmerkung, welche Passagen wir wo gelesen haben; die dort hinterlegten Worte sind die gelesenen. Wo wir einen Text gar nicht lesen konnten, sagt das seine Anmerkung.',
  howWeCheckedQuotes:
    'Jedes Zitat wird bei jedem Bau der Seite maschinell geprüft: Die zitierten Worte müssen im gespeicherten Text der Quelle stehen, der sie zugeschrieben werden, sonst wird die Seite nicht veröffentlicht. Jede Fußnote zeigt die zitierten Worte in der Sprache der Quelle.',
  howWeCheckedTranslations:
    'Wo die Seite die Worte einer Quelle in einer anderen Sprache wiedergibt, kennzeichnet sie sie als eigene Übersetzung; den Wortlaut der Quelle zeigt die Fußnote.',
  howWeCheckedLogs:
    'Wo sich die Quellen widersprechen, sagt die Seite das und führt jeden Punkt auf einer eigenen Seite aus. Jede Korrektur nach der Veröffentlichung wird protokolliert, mit dem, was falsch war, und dem, was richtig ist:',
  outlet: 'Medium',
  sourcesIntroArticle: 'Die fünf Artikel',
  sourcesIntroExternal: 'Amtliche Texte und weitere Berichte',
  published: 'Erschienen',
  language: 'Sprache',
  address: 'Adresse',
  translationOf: 'Übersetzung von',
  translatedAs: 'Übersetzt als',
  keyQuotes: 'Zentrale Zitate',
  citedOn: 'Zitiert auf',
  notCitedYet: 'Noch auf keiner Seite zitiert.',
  sourceKindArticle: 'Artikel',
  sourceKindExternal: 'Externe Quelle',
  languageNames: { en: 'Englisch', de: 'Deutsch' },
  chooseLanguage: 'Sprache wählen',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Unter dieser Adresse gibt es keine Seite. Vom Überblick aus erreichen Sie alle Inhalte.',
  notFoundLink: 'Zum Überblick',
  editorialLabel: 'Aus der Redaktion',
  overviewCheckTitle: 'Bin ich betroffen?',
  overviewCheckText:
    'Beantworten Sie bis zu vier Fragen und erfahren Sie, was für Sie gilt, seit wann und was zu tun ist – mit Quellen.',
  overviewCheckLink: 'Zum Check',
  overviewTimelineTitle: 'Die Chronik auf einen Blick',
  overviewTimelineText:
    'Von der Gründung Kasperskys 1997 bis zum Ende der Updates im September 2024. Jede Markierung führt zum Ereignis in der interaktiven Chronik.',
  overviewTimelineLink: 'Zur interaktiven Chronik',
  searchLabel: 'Diese Website durchsuchen',
  searchButton: 'Suchen',
  searchPageTitle: 'Suche',
  searchPageDescription: 'Alle Seiten und Quellen dieses Erklärtexts auf Deutsch durchsuchen.',
  searchNeedsJavaScript:
    'Die Suche läuft in Ihrem Browser und braucht JavaScript. Ohne JavaScript finden Sie unten alle Seiten der Website.',
  searchAllPages: 'Alle Seiten',
  searchResultsCount: '{count} Treffer für „{query}“',
  searchNoResults: 'Keine Treffer für „{query}“. Versuchen Sie ein anderes Wort oder wählen Sie unten eine Seite.',
  searchUnavailable: 'Die Suche konnte nicht geladen werden. Unten finden Sie alle Seiten der Website.',
  disagreementsTitle: 'Wo sich die Quellen widersprechen',
  disagreementsDescription:
    'Jeder Punkt, in dem sich die fünf Artikel widersprechen: was jeder sagt, was der amtliche Text sagt und welcher Lesart diese Seite folgt.',
  disagreementsIntro:
    'Die fünf Artikel, auf denen diese Seite beruht, stimmen nicht immer überein. Jeder Eintrag nennt ihren Wortlaut, geprüft an den Artikeln, den amtlichen Text, wo es einen gibt, und die Lesart, der diese Seite folgt, mit Begründung.',
  disagreementAccounts: 'Was die Quellen sagen',
  disagreementPrimary: 'Was der amtliche Text sagt',
  disagreementReading: 'Welcher Lesart diese Seite folgt und warum',
  disagreementConcerns: 'Betrifft',
  sourcesDisagreeHere: 'Hier widersprechen sich die Quellen',
  correctionsTitle: 'Korrekturen und Aktualisierungen',
  correctionsDescription:
    'Jede Korrektur und Ergänzung dieser Seite nach der Veröffentlichung, die neueste zuerst, mit den geänderten Seiten.',
  correctionsIntro:
    'War eine Aussage auf dieser Seite falsch, ging sie über ihre Quellen hinaus oder fehlte sie in einer Sprache, wird sie korrigiert und hier verzeichnet, die neueste zuerst. Jede geänderte Seite verweist auf ihren Eintrag.',
  correctionKindCorrection: 'Korrektur',
  correctionKindUpdate: 'Aktualisierung',
  correctionWrong: 'Was falsch war',
  correctionMissing: 'Was fehlte',
  correctionRight: 'Was richtig ist',
  correctionAdded: 'Was ergänzt wurde',
  correctionPages: 'Geänderte Seiten',
  correctionSources: 'Quellen',
  correctionsOnThisPage: 'Korrekturen und Aktualisierungen dieser Seite',
  updatedOn: 'Aktualisiert am',
  whatChanged: 'was sich geändert hat',
  allCorrections: 'Alle Korrekturen und Aktualisierungen',
  readTheEntry: 'zum Eintrag',
  feedTitle: 'Korrekturen und Aktualisierungen (RSS)',
  feedLink: 'Korrekturen per RSS verfolgen',
  glossaryTitle: 'Glossar',
  glossaryDescription:
    'Die Begriffe des Kaspersky-Verbots in einfachen Worten: Behörden, Listen, Gesetze und Fachwörter, jeweils mit Quellen.',
  glossaryIntro:
    'Auf jeder Seite verweist die erste Verwendung eines hier erklärten Begriffs auf seinen Eintrag. Jede Erklärung sagt nicht mehr als die Quellen, die sie nennt.',
  glossaryAbbreviation: 'Abkürzung',
  glossaryAlsoWritten: 'Auch geschrieben',
} as const satisfies UiStrings;

/** Every UI string in both languages; a key missing in one language is a type error. */
const UI: Record<Locale, UiStrings> = { en, de };

export function t(locale: Locale): UiStrings {
  return UI[locale];
}
