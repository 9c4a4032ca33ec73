import type { LanguageWording } from './template-wording';

const CASES = 'Berörda ärenden:{{#each statements}}\n– {{caseId}} (er referens {{creditorReference}}), återstår {{money balance}}{{/each}}';
const FILES = '{{#each statements}}\n– ärende {{caseId}} (borgenärens referens {{creditorReference}}){{/each}}';

/** Svenska. */
export const MESSAGES_SV: LanguageWording = {
  frame: {
    debtorLetterSalutation: 'Hej {{debtor.name}},',
    debtorEmailSalutation: 'Hej {{debtor.name}},',
    creditorSalutation: 'Hej,',
    contact: 'Har du frågor? Ring oss på {{agency.phone}} eller skriv till {{agency.email}} och ange referens {{reference}}.',
    closing: ['Med vänliga hälsningar', '{{agency.name}}'],
  },
  kinds: {
    FIRST_REMINDER: {
      subject: 'Betalningspåminnelse: {{money totalDue}} – referens {{reference}}',
      letter: [
        '{{creditor.name}} har gett oss i uppdrag att driva in beloppet nedan, som enligt deras uppgifter ännu inte är betalt.',
        'Betala {{money totalDue}} senast den {{date respondBy}}.',
        'Om du redan har betalat kan du bortse från detta brev. Om du inte kan betala hela beloppet på en gång, kontakta oss: vi kan komma överens om en avbetalningsplan.',
      ],
      email: [
        '{{creditor.name}} har gett oss i uppdrag att driva in ett obetalt belopp på {{money totalDue}}.',
        'Betala senast den {{date respondBy}}.{{#if paymentUrl}} Du kan betala online: {{paymentUrl}}{{/if}}',
        'Redan betalat? Då kan du bortse från detta meddelande. Kan du inte betala allt? Svara på detta e-postmeddelande så hittar vi en lösning tillsammans med dig.',
      ],
      sms: '{{agency.name}}: {{money totalDue}} till {{creditor.name}} är obetalt. Betala senast den {{date respondBy}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    SECOND_REMINDER: {
      subject: 'Andra påminnelsen: {{money totalDue}} är fortfarande obetalt – referens {{reference}}',
      letter: [
        'Vi skrev nyligen till dig om beloppet nedan, som du är skyldig {{creditor.name}}. Vi har ännu inte fått din betalning.',
        'Betala {{money totalDue}} senast den {{date respondBy}}.',
        'Om du har svårt att betala, ring oss på {{agency.phone}}: vi tittar på en avbetalningsplan tillsammans med dig.',
      ],
      email: [
        'Vi skrev nyligen till dig om ett belopp på {{money totalDue}} som du är skyldig {{creditor.name}}, och vi har ännu inte fått din betalning.',
        'Betala senast den {{date respondBy}}.{{#if paymentUrl}} Betala online: {{paymentUrl}}{{/if}}',
        'Har du svårt att betala? Svara på detta e-postmeddelande så tittar vi på en avbetalningsplan tillsammans med dig.',
      ],
    },
    PAYMENT_REMINDER: {
      subject: 'Påminnelse: {{money totalDue}} att betala – referens {{reference}}',
      letter: [
        'Vi påminner om att {{money totalDue}} fortfarande ska betalas till {{creditor.name}}.',
        '{{#if respondBy}}Betala senast den {{date respondBy}}.{{else}}Betala så snart som möjligt.{{/if}}{{#if paymentUrl}} Du kan också betala online: {{paymentUrl}}{{/if}}',
      ],
      email: [
        'Vi påminner om att {{money totalDue}} fortfarande ska betalas till {{creditor.name}}.',
        '{{#if respondBy}}Betala senast den {{date respondBy}}.{{else}}Betala så snart som möjligt.{{/if}}{{#if paymentUrl}} Betala online: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: påminnelse, {{money totalDue}} ska betalas till {{creditor.name}}.{{#if paymentUrl}} Betala här: {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    FORMAL_NOTICE: {
      subject: 'Inkassokrav: {{money totalDue}} – referens {{reference}}',
      letter: [
        'Våra tidigare påminnelser har inte lett till betalning. På uppdrag av {{creditor.name}} kräver vi härmed att du betalar {{money totalDue}}.',
        'Betala beloppet senast den {{date respondBy}}.',
        'Om du anser att kravet är felaktigt eller inte kan betala, kontakta oss före det datumet så att vi kan gå igenom din situation.',
      ],
      email: [
        'Våra tidigare påminnelser har inte lett till betalning. På uppdrag av {{creditor.name}} kräver vi härmed att du betalar {{money totalDue}} senast den {{date respondBy}}.',
        'Om du anser att kravet är felaktigt eller inte kan betala, svara på detta e-postmeddelande före det datumet.',
      ],
    },
    PLAN_BREACH: {
      subject: 'Din avbetalningsplan har upphört – referens {{reference}}',
      letter: [
        'Vi har inte fått en delbetalning som skulle betalas enligt din avbetalningsplan. Enligt villkoren för planen har den därför upphört, och det återstående beloppet på {{money totalDue}} ska nu betalas.',
        'Betala beloppet senast den {{date respondBy}}, eller ring oss på {{agency.phone}} om du vill diskutera en ny överenskommelse.',
      ],
      email: [
        'Vi har inte fått en delbetalning enligt din avbetalningsplan. Planen har därför upphört, och det återstående beloppet på {{money totalDue}} ska nu betalas.',
        'Betala senast den {{date respondBy}}, eller svara på detta e-postmeddelande för att diskutera en ny överenskommelse.{{#if paymentUrl}} Betala online: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: en delbetalning i din avbetalningsplan är obetald, planen har upphört. Att betala: {{money totalDue}}. Ring oss på {{agency.phone}}. Ref {{reference}}',
    },
    PAYMENT_PLAN_CONFIRMATION: {
      subject: 'Din avbetalningsplan är bekräftad – referens {{reference}}',
      letter: [
        'Tack: vi bekräftar den avbetalningsplan vi har kommit överens om med dig för beloppet {{money totalDue}} som du är skyldig {{creditor.name}}.',
        'Betala varje delbetalning i tid enligt överenskommelsen{{#if respondBy}}; den första ska betalas senast den {{date respondBy}}{{/if}}.',
        'Så länge delbetalningarna betalas i tid vidtar vi inga andra åtgärder. Om en delbetalning uteblir kan planen upphöra och hela det återstående beloppet förfalla till betalning.',
      ],
      email: [
        'Tack: vi bekräftar den avbetalningsplan vi har kommit överens om med dig för beloppet {{money totalDue}} som du är skyldig {{creditor.name}}.',
        'Betala varje delbetalning i tid enligt överenskommelsen{{#if respondBy}}; den första ska betalas senast den {{date respondBy}}{{/if}}. Om en delbetalning uteblir kan planen upphöra.',
      ],
    },
    INSTALMENT_REMINDER: {
      subject: 'Din nästa delbetalning – referens {{reference}}',
      letter: ['Vi påminner om att nästa delbetalning i din avbetalningsplan ska betalas{{#if respondBy}} senast den {{date respondBy}}{{/if}}.', 'Återstående belopp i din plan: {{money totalDue}}.'],
      email: [
        'Vi påminner om att nästa delbetalning i din avbetalningsplan ska betalas{{#if respondBy}} senast den {{date respondBy}}{{/if}}.{{#if paymentUrl}} Betala online: {{paymentUrl}}{{/if}}',
        'Återstående belopp i din plan: {{money totalDue}}.',
      ],
      sms: '{{agency.name}}: din nästa delbetalning ska betalas{{#if respondBy}} senast den {{date respondBy}}{{/if}}. Återstår: {{money totalDue}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Ref {{reference}}',
    },
    PAYMENT_RECEIPT: {
      subject: 'Betalning mottagen – referens {{reference}}',
      letter: [
        'Tack: vi har tagit emot din betalning.',
        'Dina ärenden:{{#each statements}}\n– ärende {{caseId}}: hittills betalt {{money paid}}, återstår {{money balance}}{{/each}}',
        'Återstående belopp: {{money totalDue}}.',
      ],
      email: ['Tack: vi har tagit emot din betalning.', 'Återstående belopp: {{money totalDue}}.'],
      sms: '{{agency.name}}: tack, vi har tagit emot din betalning. Återstående belopp: {{money totalDue}}. Ref {{reference}}',
    },
    SETTLEMENT_CONFIRMATION: {
      subject: 'Uppgörelse bekräftad – referens {{reference}}',
      letter: [
        'Vi bekräftar den uppgörelse vi har träffat med dig på uppdrag av {{creditor.name}}.',
        'När du har betalat {{money totalDue}}{{#if respondBy}} senast den {{date respondBy}}{{/if}} är ärendena nedan helt reglerade och avslutade.' + FILES,
        'Om det överenskomna beloppet inte betalas i tid kan uppgörelsen förfalla, och hela det återstående beloppet ska då fortfarande betalas.',
      ],
      email: [
        'Vi bekräftar den uppgörelse vi har träffat med dig på uppdrag av {{creditor.name}}.',
        'När du har betalat {{money totalDue}}{{#if respondBy}} senast den {{date respondBy}}{{/if}} är dina ärenden helt reglerade och avslutade.',
      ],
    },
    CLOSURE: {
      subject: 'Ditt ärende är avslutat – referens {{reference}}',
      letter: ['Vi har avslutat inkassoärendena nedan, som vi handlade på uppdrag av {{creditor.name}}.' + FILES, 'Vi kommer inte att kontakta dig om dem igen. Spara gärna detta brev.'],
      email: ['Vi har avslutat inkassoärendena nedan, som vi handlade på uppdrag av {{creditor.name}}.' + FILES, 'Vi kommer inte att kontakta dig om dem igen.'],
    },
    CREDITOR_INFORMATION_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Uppgifter behövs för era ärenden – referens {{reference}}{{/if}}',
      letter: [
        'För att fortsätta indrivningen av ärendena nedan behöver vi några uppgifter från er.',
        '{{body}}',
        CASES,
        'Svara{{#if respondBy}} senast den {{date respondBy}}{{/if}} till {{agency.email}} och ange referens {{reference}}.',
      ],
      email: ['För att fortsätta indrivningen av ärendena nedan behöver vi några uppgifter från er.', '{{body}}', CASES, 'Svara på detta e-postmeddelande{{#if respondBy}} senast den {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_RECOMMENDATION: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Vår rekommendation för era ärenden – referens {{reference}}{{/if}}',
      letter: [
        'Vi har gått igenom ärendena nedan och rekommenderar följande.',
        '{{body}}',
        CASES,
        'Meddela oss ert beslut{{#if respondBy}} senast den {{date respondBy}}{{/if}} och ange referens {{reference}}.',
      ],
      email: ['Vi har gått igenom ärendena nedan och rekommenderar följande.', '{{body}}', CASES, 'Svara med ert beslut{{#if respondBy}} senast den {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_APPROVAL_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Ert godkännande behövs – referens {{reference}}{{/if}}',
      letter: [
        'Vi behöver ert godkännande innan vi går vidare med ärendena nedan.',
        '{{body}}',
        CASES,
        'Godkänn eller avböj{{#if respondBy}} senast den {{date respondBy}}{{/if}} genom att skriva till {{agency.email}} och ange referens {{reference}}. Till dess vidtar vi inga åtgärder som kräver ert godkännande.',
      ],
      email: ['Vi behöver ert godkännande innan vi går vidare med ärendena nedan.', '{{body}}', CASES, 'Svara med ert godkännande eller avböjande{{#if respondBy}} senast den {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_REMITTANCE: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Redovisning av inkasserade betalningar – referens {{reference}}{{/if}}',
      letter: [
        'Här nedan finns de betalningar vi har tagit emot för er räkning.',
        '{{#if remittance}}Utbetalning {{remittance.remittanceId}}, betald den {{date remittance.paidOn}}:{{#each remittance.lines}}\n– ärende {{caseId}} (er referens {{creditorReference}}): inkasserat {{money collected}}, provision {{money commission}}, kostnader {{money costs}}, utbetalt {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Totalt: inkasserat {{money remittance.collected}}, provision {{money remittance.commission}}, kostnader {{money remittance.costs}}, utbetalt till er {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
        'De inkasserade beloppen betalas ut till ert konto enligt villkoren i vårt inkassoavtal.',
      ],
      email: [
        'Här nedan finns de betalningar vi har tagit emot för er räkning.',
        '{{#if remittance}}Utbetalning {{remittance.remittanceId}}, betald den {{date remittance.paidOn}}:{{#each remittance.lines}}\n– ärende {{caseId}} (er referens {{creditorReference}}): inkasserat {{money collected}}, provision {{money commission}}, kostnader {{money costs}}, utbetalt {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Totalt: inkasserat {{money remittance.collected}}, provision {{money remittance.commission}}, kostnader {{money remittance.costs}}, utbetalt till er {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
      ],
    },
  },
  mentions: {
    'debt-collector-disclosure': {
      phrase: 'är ett inkassoföretag',
      paragraph:
        '{{agency.name}} är ett inkassoföretag (debt collector). Vi försöker driva in en skuld som du har till {{creditor.name}}. All information du ger oss används för att driva in skulden.',
      sms: 'Avsändaren är ett inkassoföretag.',
    },
    'letter-reference': { phrase: 'Vår referens:', paragraph: 'Vår referens: {{reference}}, brev daterat {{date today}}. Ange den när du svarar.' },
    'creditor-identity': {
      phrase: 'Borgenär:',
      paragraph: 'Borgenär: {{creditor.name}}{{#if creditor.enterpriseNumber}}, organisationsnummer {{creditor.enterpriseNumber}}{{/if}}, {{address creditor.address}}.',
    },
    'collector-identity': {
      phrase: 'Inkassoföretag:',
      paragraph:
        'Inkassoföretag: {{agency.name}}, organisationsnummer {{agency.enterpriseNumber}}, {{address agency.address}}, telefon {{agency.phone}}, e-post {{agency.email}}, {{agency.website}}. Vi driver in denna fordran på uppdrag av borgenären.',
    },
    'supervisory-authority': {
      phrase: 'Tillsynsmyndighet:',
      byCountry: {
        BE: 'Tillsynsmyndighet: FOD Ekonomi (SPF Économie / FOD Economie), Ekonomiska inspektionen, North Gate, Boulevard du Roi Albert II 16, 1000 Bryssel, där vi är registrerade som inkassobyrå.',
        DE: 'Tillsynsmyndighet: Bundesamt für Justiz (Tysklands federala justitiemyndighet), 53094 Bonn, Tyskland, rdg@bfj.bund.de, www.bundesjustizamt.de.',
      },
    },
    'amicable-not-judicial': {
      phrase: 'inte ett rättsligt förfarande',
      paragraph: 'Detta är en frivillig indrivning och inte ett rättsligt förfarande: brevet är inte ett domstolsbeslut.',
    },
    'claim-basis': {
      phrase: 'Fordringens grund:',
      paragraph: 'Fordringens grund:{{#each statements}}{{#each invoices}}\n– faktura {{this.number}} daterad {{date issueDate}}, förfallen {{date dueDate}}: {{money amount}}{{/each}}{{/each}}',
    },
    'amount-breakdown': {
      phrase: 'Specifikation:',
      paragraph:
        'Specifikation:{{#each statements}}\nÄrende {{caseId}} (borgenärens referens {{creditorReference}}): kapitalbelopp {{money principal}}, ränta {{money interest}}, inkassokostnader {{money costs}}, övriga avgifter {{money charges}}, redan betalt {{money paid}}, att betala {{money balance}}.{{/each}}\nTotalt att betala: {{money totalDue}}.',
    },
    'interest-calculation': {
      phrase: 'Ränteberäkning:',
      paragraph:
        'Ränteberäkning: dröjsmålsränta enligt den lagstadgade räntesatsen (§ 288 i den tyska civillagen, BGB) på kapitalbeloppet för varje faktura, från dagen efter förfallodagen till och med {{date today}}. Ingen högre räntesats begärs.{{#each statements}}\nÄrende {{caseId}}: ränta {{money interest}} på ett kapitalbelopp på {{money principal}}.{{/each}}',
    },
    'costs-breakdown': {
      phrase: 'Kostnader efter slag, belopp och grund:',
      paragraph:
        'Kostnader efter slag, belopp och grund:{{#each statements}}\nÄrende {{caseId}}: inkassokostnader {{money costs}} (vår ersättning för indrivningen, som ska betalas på grund av den sena betalningen); övriga avgifter {{money charges}} (utlägg, till exempel porto).{{/each}}',
    },
    'vat-statement': {
      phrase: 'Moms:',
      paragraph: 'Moms: när moms begärs på inkassokostnaderna kan borgenären inte dra av den som ingående moms.',
    },
    'interest-continuing': {
      phrase: 'Ränta och avgifter:',
      paragraph: 'Ränta och avgifter: beloppen ovan är beräknade till och med {{date today}}. Ränta kan fortsätta att löpa tills skulden är betald; ett tillkommande belopp visas i vår nästa specifikation.',
    },
    'wait-14-days': {
      phrase: 'tidsfrist på 14 dagar',
      byCountry: {
        BE: 'Du har en tidsfrist på 14 dagar att betala, räknat från den tredje arbetsdagen efter att detta brev skickades (eller från dagen efter att det skickades med e-post). Före fristens slut begärs varken skadestånd eller dröjsmålsränta.',
        NL: 'Du har en tidsfrist på 14 dagar att betala, räknat från dagen efter att du har tagit emot detta brev. Om du betalar inom den tiden tas inga inkassokostnader ut.',
      },
    },
    'wait-15-days': {
      phrase: 'tidsfrist på 15 dagar',
      paragraph: 'Du har en tidsfrist på 15 dagar från detta krav att betala eller kontakta oss. Före fristens slut vidtar vi inga ytterligare åtgärder.',
    },
    'respond-30-days': {
      phrase: 'inom 30 dagar',
      paragraph: 'Svara inom 30 dagar från dagen för detta brev med det bifogade svarsformuläret. Om vi inte hör av dig inom den tiden kan {{creditor.name}} inleda ett domstolsförfarande.',
    },
    'damages-warning': {
      phrase: 'begära skadestånd och dröjsmålsränta',
      paragraph: 'Om du inte betalar inom fristen kan {{creditor.name}} begära skadestånd och dröjsmålsränta, inom de gränser som anges i bok XIX i den belgiska lagen om ekonomisk rätt.',
    },
    'collection-costs-warning': {
      phrase: 'utomrättsliga inkassokostnader',
      paragraph:
        'Om du inte betalar inom fristen tar {{creditor.name}} ut utomrättsliga inkassokostnader, beräknade enligt den nederländska förordningen om ersättning för sådana kostnader (Besluit vergoeding voor buitengerechtelijke incassokosten).',
    },
    'next-steps-warning': {
      phrase: 'Nästa steg:',
      byCountry: {
        SE: 'Nästa steg: om du varken betalar eller bestrider kravet senast den {{date respondBy}} kan {{creditor.name}} ansöka om betalningsföreläggande hos Kronofogden.',
        ES: 'Nästa steg: om vi inte når betalning eller en överenskommelse kan {{creditor.name}} driva fordran vid domstol. Vi dokumenterar detta förhandlingsförsök, som spansk lag (organisk lag 1/2025) kräver innan en talan väcks.',
      },
    },
    'payment-instructions': {
      phrase: 'Så betalar du:',
      paragraph:
        'Så betalar du: sätt in beloppet på IBAN {{agency.iban}} (BIC {{agency.bic}}), kontohavare {{agency.name}}, och ange betalningsreferensen nedan.{{#each statements}}\nÄrende {{caseId}}: {{paymentReference}}{{/each}}{{#if paymentUrl}}\nDu kan också betala online: {{paymentUrl}}{{/if}}',
    },
    'validation-notice': {
      phrase: 'måste vi avbryta indrivningen av varje belopp som du bestrider',
      paragraph:
        'Hur kan du bestrida skulden? Ring eller skriv till oss senast den {{date respondBy}} för att bestrida hela eller delar av skulden. Om du inte gör det utgår vi från att våra uppgifter är riktiga. Om du skriver till oss senast den {{date respondBy}} måste vi avbryta indrivningen av varje belopp som du bestrider tills vi har skickat uppgifter som visar att du är skyldig beloppet. Inom samma tid kan du också skriftligen begära namn och adress på den ursprungliga borgenären, om den skiljer sig från den nuvarande; vi avbryter då indrivningen tills vi har skickat de uppgifterna. Läs mer om dina rättigheter enligt amerikansk federal lag: www.cfpb.gov/debt-collection.',
    },
    'dispute-instructions': {
      phrase: 'Vi avbryter indrivningen av det bestridda beloppet',
      paragraph:
        'Om du bestrider hela eller delar av skulden, berätta varför, skriftligen eller per telefon, så snart som möjligt{{#if respondBy}} och före den {{date respondBy}}{{/if}}. Vi avbryter indrivningen av det bestridda beloppet medan vi utreder saken.',
    },
    'negotiation-invitation': {
      phrase: 'förhandla om en frivillig lösning',
      paragraph:
        'Vi bjuder in dig att förhandla om en frivillig lösning med oss, till exempel en avbetalningsplan. Kontakta oss{{#if respondBy}} före den {{date respondBy}}{{/if}} med ett förslag: vi dokumenterar varje förslag.',
    },
    'reply-form-enclosures': {
      phrase: 'Pre-Action Protocol for Debt Claims',
      paragraph:
        'Till detta brev bifogas, enligt det engelska protokollet före talan om skuldfordringar (Pre-Action Protocol for Debt Claims): ett informationsblad (Information Sheet), ett svarsformulär (Reply Form) och ett formulär om din ekonomiska situation (Financial Statement). Fyll i svarsformuläret och skicka det till {{agency.name}}, {{address agency.address}}.',
    },
    'debt-advice': {
      phrase: 'kostnadsfri och oberoende skuldrådgivning',
      paragraph: 'Du kan få kostnadsfri och oberoende skuldrådgivning, till exempel hos MoneyHelper (www.moneyhelper.org.uk) eller Citizens Advice (www.citizensadvice.org.uk).',
    },
    'l111-8-text': {
      phrase: 'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier',
      paragraph:
        "Artikel L111-8 i den franska lagen om civilrättsliga verkställighetsförfaranden (code des procédures civiles d'exécution), andra och tredje stycket: « Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s'ils concernent un acte dont l'accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire. Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi. »\nKort sagt: kostnaderna för denna indrivning utan exekutionstitel bärs av borgenären, om inte en domstol beslutar att en gäldenär i ond tro ska bära dem.",
    },
    'privacy-notice': {
      phrase: 'Dina personuppgifter:',
      paragraph:
        'Dina personuppgifter: {{agency.name}} behandlar dina identitets-, kontakt- och skulduppgifter för att driva in denna skuld på uppdrag av {{creditor.name}}, som har lämnat uppgifterna till oss. Den rättsliga grunden är det berättigade intresset av att driva in skulden (artikel 6.1 f i GDPR). Vi sparar uppgifterna så länge indrivningen pågår och därefter så länge lagen kräver. Du kan begära tillgång, rättelse eller radering och lämna klagomål till dataskyddsmyndigheten. Kontakt: {{agency.email}}. Mer information: {{agency.website}}.',
    },
    'right-to-object': {
      phrase: 'rätt att invända',
      paragraph: 'Du har rätt att invända mot denna behandling av dina personuppgifter av skäl som rör din särskilda situation (artikel 21 i GDPR). Skriv i så fall till {{agency.email}}.',
    },
    'opt-out': {
      phrase: 'svara STOP',
      paragraph: 'Vill du inte få fler e-postmeddelanden om denna skuld, svara STOP eller skriv till {{agency.email}}.',
      sms: 'Avregistrering: svara STOP.',
    },
  },
  envelope: { collectionAgency: 'Inkassoföretag', neutralSender: 'Kundtjänst' },
};
