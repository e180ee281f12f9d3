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
  // In the United States
  {
    who: 'a US household with Kaspersky antivirus',
    answers: ['us', 'household', 'antivirus'],
    outcome: 'us-use-antivirus',
    parts: [],
    verdict: { en: ['Replace it', '29 September 2024'], de: ['Ersetzen Sie sie', '29. September 2024'] },
    says: {
      en: [
        'no legal penalty under the Final Determination',
        'UltraAV',
        'Since 20 July 2024',
        'not limited to antivirus',
      ],
      de: [
        'nach der Final Determination (endgültige Entscheidung) keine rechtlichen Strafen',
        'UltraAV',
        'Seit dem 20. Juli 2024',
      ],
    },
    never: { en: ['probably not affected'], de: ['wahrscheinlich nicht betroffen'] },
  },
  {
    who: 'a US user of Kaspersky VPN or Password Manager',
    answers: ['us', 'household', 'antivirus'],
    outcome: 'us-use-antivirus',
    parts: [],
    verdict: { en: ['Replace it'], de: ['Ersetzen Sie sie'] },
    says: { en: ['cybersecurity products or services'], de: ['Cybersicherheitsprodukte oder -dienste'] },
    never: { en: ['Not affected'], de: ['Nicht betroffen'] },
  },
  {
    who: 'a US household whose Kaspersky was replaced by UltraAV',
    answers: ['us', 'household', 'ultraav'],
    outcome: 'us-ultraav',
    parts: [],
    verdict: { en: ['UltraAV', 'decide whether to keep it'], de: ['UltraAV', 'ob Sie es behalten'] },
    says: {
      en: ['facilitated the move', '19 September 2024', 'Mac, Android and iOS'],
      de: ['19. September 2024', 'Mac, Android und iOS'],
    },
    never: { en: ['moved many US customers'], de: ['viele US-Kunden'] },
  },
  {
    who: 'a US household that does not know what it has installed',
    answers: ['us', 'household', 'dont-know'],
    outcome: 'us-unknown',
    parts: [],
    verdict: { en: ['Find out first'], de: ['Erst nachsehen'] },
    says: {
      en: ['Settings, then Apps', '“Kaspersky” and “UltraAV”', 'answer the checker again'],
      de: ['Einstellungen, dann Apps', '„Kaspersky“ und „UltraAV“'],
    },
  },
  {
    who: 'a US household without any Kaspersky software',
    answers: ['us', 'household', 'none'],
    outcome: 'us-use-none',
    parts: [],
    verdict: { en: ['Not affected, unless another product has Kaspersky inside'], de: ['Nicht betroffen'] },
    says: { en: ['only its vendor can say'], de: ['kann nur sein Hersteller sagen'] },
  },
  {
    who: 'a US business with Kaspersky endpoint protection, pointed to the federal-contractor result',
    answers: ['us', 'business', 'antivirus'],
    outcome: 'us-org-antivirus',
    parts: [],
    verdict: { en: ['Replace it'], de: ['Ersetzen Sie sie'] },
    says: {
      en: ['see the result for federal contractors', 'ask their vendors'],
      de: ['Ergebnis für Auftragnehmer des Bundes'],
    },
  },
  {
    who: 'a US business using a white-label product with a Kaspersky engine',
    answers: ['us', 'business', 'white-label'],
    outcome: 'us-use-white-label',
    parts: [],
    verdict: { en: ['Ask your vendor', 'covered too'], de: ['Fragen Sie den Hersteller', 'ebenfalls erfasst'] },
    says: {
      en: ['Since 29 September 2024', 'licensing it for resale or integration', 'Ask the product’s vendor'],
      de: ['Seit dem 29. September 2024', 'Fragen Sie den Hersteller', 'und seit wann'],
    },
  },
  {
    who: 'a US business using Kaspersky threat intelligence',
    answers: ['us', 'business', 'threat-intelligence'],
    outcome: 'us-use-exempt',
    parts: [],
    verdict: { en: ['Exempt', 'announced its US exit'], de: ['ausgenommen', 'Rückzug aus den USA'] },
    says: {
      en: ['Since 15 July 2024', 'what the law allowed', 'purely informational or educational'],
      de: ['Seit dem 15. Juli 2024', 'was das Recht erlaubte'],
    },
  },
  {
    who: 'a US federal agency',
    answers: ['us', 'federal', 'agency'],
    outcome: 'us-federal-agency',
    parts: [],
    verdict: { en: ['Remove it', 'since 1 October 2018'], de: ['Entfernen Sie es', 'seit 1. Oktober 2018'] },
    says: {
      en: ['Binding Operational Directive 17-01', 'signed on 12 December 2017', 'compliance finding'],
      de: ['Binding Operational Directive 17-01', 'unterzeichnet am 12. Dezember 2017', 'Compliance-Befund'],
    },
    never: { en: ['a year later', 'federal subsidies'], de: ['Ein Jahr später', 'Fördergelder des Bundes'] },
  },
  {
    who: 'a US federal contractor',
    answers: ['us', 'federal', 'contractor'],
    outcome: 'us-federal-contractor',
    parts: [],
    verdict: { en: ['Keep Kaspersky out of federal work', 'report'], de: ['aus Bundesaufträgen heraus', 'melden'] },
    says: {
      en: [
        'Since 1 October 2018',
        'that the Government will use',
        'FAR 52.204-23',
        'flows down to subcontractors',
        'not their contractors',
      ],
      de: [
        'Seit dem 1. Oktober 2018',
        'FAR 52.204-23',
        'an Unterauftragnehmer weitergegeben',
        'nicht ihre Auftragnehmer',
      ],
    },
    never: { en: ['Since 2018:', 'a year later'], de: ['Seit 2018:', 'Ein Jahr später'] },
  },
  {
    who: 'a US MSP reselling Kaspersky antivirus',
    answers: ['us', 'msp', 'antivirus'],
    outcome: 'us-msp-antivirus',
    parts: [],
    verdict: {
      en: ['Stop reselling and integrating Kaspersky', 'anywhere'],
      de: ['Beenden Sie Weiterverkauf und Integration', 'für alle Kunden'],
    },
    says: {
      en: [
        'whoever the customer is',
        'by U.S. persons',
        'if your company is a US person, outside the United States too',
        'hundreds of thousands of dollars in fines',
        'no legal penalty under the Final Determination',
        'counsel',
        'into other products and services',
      ],
      de: [
        'gleich für welchen Kunden',
        'durch US-Personen',
        'Hunderttausenden Dollar',
        'Rechtsbeistand',
        'in andere Produkte und Dienste',
      ],
    },
    never: {
      en: ['for US customers', 'follow the customer', 'whatever your company does'],
      de: ['für US-Kunden', 'folgen dem Kunden', 'alles, was Ihr Unternehmen in den USA tut'],
    },
  },
  {
    who: 'a US reseller whose customers are all outside the US',
    answers: ['us', 'msp', 'antivirus'],
    outcome: 'us-msp-antivirus',
    parts: [],
    verdict: { en: ['for customers anywhere'], de: ['für alle Kunden'] },
    says: {
      en: ['every customer you serve from the United States, wherever the customer is'],
      de: ['den Sie von den USA aus bedienen, gleich wo er sitzt'],
    },
    never: { en: ['in the US and abroad'], de: ['ob in den USA oder im Ausland'] },
  },
  {
    who: 'a US MSP that is not sure what it sells',
    answers: ['us', 'msp', 'not-sure'],
    outcome: 'us-msp-unsure',
    parts: [],
    verdict: { en: ['Check your price list'], de: ['Prüfen Sie Ihre Preisliste'] },
    says: {
      en: ['threat intelligence, security training and purely informational or educational consulting'],
      de: ['rein informierende oder schulende Beratung'],
    },
  },
  {
    who: 'a US software vendor that embeds a Kaspersky engine',
    answers: ['us', 'vendor'],
    outcome: 'us-vendor',
    parts: [],
    verdict: {
      en: ['Replace the Kaspersky component', '29 September 2024'],
      de: ['Ersetzen Sie die Kaspersky-Komponente', '29. September 2024'],
    },
    says: {
      en: ['whoever you sell to', 'in every product you offer from the United States', 'fines'],
      de: ['gleich an wen Sie verkaufen', 'das Sie von den USA aus anbieten'],
    },
    never: {
      en: ['offer to US customers', 'wherever you sell it', 'anything you do outside the US'],
      de: ['US-Kunden anbieten', 'gleich wo Sie es verkaufen'],
    },
  },
  {
    who: 'a US supplier to a Kaspersky company',
    answers: ['us', 'supplier'],
    outcome: 'supplier',
    parts: [],
    verdict: { en: ['Get advice first', 'export rules'], de: ['Erst Rat einholen', 'US-Exportregeln'] },
    says: {
      en: ['Since 24 June 2024', 'presumption of denial', 'twelve executives'],
      de: ['Seit dem 24. Juni 2024', 'Vermutung der Ablehnung', 'zwölf Führungskräfte'],
    },
  },
  // Outside the United States
  {
    who: 'a German admin whose company is not a US person, with Kaspersky antivirus',
    answers: ['germany', 'antivirus', 'no'],
    outcome: 'not-reached-user',
    parts: ['germany'],
    verdict: { en: ['does not reach your use of Kaspersky'], de: ['erfasst Ihre Nutzung von Kaspersky nicht'] },
    says: {
      en: [
        'The BSI recommended in 2022',
        'recommended replacing it with other products',
        'heise wrote in July 2024',
        'archive',
        'federal contract',
      ],
      de: [
        'Das BSI empfahl 2022',
        'durch andere Produkte zu ersetzen',
        'heise schrieb im Juli 2024',
        'Archiv',
        'Bundesregierung',
      ],
    },
    never: {
      en: ['own country’s cybersecurity authority', 'as it said'],
      de: ['Cybersicherheitsbehörde Ihres Landes', 'nach eigener Auskunft'],
    },
  },
  {
    who: 'a US citizen living in Germany who uses Kaspersky antivirus',
    answers: ['germany', 'antivirus', 'yes'],
    outcome: 'usp-use-antivirus',
    parts: ['germany'],
    verdict: { en: ['Replace it', 'US persons abroad'], de: ['Ersetzen Sie sie', 'US-Personen'] },
    says: {
      en: ['US citizens or residents located outside the United States', 'BSI warned'],
      de: ['Einwohner der USA', 'BSI warnte'],
    },
    never: { en: ['do not apply in Germany'], de: ['gelten in Deutschland nicht'] },
  },
  {
    who: 'someone in Germany, not sure whether they are a US person, with Kaspersky antivirus',
    answers: ['germany', 'antivirus', 'not-sure'],
    outcome: 'unsure-antivirus',
    parts: ['germany'],
    verdict: {
      en: ['It depends on whether you count as a US person'],
      de: ['Es hängt davon ab, ob Sie als US-Person zählen'],
    },
    says: {
      en: [
        'If you are a US person',
        'If you are not',
        'Kaspersky may not update it for US persons abroad either',
        'does not reach your use of Kaspersky',
        'US resident',
        'counsel',
      ],
      de: [
        'Wenn Sie eine US-Person sind',
        'Wenn nicht',
        'Auch im Ausland darf Kaspersky US-Personen keine Updates liefern',
        'Einwohner der USA',
        'Rechtsbeistand',
      ],
    },
  },
  {
    who: 'a German company with a US subsidiary, using Kaspersky antivirus',
    answers: ['germany', 'antivirus', 'us-subsidiary'],
    outcome: 'us-subsidiary',
    parts: ['germany'],
    verdict: { en: ['US subsidiary or branch', 'check what head office provides'], de: ['US-Tochter', 'Hauptsitz'] },
    says: {
      en: ['Whether your organisation outside the US counts as a US person', 'group-wide Kaspersky licences'],
      de: ['konzernweite Kaspersky-Lizenzen'],
    },
    never: {
      en: ['The ban reaches US persons abroad: you may keep'],
      de: ['Das Verbot erfasst US-Personen auch im Ausland: Sie dürfen'],
    },
  },
  {
    who: 'a German supplier to AO Kaspersky Lab',
    answers: ['germany', 'supplier'],
    outcome: 'supplier',
    parts: ['germany'],
    verdict: { en: ['Get advice first'], de: ['Erst Rat einholen'] },
    says: {
      en: ['re-exports', 'outside the US', 'AO Kaspersky Lab'],
      de: ['Wiederausfuhren', 'außerhalb der USA', 'AO Kaspersky Lab'],
    },
  },
  {
    who: 'a German subcontractor under a US federal contract',
    answers: ['germany', 'federal-contract'],
    outcome: 'federal-subcontractor-abroad',
    parts: ['germany'],
    verdict: { en: ['If your contract carries FAR 52.204-23'], de: ['Gilt FAR 52.204-23 in Ihrem Vertrag'] },
    says: {
      en: ['flows down to subcontractors', 'Check your contract', 'on or after 1 October 2018'],
      de: ['Prüfen Sie Ihren Vertrag', 'am oder nach dem 1. Oktober 2018'],
    },
    never: { en: ['does not reach your use'], de: ['erfasst Ihre Nutzung von Kaspersky nicht'] },
  },
  {
    who: 'a German MSP that is not a US person, with US customers',
    answers: ['germany', 'seller', 'not-us-person', 'yes'],
    outcome: 'abroad-seller',
    parts: ['germany'],
    verdict: {
      en: ['Treat Kaspersky sales to US persons as prohibited', 'take advice'],
      de: ['als verboten behandeln', 'Rat einholen'],
    },
    says: {
      en: [
        'do not settle how far this binds a seller outside the US',
        'US citizens living there',
        'BSI warned',
        'fines',
      ],
      de: ['dort lebende US-Staatsbürger', 'BSI warnte'],
    },
  },
  {
    who: 'a German reseller that is a US person',
    answers: ['germany', 'seller', 'is-us-person'],
    outcome: 'us-msp-antivirus',
    parts: ['germany'],
    verdict: { en: ['for customers anywhere'], de: ['für alle Kunden'] },
    says: {
      en: ['by U.S. persons', 'if your company is a US person, outside the United States too'],
      de: ['durch US-Personen', 'wenn Ihr Unternehmen eine US-Person ist, auch außerhalb der USA'],
    },
    never: { en: ['wherever they are', 'anything you do outside the US'], de: ['wo immer sie sind'] },
  },
  {
    who: 'a reseller elsewhere in the EU, not sure whether its customers are US persons',
    answers: ['eu', 'seller', 'not-us-person', 'not-sure'],
    outcome: 'unsure-seller',
    parts: ['eu'],
    verdict: {
      en: ['It depends on whether your customers are US persons'],
      de: ['Es hängt davon ab, ob Ihre Kunden US-Personen sind'],
    },
    says: {
      en: ['If some customers are US persons', 'If none are', 'own country’s cybersecurity authority'],
      de: ['Wenn manche Kunden US-Personen sind', 'Wenn keiner es ist', 'Cybersicherheitsbehörde Ihres Landes'],
    },
  },
  {
    who: 'a reseller in Germany, not sure whether it is itself a US person',
    answers: ['germany', 'seller', 'unsure-us-person'],
    outcome: 'unsure-seller-self',
    parts: ['germany'],
    verdict: { en: ['whether your organisation is a US person'], de: ['ob Ihre Organisation eine US-Person ist'] },
    says: {
      en: ['If it is a US person', 'If it is not, but serves US persons', 'If neither'],
      de: ['Wenn sie eine US-Person ist', 'Wenn weder noch'],
    },
  },
  {
    who: 'a reseller outside the EU with no US customers that is not a US person',
    answers: ['elsewhere', 'seller', 'not-us-person', 'no'],
    outcome: 'not-reached-seller',
    parts: [],
    verdict: { en: ['does not reach your business'], de: ['erfasst Ihr Geschäft'] },
    says: {
      en: ['ask counsel', 'three Kaspersky companies'],
      de: ['rechtlichen Rat', 'drei Kaspersky-Gesellschaften'],
    },
  },
  {
    who: 'a Swiss household that is not a US person',
    answers: ['elsewhere', 'antivirus', 'no'],
    outcome: 'not-reached-user',
    parts: [],
    verdict: { en: ['does not reach your use of Kaspersky'], de: ['erfasst Ihre Nutzung von Kaspersky nicht'] },
    says: { en: ['we could not read that definition'], de: ['deren Begriffsbestimmung wir nicht lesen konnten'] },
    never: { en: ['BSI'], de: ['BSI'] },
  },
  {
    who: 'a household in the EU that does not know what its devices run',
    answers: ['eu', 'dont-know'],
    outcome: 'us-unknown',
    parts: ['eu'],
    verdict: { en: ['Find out first'], de: ['Erst nachsehen'] },
    says: { en: ['Applications folder'], de: ['Ordner „Programme“'] },
  },
];

