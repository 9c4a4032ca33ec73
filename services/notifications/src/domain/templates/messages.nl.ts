import type { LanguageWording } from './template-wording';

const CASES = 'Betrokken dossiers:{{#each statements}}\n– {{caseId}} (uw referentie {{creditorReference}}), saldo {{money balance}}{{/each}}';
const FILES = '{{#each statements}}\n– dossier {{caseId}} (referentie schuldeiser {{creditorReference}}){{/each}}';

/** Nederlands (België en Nederland). SMS: no ë or ï outside values (they force UCS-2). */
export const MESSAGES_NL: LanguageWording = {
  frame: {
    debtorLetterSalutation: 'Geachte mevrouw, geachte heer,',
    debtorEmailSalutation: 'Beste {{debtor.name}},',
    creditorSalutation: 'Geachte mevrouw, geachte heer,',
    contact: 'Vragen? Bel ons op {{agency.phone}} of schrijf naar {{agency.email}} en vermeld referentie {{reference}}.',
    closing: ['Met vriendelijke groeten,', '{{agency.name}}'],
  },
  kinds: {
    FIRST_REMINDER: {
      subject: 'Betalingsherinnering: {{money totalDue}} – referentie {{reference}}',
      letter: [
        '{{creditor.name}} heeft ons gevraagd het onderstaande bedrag te innen. Volgens hun gegevens is het nog niet betaald.',
        'Wij vragen u {{money totalDue}} te betalen, uiterlijk op {{date respondBy}}.',
        'Hebt u al betaald, dan mag u deze brief negeren. Kunt u niet alles in één keer betalen? Neem dan contact met ons op: wij kunnen een betalingsregeling met u afspreken.',
      ],
      email: [
        '{{creditor.name}} heeft ons gevraagd een onbetaald bedrag van {{money totalDue}} te innen.',
        'Betaal uiterlijk op {{date respondBy}}.{{#if paymentUrl}} U kunt online betalen: {{paymentUrl}}{{/if}}',
        'Al betaald? Dan mag u dit bericht negeren. Kunt u niet alles betalen? Beantwoord deze e-mail en wij zoeken samen met u een oplossing.',
      ],
      sms: '{{agency.name}}: {{money totalDue}} aan {{creditor.name}} is onbetaald. Betaal uiterlijk op {{date respondBy}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    SECOND_REMINDER: {
      subject: 'Tweede herinnering: {{money totalDue}} nog niet betaald – referentie {{reference}}',
      letter: [
        'Wij schreven u onlangs over het onderstaande bedrag, verschuldigd aan {{creditor.name}}. Wij hebben uw betaling nog niet ontvangen.',
        'Wij vragen u {{money totalDue}} te betalen, uiterlijk op {{date respondBy}}.',
        'Hebt u moeite met betalen? Bel ons op {{agency.phone}}: wij bekijken samen met u een betalingsregeling.',
      ],
      email: [
        'Wij schreven u onlangs over een bedrag van {{money totalDue}}, verschuldigd aan {{creditor.name}}, en hebben uw betaling nog niet ontvangen.',
        'Betaal uiterlijk op {{date respondBy}}.{{#if paymentUrl}} Online betalen: {{paymentUrl}}{{/if}}',
        'Moeite met betalen? Beantwoord deze e-mail en wij bekijken samen met u een betalingsregeling.',
      ],
    },
    PAYMENT_REMINDER: {
      subject: 'Herinnering: {{money totalDue}} te betalen – referentie {{reference}}',
      letter: [
        'Wij herinneren u eraan dat {{money totalDue}} nog verschuldigd is aan {{creditor.name}}.',
        '{{#if respondBy}}Betaal uiterlijk op {{date respondBy}}.{{else}}Betaal zo snel mogelijk.{{/if}}{{#if paymentUrl}} U kunt ook online betalen: {{paymentUrl}}{{/if}}',
      ],
      email: [
        'Wij herinneren u eraan dat {{money totalDue}} nog verschuldigd is aan {{creditor.name}}.',
        '{{#if respondBy}}Betaal uiterlijk op {{date respondBy}}.{{else}}Betaal zo snel mogelijk.{{/if}}{{#if paymentUrl}} Online betalen: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: herinnering, {{money totalDue}} is verschuldigd aan {{creditor.name}}.{{#if paymentUrl}} Betaal hier: {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    FORMAL_NOTICE: {
      subject: 'Ingebrekestelling: betaling van {{money totalDue}} – referentie {{reference}}',
      letter: [
        'Onze eerdere herinneringen hebben niet tot betaling geleid. Namens {{creditor.name}} stellen wij u formeel in gebreke en vragen wij u {{money totalDue}} te betalen.',
        'Betaal dit bedrag uiterlijk op {{date respondBy}}.',
        'Betwist u de schuld of kunt u niet betalen, neem dan vóór die datum contact met ons op, zodat wij uw situatie kunnen bekijken.',
      ],
      email: [
        'Onze eerdere herinneringen hebben niet tot betaling geleid. Namens {{creditor.name}} stellen wij u formeel in gebreke en vragen wij u {{money totalDue}} te betalen, uiterlijk op {{date respondBy}}.',
        'Betwist u de schuld of kunt u niet betalen, beantwoord dan deze e-mail vóór die datum.',
      ],
    },
    PLAN_BREACH: {
      subject: 'Uw betalingsregeling is beëindigd – referentie {{reference}}',
      letter: [
        'Wij hebben een termijn van uw betalingsregeling niet ontvangen. Volgens de voorwaarden van de regeling is die daarom beëindigd en is het resterende saldo van {{money totalDue}} nu opeisbaar.',
        'Betaal dit bedrag uiterlijk op {{date respondBy}}, of bel ons op {{agency.phone}} als u een nieuwe afspraak wilt bespreken.',
      ],
      email: [
        'Wij hebben een termijn van uw betalingsregeling niet ontvangen. De regeling is daarom beëindigd en het resterende saldo van {{money totalDue}} is nu opeisbaar.',
        'Betaal uiterlijk op {{date respondBy}}, of beantwoord deze e-mail om een nieuwe afspraak te bespreken.{{#if paymentUrl}} Online betalen: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: een termijn van uw betalingsregeling is niet betaald, de regeling is gestopt. Saldo: {{money totalDue}}. Bel ons op {{agency.phone}}. Ref {{reference}}',
    },
    PAYMENT_PLAN_CONFIRMATION: {
      subject: 'Uw betalingsregeling is bevestigd – referentie {{reference}}',
      letter: [
        'Dank u: wij bevestigen de betalingsregeling die wij met u hebben afgesproken voor het bedrag van {{money totalDue}}, verschuldigd aan {{creditor.name}}.',
        'Betaal elke termijn op tijd, zoals afgesproken{{#if respondBy}}; de eerste termijn vervalt op {{date respondBy}}{{/if}}.',
        'Zolang de termijnen op tijd worden betaald, nemen wij geen andere stappen. Wordt een termijn niet betaald, dan kan de regeling eindigen en wordt het volledige saldo opeisbaar.',
      ],
      email: [
        'Dank u: wij bevestigen de betalingsregeling die wij met u hebben afgesproken voor het bedrag van {{money totalDue}}, verschuldigd aan {{creditor.name}}.',
        'Betaal elke termijn op tijd, zoals afgesproken{{#if respondBy}}; de eerste termijn vervalt op {{date respondBy}}{{/if}}. Wordt een termijn niet betaald, dan kan de regeling eindigen.',
      ],
    },
    INSTALMENT_REMINDER: {
      subject: 'Uw volgende termijn – referentie {{reference}}',
      letter: [
        'Wij herinneren u eraan dat de volgende termijn van uw betalingsregeling vervalt{{#if respondBy}} op {{date respondBy}}{{/if}}.',
        'Het resterende saldo van uw regeling is {{money totalDue}}.',
      ],
      email: [
        'Wij herinneren u eraan dat de volgende termijn van uw betalingsregeling vervalt{{#if respondBy}} op {{date respondBy}}{{/if}}.{{#if paymentUrl}} Online betalen: {{paymentUrl}}{{/if}}',
        'Het resterende saldo van uw regeling is {{money totalDue}}.',
      ],
      sms: '{{agency.name}}: uw volgende termijn vervalt{{#if respondBy}} op {{date respondBy}}{{/if}}. Saldo: {{money totalDue}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    PAYMENT_RECEIPT: {
      subject: 'Betaling ontvangen – referentie {{reference}}',
      letter: [
        'Dank u: wij hebben uw betaling ontvangen.',
        'Uw dossiers:{{#each statements}}\n– dossier {{caseId}}: tot nu toe betaald {{money paid}}, saldo {{money balance}}{{/each}}',
        'Resterend saldo: {{money totalDue}}.',
      ],
      email: ['Dank u: wij hebben uw betaling ontvangen.', 'Resterend saldo: {{money totalDue}}.'],
      sms: '{{agency.name}}: dank u, wij hebben uw betaling ontvangen. Resterend saldo: {{money totalDue}}. Ref {{reference}}',
    },
    SETTLEMENT_CONFIRMATION: {
      subject: 'Schikking bevestigd – referentie {{reference}}',
      letter: [
        'Wij bevestigen de schikking die wij namens {{creditor.name}} met u hebben getroffen.',
        'Zodra u {{money totalDue}} hebt betaald{{#if respondBy}}, uiterlijk op {{date respondBy}}{{/if}}, zijn de onderstaande dossiers volledig geregeld en afgesloten.' + FILES,
        'Wordt het afgesproken bedrag niet op tijd betaald, dan kan de schikking vervallen en blijft het volledige saldo verschuldigd.',
      ],
      email: [
        'Wij bevestigen de schikking die wij namens {{creditor.name}} met u hebben getroffen.',
        'Zodra u {{money totalDue}} hebt betaald{{#if respondBy}}, uiterlijk op {{date respondBy}}{{/if}}, zijn uw dossiers volledig geregeld en afgesloten.',
      ],
    },
    CLOSURE: {
      subject: 'Uw dossier is afgesloten – referentie {{reference}}',
      letter: [
        'Wij hebben de onderstaande incassodossiers afgesloten, die wij namens {{creditor.name}} behandelden.' + FILES,
        'Wij nemen hierover geen contact meer met u op. Bewaar deze brief voor uw administratie.',
      ],
      email: ['Wij hebben de onderstaande incassodossiers afgesloten, die wij namens {{creditor.name}} behandelden.' + FILES, 'Wij nemen hierover geen contact meer met u op.'],
    },
    CREDITOR_INFORMATION_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Informatie nodig voor uw dossiers – referentie {{reference}}{{/if}}',
      letter: [
        'Om de invordering van de onderstaande dossiers voort te zetten, hebben wij informatie van u nodig.',
        '{{body}}',
        CASES,
        'Antwoord{{#if respondBy}} uiterlijk op {{date respondBy}}{{/if}} aan {{agency.email}} en vermeld referentie {{reference}}.',
      ],
      email: ['Om de invordering van de onderstaande dossiers voort te zetten, hebben wij informatie van u nodig.', '{{body}}', CASES, 'Beantwoord deze e-mail{{#if respondBy}} uiterlijk op {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_RECOMMENDATION: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Ons advies over uw dossiers – referentie {{reference}}{{/if}}',
      letter: [
        'Wij hebben de onderstaande dossiers bekeken en adviseren het volgende.',
        '{{body}}',
        CASES,
        'Laat ons uw beslissing weten{{#if respondBy}} uiterlijk op {{date respondBy}}{{/if}} en vermeld referentie {{reference}}.',
      ],
      email: ['Wij hebben de onderstaande dossiers bekeken en adviseren het volgende.', '{{body}}', CASES, 'Beantwoord deze e-mail met uw beslissing{{#if respondBy}} uiterlijk op {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_APPROVAL_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Uw akkoord is nodig – referentie {{reference}}{{/if}}',
      letter: [
        'Wij hebben uw akkoord nodig voordat wij verdergaan met de onderstaande dossiers.',
        '{{body}}',
        CASES,
        'Geef of weiger uw akkoord{{#if respondBy}} uiterlijk op {{date respondBy}}{{/if}} door te schrijven naar {{agency.email}} met referentie {{reference}}. Tot dan nemen wij geen stap waarvoor uw akkoord nodig is.',
      ],
      email: [
        'Wij hebben uw akkoord nodig voordat wij verdergaan met de onderstaande dossiers.',
        '{{body}}',
        CASES,
        'Beantwoord deze e-mail met uw akkoord of weigering{{#if respondBy}} uiterlijk op {{date respondBy}}{{/if}}.',
      ],
    },
    CREDITOR_REMITTANCE: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Doorstorting van geïnde betalingen – referentie {{reference}}{{/if}}',
      letter: [
        'Hieronder vindt u de betalingen die wij voor u hebben geïnd.',
        '{{#if remittance}}Doorstorting {{remittance.remittanceId}}, betaald op {{date remittance.paidOn}}:{{#each remittance.lines}}\n– dossier {{caseId}} (uw referentie {{creditorReference}}): geïnd {{money collected}}, commissie {{money commission}}, kosten {{money costs}}, doorgestort {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Totaal: geïnd {{money remittance.collected}}, commissie {{money remittance.commission}}, kosten {{money remittance.costs}}, aan u doorgestort {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
        'De geïnde bedragen worden op uw rekening gestort volgens de voorwaarden van onze incasso-overeenkomst.',
      ],
      email: [
        'Hieronder vindt u de betalingen die wij voor u hebben geïnd.',
        '{{#if remittance}}Doorstorting {{remittance.remittanceId}}, betaald op {{date remittance.paidOn}}:{{#each remittance.lines}}\n– dossier {{caseId}} (uw referentie {{creditorReference}}): geïnd {{money collected}}, commissie {{money commission}}, kosten {{money costs}}, doorgestort {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Totaal: geïnd {{money remittance.collected}}, commissie {{money remittance.commission}}, kosten {{money remittance.costs}}, aan u doorgestort {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
      ],
    },
  },
  mentions: {
    'debt-collector-disclosure': {
      phrase: 'is een incassobureau',
      paragraph:
        '{{agency.name}} is een incassobureau (debt collector). Wij proberen een schuld te innen die u verschuldigd bent aan {{creditor.name}}. Alle informatie die u ons geeft, gebruiken wij om de schuld te innen.',
      sms: 'Afzender is een incassobureau.',
    },
    'letter-reference': { phrase: 'Onze referentie:', paragraph: 'Onze referentie: {{reference}}, brief van {{date today}}. Vermeld deze bij elk antwoord.' },
    'creditor-identity': {
      phrase: 'Schuldeiser:',
      paragraph: 'Schuldeiser: {{creditor.name}}{{#if creditor.enterpriseNumber}}, ondernemingsnummer {{creditor.enterpriseNumber}}{{/if}}, {{address creditor.address}}.',
    },
    'collector-identity': {
      phrase: 'Incassobureau:',
      paragraph:
        'Incassobureau: {{agency.name}}, ondernemingsnummer {{agency.enterpriseNumber}}, {{address agency.address}}, tel. {{agency.phone}}, e-mail {{agency.email}}, {{agency.website}}. Wij innen deze vordering namens de schuldeiser.',
    },
    'supervisory-authority': {
      phrase: 'Toezichthoudende overheid:',
      byCountry: {
        BE: 'Toezichthoudende overheid: FOD Economie, K.M.O., Middenstand en Energie, Economische Inspectie, North Gate, Koning Albert II-laan 16, 1000 Brussel, waar wij als incassobureau zijn ingeschreven.',
        DE: 'Toezichthoudende overheid: Bundesamt für Justiz (Duits federaal bureau voor justitie), 53094 Bonn, Duitsland, rdg@bfj.bund.de, www.bundesjustizamt.de.',
      },
    },
    'amicable-not-judicial': {
      phrase: 'minnelijke invordering',
      paragraph: 'Dit is een minnelijke invordering en geen gerechtelijke procedure: deze brief is geen rechterlijke beslissing.',
    },
    'claim-basis': {
      phrase: 'Oorsprong van de schuld:',
      paragraph: 'Oorsprong van de schuld:{{#each statements}}{{#each invoices}}\n– factuur {{this.number}} van {{date issueDate}}, vervallen op {{date dueDate}}: {{money amount}}{{/each}}{{/each}}',
    },
    'amount-breakdown': {
      phrase: 'Afrekening:',
      paragraph:
        'Afrekening:{{#each statements}}\nDossier {{caseId}} (referentie schuldeiser {{creditorReference}}): hoofdsom {{money principal}}, rente {{money interest}}, incassokosten {{money costs}}, andere kosten {{money charges}}, al betaald {{money paid}}, saldo {{money balance}}.{{/each}}\nTotaal verschuldigd: {{money totalDue}}.',
    },
    'interest-calculation': {
      phrase: 'Renteberekening:',
      paragraph:
        'Renteberekening: wettelijke vertragingsrente (artikel 288 van het Duitse Burgerlijk Wetboek) op de hoofdsom van elke factuur, vanaf de dag na de vervaldag tot {{date today}}. Er wordt geen hoger tarief gevraagd.{{#each statements}}\nDossier {{caseId}}: rente {{money interest}} op een hoofdsom van {{money principal}}.{{/each}}',
    },
    'costs-breakdown': {
      phrase: 'Kosten naar soort, bedrag en reden:',
      paragraph:
        'Kosten naar soort, bedrag en reden:{{#each statements}}\nDossier {{caseId}}: incassokosten {{money costs}} (onze vergoeding voor de invordering, verschuldigd wegens de late betaling); andere kosten {{money charges}} (gemaakte onkosten, zoals porto).{{/each}}',
    },
    'vat-statement': {
      phrase: 'Btw:',
      paragraph: 'Btw: wanneer btw op de incassokosten wordt gevraagd, kan de schuldeiser die niet als voorbelasting aftrekken.',
    },
    'interest-continuing': {
      phrase: 'Rente en kosten:',
      paragraph: 'Rente en kosten: de bedragen hierboven zijn berekend tot {{date today}}. Tot de betaling kan rente blijven oplopen; een bijkomend bedrag staat in ons volgende overzicht.',
    },
    'wait-14-days': {
      phrase: 'termijn van 14 dagen',
      byCountry: {
        BE: 'U hebt een termijn van 14 dagen om te betalen, te rekenen vanaf de derde werkdag na de verzending van deze brief (of vanaf de dag na de verzending per e-mail). Vóór het einde van die termijn wordt geen schadevergoeding of verwijlinterest voor laattijdige betaling gevraagd.',
        NL: 'U hebt een termijn van 14 dagen om te betalen, te rekenen vanaf de dag na ontvangst van deze brief. Betaalt u binnen die termijn, dan worden geen incassokosten in rekening gebracht.',
      },
    },
    'wait-15-days': {
      phrase: 'termijn van 15 dagen',
      paragraph: 'U hebt een termijn van 15 dagen vanaf deze ingebrekestelling om te betalen of contact met ons op te nemen. Vóór het einde van die termijn nemen wij geen verdere stappen.',
    },
    'respond-30-days': {
      phrase: 'binnen 30 dagen',
      paragraph:
        'Antwoord binnen 30 dagen na de datum van deze brief met het bijgevoegde antwoordformulier. Horen wij binnen die termijn niets van u, dan kan {{creditor.name}} een gerechtelijke procedure starten.',
    },
    'damages-warning': {
      phrase: 'schadevergoeding en verwijlinterest vragen',
      paragraph: 'Betaalt u niet binnen deze termijn, dan kan {{creditor.name}} schadevergoeding en verwijlinterest vragen, binnen de grenzen van boek XIX van het Wetboek van economisch recht.',
    },
    'collection-costs-warning': {
      phrase: 'buitengerechtelijke incassokosten',
      paragraph:
        'Betaalt u niet binnen deze termijn, dan brengt {{creditor.name}} buitengerechtelijke incassokosten in rekening, berekend volgens het Besluit vergoeding voor buitengerechtelijke incassokosten.',
    },
    'next-steps-warning': {
      phrase: 'Volgende stap:',
      byCountry: {
        SE: 'Volgende stap: betaalt of betwist u de vordering niet vóór {{date respondBy}}, dan kan {{creditor.name}} bij de Zweedse uitvoeringsdienst (Kronofogden) een betalingsbevel aanvragen.',
        ES: 'Volgende stap: komen wij niet tot betaling of een akkoord, dan kan {{creditor.name}} de vordering voor de rechter brengen. Wij bewaren een verslag van deze onderhandelingspoging, zoals de Spaanse wet (organieke wet 1/2025) vóór een rechtszaak vereist.',
      },
    },
    'payment-instructions': {
      phrase: 'Zo betaalt u:',
      paragraph:
        'Zo betaalt u: schrijf het bedrag over naar IBAN {{agency.iban}} (BIC {{agency.bic}}) op naam van {{agency.name}}, met de onderstaande mededeling.{{#each statements}}\nDossier {{caseId}}: {{paymentReference}}{{/each}}{{#if paymentUrl}}\nU kunt ook online betalen: {{paymentUrl}}{{/if}}',
    },
    'validation-notice': {
      phrase: 'moeten wij de invordering van elk betwist bedrag stopzetten',
      paragraph:
        'Hoe kunt u de schuld betwisten? Bel of schrijf ons uiterlijk op {{date respondBy}} om de schuld geheel of gedeeltelijk te betwisten. Doet u dat niet, dan gaan wij ervan uit dat onze gegevens juist zijn. Schrijft u ons uiterlijk op {{date respondBy}}, dan moeten wij de invordering van elk betwist bedrag stopzetten tot wij u informatie sturen waaruit blijkt dat u de schuld verschuldigd bent. U kunt ons binnen dezelfde termijn ook schriftelijk vragen naar de naam en het adres van de oorspronkelijke schuldeiser, als die verschilt van de huidige; wij zetten de invordering dan stop tot wij u die informatie hebben gestuurd. Meer over uw rechten volgens de Amerikaanse federale wet: www.cfpb.gov/debt-collection.',
    },
    'dispute-instructions': {
      phrase: 'Wij zetten de invordering van het betwiste bedrag stop',
      paragraph:
        'Betwist u deze schuld geheel of gedeeltelijk, laat ons dan zo snel mogelijk{{#if respondBy}} en vóór {{date respondBy}}{{/if}} schriftelijk of telefonisch weten waarom. Wij zetten de invordering van het betwiste bedrag stop zolang wij dit onderzoeken.',
    },
    'negotiation-invitation': {
      phrase: 'te onderhandelen over een minnelijke oplossing',
      paragraph:
        'Wij nodigen u uit om met ons te onderhandelen over een minnelijke oplossing, bijvoorbeeld een betalingsregeling. Neem contact met ons op{{#if respondBy}} vóór {{date respondBy}}{{/if}} om een voorstel te doen: wij houden elk voorstel bij.',
    },
    'reply-form-enclosures': {
      phrase: 'Pre-Action Protocol for Debt Claims',
      paragraph:
        'Bij deze brief gevoegd, zoals het Engelse protocol voor schuldvorderingen vereist (Pre-Action Protocol for Debt Claims): een informatieblad (Information Sheet), een antwoordformulier (Reply Form) en een formulier over uw financiële situatie (Financial Statement). Vul het antwoordformulier in en stuur het terug naar {{agency.name}}, {{address agency.address}}.',
    },
    'debt-advice': {
      phrase: 'gratis en onafhankelijk advies',
      paragraph: 'U kunt gratis en onafhankelijk advies over uw schulden krijgen, bijvoorbeeld bij MoneyHelper (www.moneyhelper.org.uk) of Citizens Advice (www.citizensadvice.org.uk).',
    },
    'l111-8-text': {
      phrase: 'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier',
      paragraph:
        "Artikel L111-8 van het Franse Wetboek van gerechtelijke uitvoeringsprocedures (code des procédures civiles d'exécution), lid 2 en 3: « Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s'ils concernent un acte dont l'accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire. Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi. »\nKort gezegd: de kosten van deze invordering zonder uitvoerbare titel zijn voor rekening van de schuldeiser, tenzij een rechter beslist dat een schuldenaar te kwader trouw ze moet dragen.",
    },
    'privacy-notice': {
      phrase: 'Uw persoonsgegevens:',
      paragraph:
        'Uw persoonsgegevens: {{agency.name}} verwerkt uw identiteits-, contact- en schuldgegevens om deze schuld te innen namens {{creditor.name}}, van wie wij ze hebben ontvangen. De rechtsgrond is het gerechtvaardigd belang bij de invordering van de schuld (artikel 6, lid 1, f AVG). Wij bewaren de gegevens zolang de invordering loopt en daarna zolang de wet dat vereist. U kunt inzage, verbetering of wissing vragen en een klacht indienen bij de gegevensbeschermingsautoriteit. Contact: {{agency.email}}. Meer informatie: {{agency.website}}.',
    },
    'right-to-object': {
      phrase: 'recht om bezwaar te maken',
      paragraph:
        'U hebt het recht om bezwaar te maken tegen deze verwerking van uw persoonsgegevens, om redenen die verband houden met uw specifieke situatie (artikel 21 AVG). Schrijf daarvoor naar {{agency.email}}.',
    },
    'opt-out': {
      phrase: 'antwoord STOP',
      paragraph: 'Afmelden voor e-mails over deze schuld: antwoord STOP op deze e-mail of schrijf naar {{agency.email}}.',
      sms: 'Afmelden: antwoord STOP.',
    },
  },
  envelope: { collectionAgency: 'Incassobureau', neutralSender: 'Klantendienst' },
};
