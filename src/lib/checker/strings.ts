/** The checker's UI strings in both languages; a key missing in one language is a type error. */
import { formatPartialDate, formatTimeSince, type PartialDate } from '../partialDate';
import type { Locale } from '../i18n';

interface CheckerStrings {
  title: string;
  navLabel: string;
  description: string;
  intro: string;
  back: string;
  progress: (current: number, total: number, exact: boolean) => string;
  /** Page titles stay short: the site name follows, and html-validate allows 70 characters in all. */
  questionTitle: (current: number) => string;
  resultTitle: string;
  result: string;
  whatApplies: string;
  nextSteps: string;
  /** Heading of the "it depends" comparison and its link to each case's own result. */
  eachCase: string;
  seeCaseResult: string;
  seeAlso: string;
  /** Heading of the primary texts the verdict rests on, and the label of each in "How this checker decides". */
  basis: string;
  /** Beside the previous answer when a reader comes back through "Change". */
  previousAnswer: string;
  /** A retired address's page: the answer has moved. */
  movedTitle: string;
  movedText: string;
  movedLink: string;
  /** Printed results: when the page was read (the reader's day with JavaScript, the build day without). */
  readOn: (day: string) => string;
  builtOn: (day: string) => string;
  /** That the rules are told as of the sources' date, not checked for later changes. */
  rulesAsOf: string;
  yourAnswers: string;
  change: string;
  /** Hidden text after "Change", so a screen reader hears which answer the link changes. */
  changeHidden: (question: string) => string;
  startAgain: string;
  print: string;
  copyLink: string;
  linkCopied: string;
  /** "Since 29 September 2024" / "Seit dem 29. September 2024"; German needs the article only before a day. */
  since: (date: PartialDate) => string;
  notLegalAdvice: string;
  privacy: string;
  sourcesOfResult: string;
  printAddress: string;
  howItDecides: string;
  howItDecidesDescription: string;
  howItDecidesIntro: string;
  questionsHeading: string;
  resultsHeading: string;
  partsHeading: string;
  optionLeadsTo: string;
  /** Beside an answer in the overview: the sections it adds to every result reached through it. */
  addsParts: (headings: readonly string[]) => string;
  outcomeSources: string;
}

const en: CheckerStrings = {
  title: 'Am I affected?',
  navLabel: 'Am I affected?',
  description:
    'Answer up to four questions to see what the 2024 US ban on Kaspersky software means for you, since when, and what to do.',
  intro:
    'Answer up to four questions to see what the 2024 US ban on Kaspersky software means for you, since when, and what to do now.',
  back: 'Back',
  progress: (current, total, exact) =>
    exact ? `Question ${current} of ${total}` : `Question ${current} of up to ${total}`,
  questionTitle: (current) => `Am I affected? – Question ${current}`,
  resultTitle: 'Am I affected? – Your result',
  result: 'Your result',
  whatApplies: 'Why',
  nextSteps: 'What to do',
  eachCase: 'What holds in each case',
  seeCaseResult: 'See this result in full',
  seeAlso: 'See also',
  basis: 'The rules this rests on',
  previousAnswer: '(your previous answer)',
  movedTitle: 'This question has changed',
  movedText:
    'The checker asks this differently now, so the answer in this address no longer exists. Continue where that answer now lives:',
  movedLink: 'Continue the check',
  readOn: (day) => `Read on ${day}.`,
  builtOn: (day) => `This page was built on ${day}.`,
  rulesAsOf: 'The rules are told as the sources describe them, up to the date above; later changes are not covered.',
  yourAnswers: 'Your answers',
  change: 'Change',
  changeHidden: (question) => ` your answer to “${question}”`,
  startAgain: 'Start again',
  print: 'Print this result',
  copyLink: 'Copy the link to this result',
  linkCopied: 'Link copied.',
  since: (date) => `Since ${formatPartialDate(date, 'en')}`,
  notLegalAdvice: 'This checker explains the rules as the sources describe them. It is not legal advice.',
  privacy: 'Nothing you answer is stored or sent anywhere: your answers are only in the page address.',
  sourcesOfResult: 'Sources for this result',
  printAddress: 'Address of this result:',
  howItDecides: 'How this checker decides',
  howItDecidesDescription:
    'Every question, answer and result of the “Am I affected?” checker, drawn from the same data the checker uses.',
  howItDecidesIntro:
    'This is the whole checker: every question, where each answer leads, and each result with its sources. It is drawn from the same data the checker runs on, so nothing is left out.',
  questionsHeading: 'The questions, and where each answer leads',
  resultsHeading: 'The results, each with its sources',
  partsHeading: 'Sections that answers add to a result',
  optionLeadsTo: 'leads to',
  addsParts: (headings) => `adds the section ${headings.map((heading) => `“${heading}”`).join(', ')} to the result`,
  outcomeSources: 'Sources',
};