/**
 * Every page address of the checker as published up to 1 December 2026 (99 pages): each must still lead to a
 * page, either the same step or, where that answer no longer exists, a page that says where it lives now.
 */
const ABROAD_ACTIVITIES = ['seller', 'antivirus', 'white-label', 'threat-intelligence', 'training', 'none-or-not-sure'];
const PRODUCTS = ['antivirus', 'white-label', 'threat-intelligence', 'training', 'none-or-not-sure'];
export const PUBLISHED_ANSWERS: string[][] = [
  [],
  ...['us', 'germany', 'eu', 'elsewhere'].map((location) => [location]),
  ...['household', 'business', 'federal', 'msp', 'vendor'].map((role) => ['us', role]),
  ...['household', 'business'].flatMap((role) => PRODUCTS.map((product) => ['us', role, product])),
  ['us', 'federal', 'agency'],
  ['us', 'federal', 'contractor'],
  ...['antivirus', 'white-label', 'threat-intelligence', 'training', 'not-sure'].map((offering) => [
    'us',
    'msp',
    offering,
  ]),
  ...['germany', 'eu', 'elsewhere'].flatMap((location) =>
    ABROAD_ACTIVITIES.flatMap((activity) => [
      [location, activity],
      ...['yes', 'no', 'not-sure'].map((answer) => [location, activity, answer]),
    ]),
  ),
];
