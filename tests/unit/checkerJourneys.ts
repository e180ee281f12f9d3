/**
 * Journeys through the checker: the answers a reader gives, the result they must reach (outcome and the parts
 * added to it), and phrases the result must and must not say in each language. The unit tests check them on
 * the tree's data, tests/e2e/checker.spec walks them in a browser, with and without JavaScript.
 */
export interface Journey {
  who: string;
  answers: string[];
  outcome: string;
  parts: string[];
  /** Phrases the verdict (the page's h1) must contain. */
  verdict: Record<'en' | 'de', string[]>;
  /** Phrases that must stand somewhere on the result: verdict, part summaries, statements or next steps. */
  says: Record<'en' | 'de', string[]>;
  /** Phrases the result must not contain. */
  never?: Record<'en' | 'de', string[]>;
}

export const JOURNEYS: Journey[] = [
  {
    who: 'a US citizen living in Germany who uses Kaspersky antivirus',
    answers: ['germany', 'antivirus', 'yes'],
    outcome: 'usp-use-antivirus',
    parts: ['germany'],
    verdict: {
      en: ['reaches US persons abroad', 'without a legal penalty under the Final Determination', 'since 29 September 2024'],
      de: ['erfasst US-Personen auch im Ausland', 'Final Determination (endgültige Entscheidung)', 'seit dem 29. September 2024'],
    },
    says: { en: ['US citizens and permanent residents', 'the BSI warned'], de: ['US-Staatsbürger', 'warnte das BSI'] },
    never: { en: ['do not apply in Germany'], de: ['gelten in Deutschland nicht'] },
  },
  {
    who: 'a German MSP with US customers',
    answers: ['germany', 'seller', 'yes'],
    outcome: 'abroad-seller',
    parts: ['germany'],
    verdict: {
      en: ['customers in the US or who are US persons', 'license it for resale or integration', 'Since 29 September 2024'],
      de: ['Kunden in den USA', 'zum Weiterverkauf oder zur Integration lizenzieren', 'Seit dem 29. September 2024'],
    },
    says: {
      en: ['Since 20 July 2024', 'new agreements with US persons', 'US citizens living there', 'the BSI warned', 'threat-intelligence'],
      de: ['Seit dem 20. Juli 2024', 'keine neuen Verträge mit US-Personen', 'dort lebende US-Staatsbürger', 'warnte das BSI'],
    },
  },
  {
    who: 'a US business using a white-label product with a Kaspersky engine',
    answers: ['us', 'business', 'white-label'],
    outcome: 'us-use-white-label',
    parts: [],
    verdict: { en: ['covered by the ban', 'only its vendor can tell you'], de: ['fällt wie Kasperskys eigene unter das Verbot', 'kann nur sein Hersteller sagen'] },
    says: { en: ['Since 29 September 2024', 'licensing it for resale or integration', 'Ask the product’s vendor'], de: ['Seit dem 29. September 2024', 'Fragen Sie den Hersteller'] },
  },
  {
    who: 'a US federal contractor',
    answers: ['us', 'federal', 'contractor'],
    outcome: 'us-federal-contractor',
    parts: [],
    verdict: { en: ['in 2018'], de: ['seit 2018'] },
    says: { en: ['Since 2018', 'not their contractors', 'Since 1 October 2018'], de: ['Seit 2018', 'nicht ihre Auftragnehmer'] },
    never: { en: ['since 2017', 'a year later'], de: ['seit 2017', 'Ein Jahr später'] },
  },
  {
    who: 'a Swiss household that is not a US person',
    answers: ['elsewhere', 'antivirus', 'no'],
    outcome: 'not-reached-user',
    parts: [],
    verdict: { en: ['does not reach your use of Kaspersky software'], de: ['erfasst Ihre Nutzung von Kaspersky-Software nicht'] },
    says: { en: ['anyone in the United States'], de: ['jeder, der sich in den USA aufhält'] },
    never: { en: ['BSI'], de: ['BSI'] },
  },
  {
    who: 'a US household with Kaspersky antivirus',
    answers: ['us', 'household', 'antivirus'],
    outcome: 'us-use-antivirus',
    parts: [],
    verdict: { en: ['without a legal penalty under the Final Determination', 'since 29 September 2024'], de: ['straflos weiter nutzen', 'seit dem 29. September 2024'] },
    says: { en: ['UltraAV', 'Since 20 July 2024'], de: ['UltraAV', 'Seit dem 20. Juli 2024'] },
  },
  {
    who: 'a US federal agency',
    answers: ['us', 'federal', 'agency'],
    outcome: 'us-federal-agency',
    parts: [],
    verdict: { en: ['since 1 October 2018', 'from 2017'], de: ['seit dem 1. Oktober 2018', 'ab 2017'] },
    says: { en: ['Binding Operational Directive 17-01', 'signed on 12 December 2017'], de: ['Binding Operational Directive 17-01', 'unterzeichnet am 12. Dezember 2017'] },
    never: { en: ['a year later'], de: ['Ein Jahr später', 'tabu'] },
  },
  {
    who: 'a US business using Kaspersky threat intelligence',
    answers: ['us', 'business', 'threat-intelligence'],
    outcome: 'us-use-exempt',
    parts: [],
    verdict: { en: ['exempted', 'announced that it would close its US operations'], de: ['nahm', 'aus', 'sein US-Geschäft zu schließen'] },
    says: { en: ['Since 15 July 2024', 'what the law allowed'], de: ['Seit dem 15. Juli 2024', 'was das Recht erlaubte'] },
  },
  {
    who: 'someone in Germany, not sure whether they are a US person, with Kaspersky antivirus',
    answers: ['germany', 'antivirus', 'not-sure'],
    outcome: 'usp-use-antivirus',
    parts: ['germany', 'unsure-user'],
    verdict: { en: ['reaches US persons abroad'], de: ['erfasst US-Personen auch im Ausland'] },
    says: { en: ['If you are not a US person', 'does not settle', 'ask counsel'], de: ['Sind Sie keine US-Person und nicht in den USA', 'entscheidet die Begriffsbestimmung daher nicht', 'Rechtsbeistand'] },
  },
  {
    who: 'a reseller elsewhere in the EU, not sure whether its customers are US persons',
    answers: ['eu', 'seller', 'not-sure'],
    outcome: 'abroad-seller',
    parts: ['eu', 'unsure-seller'],
    verdict: { en: ['customers in the US or who are US persons'], de: ['Kunden in den USA'] },
    says: {
      en: ['If you are not a US person and serve no one in the United States', 'own country’s cybersecurity authority'],
      de: ['Sind Sie keine US-Person und bedienen weder Kunden in den USA', 'Cybersicherheitsbehörde Ihres Landes'],
    },
  },
  {
    who: 'a German household that is not a US person, with Kaspersky antivirus',
    answers: ['germany', 'antivirus', 'no'],
    outcome: 'not-reached-user',
    parts: ['germany'],
    verdict: { en: ['does not reach your use'], de: ['erfasst Ihre Nutzung von Kaspersky-Software nicht'] },
    says: { en: ['the BSI warned', 'recommended replacing it'], de: ['warnte das BSI', 'empfahl, sie zu ersetzen'] },
  },
  {
    who: 'a US MSP reselling Kaspersky antivirus',
    answers: ['us', 'msp', 'antivirus'],
    outcome: 'us-msp-antivirus',
    parts: [],
    verdict: { en: ['Since 29 September 2024', 'license it for resale or integration'], de: ['Seit dem 29. September 2024', 'zum Weiterverkauf oder zur Integration lizenzieren'] },
    says: { en: ['no legal penalty under the Final Determination'], de: ['nach der Final Determination'] },
  },
  {
    who: 'a reseller outside the EU with no US customers that is not a US person',
    answers: ['elsewhere', 'seller', 'no'],
    outcome: 'not-reached-seller',
    parts: [],
    verdict: { en: ['does not reach your business'], de: ['erfasst Ihr Geschäft nicht'] },
    says: { en: ['ask counsel'], de: ['rechtlichen Rat'] },
  },
];

/** Every page address of the checker as published before the US-person questions: each must still exist. */
export const PUBLISHED_ANSWERS: string[][] = [
  [],
  ['us'],
  ['germany'],
  ['eu'],
  ['elsewhere'],
  ['us', 'household'],
  ['us', 'business'],
  ['us', 'federal'],
  ['us', 'msp'],
  ['us', 'vendor'],
  ...['household', 'business'].flatMap((role) => ['antivirus', 'threat-intelligence', 'training', 'none-or-not-sure'].map((product) => ['us', role, product])),
  ...['antivirus', 'threat-intelligence', 'training', 'not-sure'].map((offering) => ['us', 'msp', offering]),
  ...['antivirus', 'threat-intelligence', 'training', 'none-or-not-sure'].map((product) => ['germany', product]),
];
