import type { LanguageWording } from './template-wording';

const CASES = 'Betroffene Akten:{{#each statements}}\n– {{caseId}} (Ihr Zeichen {{creditorReference}}), offen {{money balance}}{{/each}}';
const FILES = '{{#each statements}}\n– Akte {{caseId}} (Zeichen des Gläubigers {{creditorReference}}){{/each}}';

/** Deutsch (Deutschland und Ostbelgien). */
export const MESSAGES_DE: LanguageWording = {
  frame: {
    debtorLetterSalutation: 'Guten Tag {{debtor.name}},',
    debtorEmailSalutation: 'Guten Tag {{debtor.name}},',
    creditorSalutation: 'Sehr geehrte Damen und Herren,',
    contact: 'Fragen? Rufen Sie uns unter {{agency.phone}} an oder schreiben Sie an {{agency.email}} unter Angabe des Aktenzeichens {{reference}}.',
    closing: ['Mit freundlichen Grüßen', '{{agency.name}}'],
  },
  kinds: {
    FIRST_REMINDER: {
      subject: 'Zahlungserinnerung: {{money totalDue}} – Aktenzeichen {{reference}}',
      letter: [
        '{{creditor.name}} hat uns beauftragt, den unten aufgeführten Betrag einzuziehen, der nach dessen Unterlagen noch nicht bezahlt ist.',
        'Bitte zahlen Sie {{money totalDue}} bis spätestens {{date respondBy}}.',
        'Falls Sie bereits gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos. Wenn Sie den Betrag nicht auf einmal zahlen können, melden Sie sich bei uns: Wir können eine Ratenzahlung vereinbaren.',
      ],
      email: [
        '{{creditor.name}} hat uns beauftragt, einen offenen Betrag von {{money totalDue}} einzuziehen.',
        'Bitte zahlen Sie bis spätestens {{date respondBy}}.{{#if paymentUrl}} Sie können online bezahlen: {{paymentUrl}}{{/if}}',
        'Schon bezahlt? Dann betrachten Sie diese E-Mail bitte als gegenstandslos. Sie können nicht alles zahlen? Antworten Sie auf diese E-Mail, und wir suchen mit Ihnen eine Lösung.',
      ],
      sms: '{{agency.name}}: {{money totalDue}} für {{creditor.name}} sind offen. Bitte zahlen Sie bis {{date respondBy}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Az. {{reference}}',
    },
    SECOND_REMINDER: {
      subject: 'Zweite Erinnerung: {{money totalDue}} weiterhin offen – Aktenzeichen {{reference}}',
      letter: [
        'Wir haben Ihnen kürzlich wegen des unten aufgeführten Betrags geschrieben, den Sie {{creditor.name}} schulden. Ihre Zahlung ist bei uns noch nicht eingegangen.',
        'Bitte zahlen Sie {{money totalDue}} bis spätestens {{date respondBy}}.',
        'Wenn Sie Schwierigkeiten mit der Zahlung haben, rufen Sie uns unter {{agency.phone}} an: Wir prüfen mit Ihnen eine Ratenzahlung.',
      ],
      email: [
        'Wir haben Ihnen kürzlich wegen eines Betrags von {{money totalDue}} geschrieben, den Sie {{creditor.name}} schulden. Ihre Zahlung ist noch nicht eingegangen.',
        'Bitte zahlen Sie bis spätestens {{date respondBy}}.{{#if paymentUrl}} Online bezahlen: {{paymentUrl}}{{/if}}',
        'Schwierigkeiten mit der Zahlung? Antworten Sie auf diese E-Mail, und wir prüfen mit Ihnen eine Ratenzahlung.',
      ],
    },
    PAYMENT_REMINDER: {
      subject: 'Erinnerung: {{money totalDue}} zu zahlen – Aktenzeichen {{reference}}',
      letter: [
        'Wir erinnern Sie daran, dass {{money totalDue}} an {{creditor.name}} noch offen sind.',
        '{{#if respondBy}}Bitte zahlen Sie bis spätestens {{date respondBy}}.{{else}}Bitte zahlen Sie so bald wie möglich.{{/if}}{{#if paymentUrl}} Sie können auch online bezahlen: {{paymentUrl}}{{/if}}',
      ],
      email: [
        'Wir erinnern Sie daran, dass {{money totalDue}} an {{creditor.name}} noch offen sind.',
        '{{#if respondBy}}Bitte zahlen Sie bis spätestens {{date respondBy}}.{{else}}Bitte zahlen Sie so bald wie möglich.{{/if}}{{#if paymentUrl}} Online bezahlen: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: Erinnerung, {{money totalDue}} an {{creditor.name}} sind offen.{{#if paymentUrl}} Hier bezahlen: {{paymentUrl}}{{/if}} Az. {{reference}}',
    },
    FORMAL_NOTICE: {
      subject: 'Mahnung: Zahlung von {{money totalDue}} – Aktenzeichen {{reference}}',
      letter: [
        'Unsere bisherigen Erinnerungen haben nicht zur Zahlung geführt. Im Auftrag von {{creditor.name}} fordern wir Sie hiermit förmlich auf, {{money totalDue}} zu zahlen.',
        'Bitte zahlen Sie diesen Betrag bis spätestens {{date respondBy}}.',
        'Wenn Sie die Forderung bestreiten oder nicht zahlen können, melden Sie sich vor diesem Datum bei uns, damit wir Ihre Situation prüfen können.',
      ],
      email: [
        'Unsere bisherigen Erinnerungen haben nicht zur Zahlung geführt. Im Auftrag von {{creditor.name}} fordern wir Sie hiermit förmlich auf, {{money totalDue}} bis spätestens {{date respondBy}} zu zahlen.',
        'Wenn Sie die Forderung bestreiten oder nicht zahlen können, antworten Sie vor diesem Datum auf diese E-Mail.',
      ],
    },
    PLAN_BREACH: {
      subject: 'Ihre Ratenzahlungsvereinbarung ist beendet – Aktenzeichen {{reference}}',
      letter: [
        'Eine fällige Rate Ihrer Ratenzahlungsvereinbarung ist nicht bei uns eingegangen. Nach den Bedingungen der Vereinbarung ist diese daher beendet, und der Restbetrag von {{money totalDue}} ist jetzt fällig.',
        'Bitte zahlen Sie diesen Betrag bis spätestens {{date respondBy}}, oder rufen Sie uns unter {{agency.phone}} an, wenn Sie eine neue Vereinbarung besprechen möchten.',
      ],
      email: [
        'Eine fällige Rate Ihrer Ratenzahlungsvereinbarung ist nicht eingegangen. Die Vereinbarung ist daher beendet, und der Restbetrag von {{money totalDue}} ist jetzt fällig.',
        'Bitte zahlen Sie bis spätestens {{date respondBy}}, oder antworten Sie auf diese E-Mail, um eine neue Vereinbarung zu besprechen.{{#if paymentUrl}} Online bezahlen: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: Eine Rate Ihrer Ratenzahlung ist offen, die Vereinbarung ist beendet. Restbetrag: {{money totalDue}}. Bitte rufen Sie uns an: {{agency.phone}}. Az. {{reference}}',
    },
    PAYMENT_PLAN_CONFIRMATION: {
      subject: 'Ihre Ratenzahlung ist bestätigt – Aktenzeichen {{reference}}',
      letter: [
        'Vielen Dank: Wir bestätigen die mit Ihnen vereinbarte Ratenzahlung für den Betrag von {{money totalDue}}, den Sie {{creditor.name}} schulden.',
        'Bitte zahlen Sie jede Rate pünktlich wie vereinbart{{#if respondBy}}; die erste Rate ist am {{date respondBy}} fällig{{/if}}.',
        'Solange die Raten pünktlich gezahlt werden, unternehmen wir keine weiteren Schritte. Bleibt eine Rate aus, kann die Vereinbarung enden und der gesamte Restbetrag fällig werden.',
      ],
      email: [
        'Vielen Dank: Wir bestätigen die mit Ihnen vereinbarte Ratenzahlung für den Betrag von {{money totalDue}}, den Sie {{creditor.name}} schulden.',
        'Bitte zahlen Sie jede Rate pünktlich wie vereinbart{{#if respondBy}}; die erste Rate ist am {{date respondBy}} fällig{{/if}}. Bleibt eine Rate aus, kann die Vereinbarung enden.',
      ],
    },
    INSTALMENT_REMINDER: {
      subject: 'Ihre nächste Rate – Aktenzeichen {{reference}}',
      letter: [
        'Wir erinnern Sie daran, dass die nächste Rate Ihrer Ratenzahlung{{#if respondBy}} am {{date respondBy}}{{/if}} fällig ist.',
        'Der Restbetrag Ihrer Vereinbarung beträgt {{money totalDue}}.',
      ],
      email: [
        'Wir erinnern Sie daran, dass die nächste Rate Ihrer Ratenzahlung{{#if respondBy}} am {{date respondBy}}{{/if}} fällig ist.{{#if paymentUrl}} Online bezahlen: {{paymentUrl}}{{/if}}',
        'Der Restbetrag Ihrer Vereinbarung beträgt {{money totalDue}}.',
      ],
      sms: '{{agency.name}}: Ihre nächste Rate ist{{#if respondBy}} am {{date respondBy}}{{/if}} fällig. Restbetrag: {{money totalDue}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Az. {{reference}}',
    },
    PAYMENT_RECEIPT: {
      subject: 'Zahlung erhalten – Aktenzeichen {{reference}}',
      letter: [
        'Vielen Dank: Ihre Zahlung ist bei uns eingegangen.',
        'Ihre Akten:{{#each statements}}\n– Akte {{caseId}}: bisher gezahlt {{money paid}}, offen {{money balance}}{{/each}}',
        'Offener Restbetrag: {{money totalDue}}.',
      ],
      email: ['Vielen Dank: Ihre Zahlung ist bei uns eingegangen.', 'Offener Restbetrag: {{money totalDue}}.'],
      sms: '{{agency.name}}: Vielen Dank, Ihre Zahlung ist eingegangen. Offener Restbetrag: {{money totalDue}}. Az. {{reference}}',
    },
    SETTLEMENT_CONFIRMATION: {
      subject: 'Vergleich bestätigt – Aktenzeichen {{reference}}',
      letter: [
        'Wir bestätigen den Vergleich, den wir im Auftrag von {{creditor.name}} mit Ihnen geschlossen haben.',
        'Sobald Sie {{money totalDue}}{{#if respondBy}} bis spätestens {{date respondBy}}{{/if}} gezahlt haben, sind die unten aufgeführten Akten vollständig erledigt und geschlossen.' + FILES,
        'Wird der vereinbarte Betrag nicht rechtzeitig gezahlt, kann der Vergleich hinfällig werden, und der gesamte Restbetrag bleibt geschuldet.',
      ],
      email: [
        'Wir bestätigen den Vergleich, den wir im Auftrag von {{creditor.name}} mit Ihnen geschlossen haben.',
        'Sobald Sie {{money totalDue}}{{#if respondBy}} bis spätestens {{date respondBy}}{{/if}} gezahlt haben, sind Ihre Akten vollständig erledigt und geschlossen.',
      ],
    },
    CLOSURE: {
      subject: 'Ihre Akte ist geschlossen – Aktenzeichen {{reference}}',
      letter: [
        'Wir haben die unten aufgeführten Inkassoakten geschlossen, die wir im Auftrag von {{creditor.name}} bearbeitet haben.' + FILES,
        'Wir werden Sie dazu nicht mehr kontaktieren. Bitte bewahren Sie dieses Schreiben für Ihre Unterlagen auf.',
      ],
      email: ['Wir haben die unten aufgeführten Inkassoakten geschlossen, die wir im Auftrag von {{creditor.name}} bearbeitet haben.' + FILES, 'Wir werden Sie dazu nicht mehr kontaktieren.'],
    },
    CREDITOR_INFORMATION_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Informationen zu Ihren Akten benötigt – Aktenzeichen {{reference}}{{/if}}',
      letter: [
        'Um die Einziehung der unten aufgeführten Akten fortzusetzen, benötigen wir einige Informationen von Ihnen.',
        '{{body}}',
        CASES,
        'Bitte antworten Sie{{#if respondBy}} bis spätestens {{date respondBy}}{{/if}} an {{agency.email}} unter Angabe des Aktenzeichens {{reference}}.',
      ],
      email: [
        'Um die Einziehung der unten aufgeführten Akten fortzusetzen, benötigen wir einige Informationen von Ihnen.',
        '{{body}}',
        CASES,
        'Bitte antworten Sie{{#if respondBy}} bis spätestens {{date respondBy}}{{/if}} auf diese E-Mail.',
      ],
    },
    CREDITOR_RECOMMENDATION: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Unsere Empfehlung zu Ihren Akten – Aktenzeichen {{reference}}{{/if}}',
      letter: [
        'Wir haben die unten aufgeführten Akten geprüft und empfehlen Folgendes.',
        '{{body}}',
        CASES,
        'Bitte teilen Sie uns Ihre Entscheidung{{#if respondBy}} bis spätestens {{date respondBy}}{{/if}} unter Angabe des Aktenzeichens {{reference}} mit.',
      ],
      email: ['Wir haben die unten aufgeführten Akten geprüft und empfehlen Folgendes.', '{{body}}', CASES, 'Bitte antworten Sie mit Ihrer Entscheidung{{#if respondBy}} bis spätestens {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_APPROVAL_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Ihre Zustimmung wird benötigt – Aktenzeichen {{reference}}{{/if}}',
      letter: [
        'Bevor wir in den unten aufgeführten Akten weitergehen, benötigen wir Ihre Zustimmung.',
        '{{body}}',
        CASES,
        'Bitte stimmen Sie zu oder lehnen Sie ab{{#if respondBy}}, bis spätestens {{date respondBy}}{{/if}}, per E-Mail an {{agency.email}} unter Angabe des Aktenzeichens {{reference}}. Bis dahin unternehmen wir keinen Schritt, der Ihre Zustimmung erfordert.',
      ],
      email: [
        'Bevor wir in den unten aufgeführten Akten weitergehen, benötigen wir Ihre Zustimmung.',
        '{{body}}',
        CASES,
        'Bitte antworten Sie mit Ihrer Zustimmung oder Ablehnung{{#if respondBy}} bis spätestens {{date respondBy}}{{/if}}.',
      ],
    },
    CREDITOR_REMITTANCE: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Weiterleitung eingezogener Zahlungen – Aktenzeichen {{reference}}{{/if}}',
      letter: [
        'Nachfolgend finden Sie die Zahlungen, die wir für Sie eingezogen haben.',
        '{{#if remittance}}Auszahlung {{remittance.remittanceId}}, überwiesen am {{date remittance.paidOn}}:{{#each remittance.lines}}\n– Akte {{caseId}} (Ihr Zeichen {{creditorReference}}): eingezogen {{money collected}}, Provision {{money commission}}, Kosten {{money costs}}, ausgezahlt {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Summe: eingezogen {{money remittance.collected}}, Provision {{money remittance.commission}}, Kosten {{money remittance.costs}}, an Sie ausgezahlt {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
        'Die eingezogenen Beträge werden gemäß unserem Inkassovertrag auf Ihr Konto überwiesen.',
      ],
      email: [
        'Nachfolgend finden Sie die Zahlungen, die wir für Sie eingezogen haben.',
        '{{#if remittance}}Auszahlung {{remittance.remittanceId}}, überwiesen am {{date remittance.paidOn}}:{{#each remittance.lines}}\n– Akte {{caseId}} (Ihr Zeichen {{creditorReference}}): eingezogen {{money collected}}, Provision {{money commission}}, Kosten {{money costs}}, ausgezahlt {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Summe: eingezogen {{money remittance.collected}}, Provision {{money remittance.commission}}, Kosten {{money remittance.costs}}, an Sie ausgezahlt {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
      ],
    },
  },
  mentions: {
    'debt-collector-disclosure': {
      phrase: 'ist ein Inkassounternehmen',
      paragraph:
        '{{agency.name}} ist ein Inkassounternehmen (debt collector). Wir versuchen, eine Forderung einzuziehen, die Sie {{creditor.name}} schulden. Alle Informationen, die Sie uns geben, verwenden wir zur Einziehung der Forderung.',
      sms: 'Absender ist ein Inkassounternehmen.',
    },
    'letter-reference': { phrase: 'Unser Zeichen:', paragraph: 'Unser Zeichen: {{reference}}, Schreiben vom {{date today}}. Bitte geben Sie es bei jeder Antwort an.' },
    'creditor-identity': {
      phrase: 'Gläubiger (Auftraggeber):',
      paragraph: 'Gläubiger (Auftraggeber): {{creditor.name}}{{#if creditor.enterpriseNumber}}, Registernummer {{creditor.enterpriseNumber}}{{/if}}, {{address creditor.address}}.',
    },
    'collector-identity': {
      phrase: 'Inkassodienstleister:',
      paragraph:
        'Inkassodienstleister: {{agency.name}}, Registernummer {{agency.enterpriseNumber}}, {{address agency.address}}, Telefon {{agency.phone}}, E-Mail {{agency.email}}, {{agency.website}}. Wir ziehen diese Forderung im Auftrag des Gläubigers ein.',
    },
    'supervisory-authority': {
      phrase: 'Zuständige Aufsichtsbehörde:',
      byCountry: {
        BE: 'Zuständige Aufsichtsbehörde: FÖD Wirtschaft, KMB, Mittelstand und Energie, Wirtschaftsinspektion, North Gate, Boulevard du Roi Albert II 16, 1000 Brüssel, bei dem wir als Inkassobüro eingetragen sind.',
        DE: 'Zuständige Aufsichtsbehörde: Bundesamt für Justiz, 53094 Bonn, rdg@bfj.bund.de, www.bundesjustizamt.de.',
      },
    },
    'amicable-not-judicial': {
      phrase: 'gütliche Einziehung',
      paragraph: 'Es handelt sich um eine gütliche Einziehung und nicht um ein Gerichtsverfahren: Dieses Schreiben ist keine gerichtliche Entscheidung.',
    },
    'claim-basis': {
      phrase: 'Forderungsgrund:',
      paragraph: 'Forderungsgrund:{{#each statements}}{{#each invoices}}\n– Rechnung {{this.number}} vom {{date issueDate}}, fällig am {{date dueDate}}: {{money amount}}{{/each}}{{/each}}',
    },
    'amount-breakdown': {
      phrase: 'Forderungsaufstellung:',
      paragraph:
        'Forderungsaufstellung:{{#each statements}}\nAkte {{caseId}} (Zeichen des Gläubigers {{creditorReference}}): Hauptforderung {{money principal}}, Zinsen {{money interest}}, Inkassokosten {{money costs}}, sonstige Kosten {{money charges}}, bereits gezahlt {{money paid}}, offen {{money balance}}.{{/each}}\nGesamtbetrag: {{money totalDue}}.',
    },
    'interest-calculation': {
      phrase: 'Zinsberechnung:',
      paragraph:
        'Zinsberechnung: Verzugszinsen in Höhe des gesetzlichen Zinssatzes (§ 288 BGB) auf die Hauptforderung jeder Rechnung, vom Tag nach ihrer Fälligkeit bis zum {{date today}}. Ein höherer Zinssatz wird nicht verlangt.{{#each statements}}\nAkte {{caseId}}: Zinsen {{money interest}} auf eine Hauptforderung von {{money principal}}.{{/each}}',
    },
    'costs-breakdown': {
      phrase: 'Kosten nach Art, Höhe und Entstehungsgrund:',
      paragraph:
        'Kosten nach Art, Höhe und Entstehungsgrund:{{#each statements}}\nAkte {{caseId}}: Inkassokosten {{money costs}} (unsere Vergütung für die Einziehung, geschuldet wegen des Zahlungsverzugs); sonstige Kosten {{money charges}} (Auslagen, etwa Porto).{{/each}}',
    },
    'vat-statement': {
      phrase: 'Umsatzsteuer:',
      paragraph: 'Umsatzsteuer: Soweit mit den Inkassokosten Umsatzsteuer geltend gemacht wird, kann der Gläubiger diese nicht als Vorsteuer abziehen.',
    },
    'interest-continuing': {
      phrase: 'Zinsen und Kosten:',
      paragraph: 'Zinsen und Kosten: Die obigen Beträge sind bis zum {{date today}} berechnet. Bis zur Zahlung können weitere Zinsen anfallen; ein weiterer Betrag erscheint in unserer nächsten Aufstellung.',
    },
    'wait-14-days': {
      phrase: 'Frist von 14 Tagen',
      byCountry: {
        BE: 'Sie haben eine Frist von 14 Tagen zur Zahlung, gerechnet ab dem dritten Werktag nach dem Versand dieses Schreibens (oder ab dem Tag nach dem Versand per E-Mail). Vor Ablauf dieser Frist werden weder Schadenersatz noch Verzugszinsen verlangt.',
        NL: 'Sie haben eine Frist von 14 Tagen zur Zahlung, gerechnet ab dem Tag nach dem Erhalt dieses Schreibens. Zahlen Sie innerhalb dieser Frist, werden keine Inkassokosten berechnet.',
      },
    },
    'wait-15-days': {
      phrase: 'Frist von 15 Tagen',
      paragraph: 'Sie haben ab dieser Mahnung eine Frist von 15 Tagen, um zu zahlen oder sich bei uns zu melden. Vor Ablauf dieser Frist unternehmen wir keine weiteren Schritte.',
    },
    'respond-30-days': {
      phrase: 'innerhalb von 30 Tagen',
      paragraph:
        'Bitte antworten Sie innerhalb von 30 Tagen ab dem Datum dieses Schreibens mit dem beigefügten Antwortformular. Hören wir in dieser Zeit nichts von Ihnen, kann {{creditor.name}} ein Gerichtsverfahren einleiten.',
    },
    'damages-warning': {
      phrase: 'Schadenersatz und Verzugszinsen verlangen',
      paragraph: 'Zahlen Sie nicht innerhalb dieser Frist, kann {{creditor.name}} Schadenersatz und Verzugszinsen verlangen, in den Grenzen von Buch XIX des belgischen Wirtschaftsgesetzbuches.',
    },
    'collection-costs-warning': {
      phrase: 'außergerichtliche Inkassokosten',
      paragraph:
        'Zahlen Sie nicht innerhalb dieser Frist, berechnet {{creditor.name}} außergerichtliche Inkassokosten nach dem niederländischen Erlass über die Vergütung außergerichtlicher Inkassokosten (Besluit vergoeding voor buitengerechtelijke incassokosten).',
    },
    'next-steps-warning': {
      phrase: 'Nächster Schritt:',
      byCountry: {
        SE: 'Nächster Schritt: Wenn Sie bis zum {{date respondBy}} weder zahlen noch der Forderung widersprechen, kann {{creditor.name}} bei der schwedischen Vollstreckungsbehörde (Kronofogden) einen Zahlungsbefehl beantragen.',
        ES: 'Nächster Schritt: Kommt weder eine Zahlung noch eine Einigung zustande, kann {{creditor.name}} die Forderung gerichtlich geltend machen. Wir dokumentieren diesen Verhandlungsversuch, wie es das spanische Recht (Organgesetz 1/2025) vor einer Klage verlangt.',
      },
    },
    'payment-instructions': {
      phrase: 'So zahlen Sie:',
      paragraph:
        'So zahlen Sie: Überweisen Sie den Betrag auf das Konto IBAN {{agency.iban}} (BIC {{agency.bic}}), Kontoinhaber {{agency.name}}, mit dem unten stehenden Verwendungszweck.{{#each statements}}\nAkte {{caseId}}: {{paymentReference}}{{/each}}{{#if paymentUrl}}\nSie können auch online bezahlen: {{paymentUrl}}{{/if}}',
    },
    'validation-notice': {
      phrase: 'müssen wir die Einziehung jedes bestrittenen Betrags einstellen',
      paragraph:
        'Wie können Sie die Forderung bestreiten? Rufen Sie uns an oder schreiben Sie uns bis zum {{date respondBy}}, um die Forderung ganz oder teilweise zu bestreiten. Andernfalls gehen wir davon aus, dass unsere Angaben richtig sind. Wenn Sie uns bis zum {{date respondBy}} schreiben, müssen wir die Einziehung jedes bestrittenen Betrags einstellen, bis wir Ihnen Informationen senden, die zeigen, dass Sie die Forderung schulden. Innerhalb derselben Frist können Sie uns auch schriftlich nach Name und Anschrift des ursprünglichen Gläubigers fragen, falls dieser nicht der heutige Gläubiger ist; wir stellen die Einziehung dann ein, bis wir Ihnen diese Angaben gesendet haben. Mehr über Ihre Rechte nach US-Bundesrecht: www.cfpb.gov/debt-collection.',
    },
    'dispute-instructions': {
      phrase: 'Wir setzen die Einziehung des bestrittenen Betrags aus',
      paragraph:
        'Wenn Sie die Forderung ganz oder teilweise bestreiten, teilen Sie uns die Gründe bitte so bald wie möglich{{#if respondBy}} und vor dem {{date respondBy}}{{/if}} schriftlich oder telefonisch mit. Wir setzen die Einziehung des bestrittenen Betrags aus, solange wir die Sache prüfen.',
    },
    'negotiation-invitation': {
      phrase: 'über eine gütliche Lösung zu verhandeln',
      paragraph:
        'Wir laden Sie ein, mit uns über eine gütliche Lösung zu verhandeln, zum Beispiel über eine Ratenzahlung. Melden Sie sich{{#if respondBy}} vor dem {{date respondBy}}{{/if}} mit einem Vorschlag: Wir dokumentieren jeden Vorschlag.',
    },
    'reply-form-enclosures': {
      phrase: 'Pre-Action Protocol for Debt Claims',
      paragraph:
        'Diesem Schreiben liegen, wie es das englische Protokoll vor Forderungsklagen (Pre-Action Protocol for Debt Claims) verlangt, bei: ein Informationsblatt (Information Sheet), ein Antwortformular (Reply Form) und ein Formular zur finanziellen Situation (Financial Statement). Bitte füllen Sie das Antwortformular aus und senden Sie es an {{agency.name}}, {{address agency.address}}.',
    },
    'debt-advice': {
      phrase: 'kostenlose, unabhängige Schuldnerberatung',
      paragraph: 'Sie können eine kostenlose, unabhängige Schuldnerberatung erhalten, zum Beispiel bei MoneyHelper (www.moneyhelper.org.uk) oder Citizens Advice (www.citizensadvice.org.uk).',
    },
    'l111-8-text': {
      phrase: 'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier',
      paragraph:
        "Artikel L111-8 des französischen Gesetzbuchs über die Zwangsvollstreckung (code des procédures civiles d'exécution), Absätze 2 und 3: « Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s'ils concernent un acte dont l'accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire. Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi. »\nKurz gesagt: Die Kosten dieser Einziehung ohne Vollstreckungstitel trägt der Gläubiger, es sei denn, ein Richter entscheidet, dass ein bösgläubiger Schuldner sie tragen muss.",
    },
    'privacy-notice': {
      phrase: 'Ihre personenbezogenen Daten:',
      paragraph:
        'Ihre personenbezogenen Daten: {{agency.name}} verarbeitet Ihre Identitäts-, Kontakt- und Forderungsdaten, um diese Forderung im Auftrag von {{creditor.name}} einzuziehen, von dem wir sie erhalten haben. Rechtsgrundlage ist das berechtigte Interesse an der Einziehung der Forderung (Art. 6 Abs. 1 lit. f DSGVO). Wir speichern die Daten, solange die Einziehung läuft, und danach so lange, wie das Gesetz es verlangt. Sie können Auskunft, Berichtigung oder Löschung verlangen und sich bei der Datenschutzaufsichtsbehörde beschweren. Kontakt: {{agency.email}}. Einzelheiten: {{agency.website}}.',
    },
    'right-to-object': {
      phrase: 'Widerspruch einzulegen',
      paragraph:
        'Sie haben das Recht, aus Gründen, die sich aus Ihrer besonderen Situation ergeben, gegen diese Verarbeitung Ihrer personenbezogenen Daten Widerspruch einzulegen (Art. 21 DSGVO). Schreiben Sie dazu an {{agency.email}}.',
    },
    'opt-out': {
      phrase: 'antworten Sie STOP',
      paragraph: 'Abmeldung von E-Mails zu dieser Forderung: antworten Sie STOP auf diese E-Mail oder schreiben Sie an {{agency.email}}.',
      sms: 'Abmelden: antworten Sie STOP.',
    },
  },
  envelope: { collectionAgency: 'Inkassounternehmen', neutralSender: 'Kundenservice' },
};