const de: CheckerStrings = {
  title: 'Bin ich betroffen?',
  navLabel: 'Bin ich betroffen?',
  description:
    'Bis zu vier Fragen zeigen, was das US-Verbot von Kaspersky-Software 2024 für Sie bedeutet, seit wann und was zu tun ist.',
  intro:
    'Beantworten Sie bis zu vier Fragen und sehen Sie, was das US-Verbot von Kaspersky-Software 2024 für Sie bedeutet, seit wann es gilt und was Sie jetzt tun können.',
  back: 'Zurück',
  progress: (current, total, exact) =>
    exact ? `Frage ${current} von ${total}` : `Frage ${current} von höchstens ${total}`,
  questionTitle: (current) => `Bin ich betroffen? – Frage ${current}`,
  resultTitle: 'Bin ich betroffen? – Ihr Ergebnis',
  result: 'Ihr Ergebnis',
  whatApplies: 'Warum',
  nextSteps: 'Was zu tun ist',
  eachCase: 'Was in jedem Fall gilt',
  seeCaseResult: 'Dieses Ergebnis ganz lesen',
  seeAlso: 'Siehe auch',
  basis: 'Die Regeln dahinter',
  previousAnswer: '(Ihre bisherige Antwort)',
  movedTitle: 'Diese Frage hat sich geändert',
  movedText:
    'Der Check fragt das inzwischen anders; die Antwort in dieser Adresse gibt es nicht mehr. Weiter geht es dort, wo diese Antwort jetzt steht:',
  movedLink: 'Check fortsetzen',
  readOn: (day) => `Gelesen am ${day}.`,
  builtOn: (day) => `Diese Seite wurde am ${day} erstellt.`,
  rulesAsOf:
    'Die Regeln sind so dargestellt, wie die Quellen sie beschreiben, bis zum Datum oben; spätere Änderungen sind nicht berücksichtigt.',
  yourAnswers: 'Ihre Antworten',
  change: 'Ändern',
  changeHidden: (question) => ` (Ihre Antwort auf „${question}“)`,
  startAgain: 'Neu beginnen',
  print: 'Ergebnis drucken',
  copyLink: 'Link zu diesem Ergebnis kopieren',
  linkCopied: 'Link kopiert.',
  since: (date) => `${date.precision === 'day' ? 'Seit dem' : 'Seit'} ${formatPartialDate(date, 'de')}`,
  notLegalAdvice: 'Dieser Check erklärt die Regeln so, wie die Quellen sie beschreiben. Er ist keine Rechtsberatung.',
  privacy: 'Ihre Antworten werden nirgends gespeichert oder übermittelt: Sie stehen nur in der Adresse der Seite.',
  sourcesOfResult: 'Quellen zu diesem Ergebnis',
  printAddress: 'Adresse dieses Ergebnisses:',
  howItDecides: 'So entscheidet der Check',
  howItDecidesDescription:
    'Alle Fragen, Antworten und Ergebnisse des Checks „Bin ich betroffen?“, erzeugt aus denselben Daten, mit denen der Check arbeitet.',
  howItDecidesIntro:
    'Hier steht der ganze Check: jede Frage, wohin jede Antwort führt, und jedes Ergebnis mit seinen Quellen. Die Übersicht entsteht aus denselben Daten, mit denen der Check arbeitet; es fehlt also nichts.',
  questionsHeading: 'Die Fragen und wohin jede Antwort führt',
  resultsHeading: 'Die Ergebnisse mit ihren Quellen',
  partsHeading: 'Abschnitte, die Antworten einem Ergebnis hinzufügen',
  optionLeadsTo: 'führt zu',
  addsParts: (headings) =>
    `fügt dem Ergebnis den Abschnitt ${headings.map((heading) => `„${heading}“`).join(', ')} hinzu`,
  outcomeSources: 'Quellen',
};

export const CHECKER_STRINGS: Record<Locale, CheckerStrings> = { en, de };

/** "2 years ago" / "vor 2 Jahren" from the build's day in UTC; the browser recounts from the reader's own day. */
export function timeSince(date: PartialDate, today: Date, locale: Locale): string {
  return formatTimeSince(date.start, today, locale, 'UTC');
}
