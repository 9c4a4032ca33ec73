import type { LanguageWording } from './template-wording';

const CASES = 'Expedientes afectados:{{#each statements}}\n– {{caseId}} (su referencia {{creditorReference}}), saldo {{money balance}}{{/each}}';
const FILES = '{{#each statements}}\n– expediente {{caseId}} (referencia del acreedor {{creditorReference}}){{/each}}';

/** Español. SMS: no á, í, ó, ú outside values (they force UCS-2 and shorten the SMS). */
export const MESSAGES_ES: LanguageWording = {
  frame: {
    debtorLetterSalutation: 'Estimado/a {{debtor.name}}:',
    debtorEmailSalutation: 'Estimado/a {{debtor.name}}:',
    creditorSalutation: 'Estimados señores:',
    contact: '¿Tiene alguna pregunta? Llámenos al {{agency.phone}} o escriba a {{agency.email}} indicando la referencia {{reference}}.',
    closing: ['Atentamente,', '{{agency.name}}'],
  },
  kinds: {
    FIRST_REMINDER: {
      subject: 'Recordatorio de pago: {{money totalDue}} – referencia {{reference}}',
      letter: [
        '{{creditor.name}} nos ha encargado el cobro del importe indicado abajo que, según sus datos, aún no ha sido pagado.',
        'Le rogamos que pague {{money totalDue}} a más tardar el {{date respondBy}}.',
        'Si ya ha pagado, no tenga en cuenta esta carta. Si no puede pagar todo de una vez, póngase en contacto con nosotros: podemos acordar un plan de pagos.',
      ],
      email: [
        '{{creditor.name}} nos ha encargado el cobro de un importe impagado de {{money totalDue}}.',
        'Le rogamos que pague a más tardar el {{date respondBy}}.{{#if paymentUrl}} Puede pagar en línea: {{paymentUrl}}{{/if}}',
        '¿Ya ha pagado? No tenga en cuenta este mensaje. ¿No puede pagarlo todo? Responda a este correo y buscaremos una solución con usted.',
      ],
      sms: '{{agency.name}}: {{money totalDue}} impagado a {{creditor.name}}. Pague antes del {{date respondBy}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Ref. {{reference}}',
    },
    SECOND_REMINDER: {
      subject: 'Segundo recordatorio: {{money totalDue}} pendiente – referencia {{reference}}',
      letter: [
        'Le escribimos hace poco sobre el importe indicado abajo, adeudado a {{creditor.name}}. Todavía no hemos recibido su pago.',
        'Le rogamos que pague {{money totalDue}} a más tardar el {{date respondBy}}.',
        'Si tiene dificultades para pagar, llámenos al {{agency.phone}}: estudiaremos con usted un plan de pagos.',
      ],
      email: [
        'Le escribimos hace poco sobre un importe de {{money totalDue}} adeudado a {{creditor.name}} y todavía no hemos recibido su pago.',
        'Le rogamos que pague a más tardar el {{date respondBy}}.{{#if paymentUrl}} Pago en línea: {{paymentUrl}}{{/if}}',
        '¿Tiene dificultades para pagar? Responda a este correo y estudiaremos con usted un plan de pagos.',
      ],
    },
    PAYMENT_REMINDER: {
      subject: 'Recordatorio: {{money totalDue}} pendiente de pago – referencia {{reference}}',
      letter: [
        'Le recordamos que sigue pendiente el pago de {{money totalDue}} a {{creditor.name}}.',
        '{{#if respondBy}}Le rogamos que pague a más tardar el {{date respondBy}}.{{else}}Le rogamos que pague lo antes posible.{{/if}}{{#if paymentUrl}} También puede pagar en línea: {{paymentUrl}}{{/if}}',
      ],
      email: [
        'Le recordamos que sigue pendiente el pago de {{money totalDue}} a {{creditor.name}}.',
        '{{#if respondBy}}Le rogamos que pague a más tardar el {{date respondBy}}.{{else}}Le rogamos que pague lo antes posible.{{/if}}{{#if paymentUrl}} Pago en línea: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: recordatorio, debe {{money totalDue}} a {{creditor.name}}.{{#if paymentUrl}} Pague en {{paymentUrl}}{{/if}} Ref. {{reference}}',
    },
    FORMAL_NOTICE: {
      subject: 'Requerimiento formal de pago de {{money totalDue}} – referencia {{reference}}',
      letter: [
        'Nuestros recordatorios anteriores no han dado lugar al pago. En nombre de {{creditor.name}}, le requerimos formalmente el pago de {{money totalDue}}.',
        'Le rogamos que pague este importe a más tardar el {{date respondBy}}.',
        'Si no está de acuerdo con la deuda o no puede pagar, póngase en contacto con nosotros antes de esa fecha para que podamos estudiar su situación.',
      ],
      email: [
        'Nuestros recordatorios anteriores no han dado lugar al pago. En nombre de {{creditor.name}}, le requerimos formalmente el pago de {{money totalDue}} a más tardar el {{date respondBy}}.',
        'Si no está de acuerdo con la deuda o no puede pagar, responda a este correo antes de esa fecha.',
      ],
    },
    PLAN_BREACH: {
      subject: 'Su plan de pagos ha terminado – referencia {{reference}}',
      letter: [
        'No hemos recibido un plazo vencido de su plan de pagos. Según las condiciones del plan, este ha terminado y el saldo pendiente de {{money totalDue}} es ahora exigible.',
        'Le rogamos que pague este importe a más tardar el {{date respondBy}}, o llámenos al {{agency.phone}} si desea hablar de un nuevo acuerdo.',
      ],
      email: [
        'No hemos recibido un plazo vencido de su plan de pagos. Por ello el plan ha terminado y el saldo pendiente de {{money totalDue}} es ahora exigible.',
        'Le rogamos que pague a más tardar el {{date respondBy}} o que responda a este correo para hablar de un nuevo acuerdo.{{#if paymentUrl}} Pago en línea: {{paymentUrl}}{{/if}}',
      ],
      sms: '{{agency.name}}: un plazo de su plan de pagos no se ha pagado y el plan ha terminado. Saldo: {{money totalDue}}. Llame al {{agency.phone}}. Ref. {{reference}}',
    },
    PAYMENT_PLAN_CONFIRMATION: {
      subject: 'Su plan de pagos está confirmado – referencia {{reference}}',
      letter: [
        'Gracias: confirmamos el plan de pagos acordado con usted para el importe de {{money totalDue}} adeudado a {{creditor.name}}.',
        'Le rogamos que pague cada plazo a tiempo, según lo acordado{{#if respondBy}}; el primero vence el {{date respondBy}}{{/if}}.',
        'Mientras los plazos se paguen a tiempo, no tomaremos ninguna otra medida. Si un plazo no se paga, el plan puede terminar y todo el saldo pasar a ser exigible.',
      ],
      email: [
        'Gracias: confirmamos el plan de pagos acordado con usted para el importe de {{money totalDue}} adeudado a {{creditor.name}}.',
        'Le rogamos que pague cada plazo a tiempo, según lo acordado{{#if respondBy}}; el primero vence el {{date respondBy}}{{/if}}. Si un plazo no se paga, el plan puede terminar.',
      ],
    },
    INSTALMENT_REMINDER: {
      subject: 'Su próximo plazo – referencia {{reference}}',
      letter: ['Le recordamos que el próximo plazo de su plan de pagos vence{{#if respondBy}} el {{date respondBy}}{{/if}}.', 'El saldo pendiente de su plan es de {{money totalDue}}.'],
      email: [
        'Le recordamos que el próximo plazo de su plan de pagos vence{{#if respondBy}} el {{date respondBy}}{{/if}}.{{#if paymentUrl}} Pago en línea: {{paymentUrl}}{{/if}}',
        'El saldo pendiente de su plan es de {{money totalDue}}.',
      ],
      sms: '{{agency.name}}: su siguiente plazo vence{{#if respondBy}} el {{date respondBy}}{{/if}}. Saldo: {{money totalDue}}.{{#if paymentUrl}} {{paymentUrl}}{{/if}} Ref. {{reference}}',
    },
    PAYMENT_RECEIPT: {
      subject: 'Pago recibido – referencia {{reference}}',
      letter: [
        'Gracias: hemos recibido su pago.',
        'Sus expedientes:{{#each statements}}\n– expediente {{caseId}}: pagado hasta la fecha {{money paid}}, saldo {{money balance}}{{/each}}',
        'Saldo pendiente: {{money totalDue}}.',
      ],
      email: ['Gracias: hemos recibido su pago.', 'Saldo pendiente: {{money totalDue}}.'],
      sms: '{{agency.name}}: gracias, hemos recibido su pago. Saldo pendiente: {{money totalDue}}. Ref. {{reference}}',
    },
    SETTLEMENT_CONFIRMATION: {
      subject: 'Acuerdo de pago confirmado – referencia {{reference}}',
      letter: [
        'Confirmamos el acuerdo alcanzado con usted en nombre de {{creditor.name}}.',
        'Una vez que haya pagado {{money totalDue}}{{#if respondBy}} a más tardar el {{date respondBy}}{{/if}}, los expedientes indicados abajo quedarán totalmente saldados y cerrados.' + FILES,
        'Si el importe acordado no se paga a tiempo, el acuerdo puede quedar sin efecto y todo el saldo seguirá siendo exigible.',
      ],
      email: [
        'Confirmamos el acuerdo alcanzado con usted en nombre de {{creditor.name}}.',
        'Una vez que haya pagado {{money totalDue}}{{#if respondBy}} a más tardar el {{date respondBy}}{{/if}}, sus expedientes quedarán totalmente saldados y cerrados.',
      ],
    },
    CLOSURE: {
      subject: 'Su expediente está cerrado – referencia {{reference}}',
      letter: ['Hemos cerrado los expedientes de cobro indicados abajo, que gestionábamos en nombre de {{creditor.name}}.' + FILES, 'No volveremos a contactarle por este motivo. Conserve esta carta.'],
      email: ['Hemos cerrado los expedientes de cobro indicados abajo, que gestionábamos en nombre de {{creditor.name}}.' + FILES, 'No volveremos a contactarle por este motivo.'],
    },
    CREDITOR_INFORMATION_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Información necesaria para sus expedientes – referencia {{reference}}{{/if}}',
      letter: [
        'Para seguir con el cobro de los expedientes indicados abajo, necesitamos cierta información de su parte.',
        '{{body}}',
        CASES,
        'Le rogamos que responda{{#if respondBy}} a más tardar el {{date respondBy}}{{/if}} a {{agency.email}} indicando la referencia {{reference}}.',
      ],
      email: [
        'Para seguir con el cobro de los expedientes indicados abajo, necesitamos cierta información de su parte.',
        '{{body}}',
        CASES,
        'Le rogamos que responda a este correo{{#if respondBy}} a más tardar el {{date respondBy}}{{/if}}.',
      ],
    },
    CREDITOR_RECOMMENDATION: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Nuestra recomendación sobre sus expedientes – referencia {{reference}}{{/if}}',
      letter: [
        'Hemos revisado los expedientes indicados abajo y le recomendamos lo siguiente.',
        '{{body}}',
        CASES,
        'Le rogamos que nos comunique su decisión{{#if respondBy}} a más tardar el {{date respondBy}}{{/if}}, indicando la referencia {{reference}}.',
      ],
      email: ['Hemos revisado los expedientes indicados abajo y le recomendamos lo siguiente.', '{{body}}', CASES, 'Le rogamos que responda con su decisión{{#if respondBy}} a más tardar el {{date respondBy}}{{/if}}.'],
    },
    CREDITOR_APPROVAL_REQUEST: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Necesitamos su aprobación – referencia {{reference}}{{/if}}',
      letter: [
        'Necesitamos su aprobación antes de seguir adelante con los expedientes indicados abajo.',
        '{{body}}',
        CASES,
        'Le rogamos que apruebe o rechace{{#if respondBy}} a más tardar el {{date respondBy}}{{/if}} escribiendo a {{agency.email}} con la referencia {{reference}}. Hasta entonces no tomaremos ninguna medida que requiera su aprobación.',
      ],
      email: [
        'Necesitamos su aprobación antes de seguir adelante con los expedientes indicados abajo.',
        '{{body}}',
        CASES,
        'Le rogamos que responda con su aprobación o rechazo{{#if respondBy}} a más tardar el {{date respondBy}}{{/if}}.',
      ],
    },
    CREDITOR_REMITTANCE: {
      subject: '{{#if subjectLine}}{{subjectLine}}{{else}}Transferencia de los pagos cobrados – referencia {{reference}}{{/if}}',
      letter: [
        'A continuación figuran los pagos que hemos cobrado por su cuenta.',
        '{{#if remittance}}Transferencia {{remittance.remittanceId}}, pagada el {{date remittance.paidOn}}:{{#each remittance.lines}}\n– expediente {{caseId}} (su referencia {{creditorReference}}): cobrado {{money collected}}, comisión {{money commission}}, gastos {{money costs}}, transferido {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Total: cobrado {{money remittance.collected}}, comisión {{money remittance.commission}}, gastos {{money remittance.costs}}, transferido a usted {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
        'Los importes cobrados se transfieren a su cuenta según las condiciones de nuestro contrato de gestión de cobro.',
      ],
      email: [
        'A continuación figuran los pagos que hemos cobrado por su cuenta.',
        '{{#if remittance}}Transferencia {{remittance.remittanceId}}, pagada el {{date remittance.paidOn}}:{{#each remittance.lines}}\n– expediente {{caseId}} (su referencia {{creditorReference}}): cobrado {{money collected}}, comisión {{money commission}}, gastos {{money costs}}, transferido {{money paidOut}}{{/each}}{{/if}}',
        '{{#if remittance}}Total: cobrado {{money remittance.collected}}, comisión {{money remittance.commission}}, gastos {{money remittance.costs}}, transferido a usted {{money remittance.paidOut}}.{{/if}}',
        '{{#if body}}{{body}}{{/if}}',
      ],
    },
  },
  mentions: {
    'debt-collector-disclosure': {
      phrase: 'cobrador de deudas',
      paragraph:
        '{{agency.name}} es un cobrador de deudas (debt collector). Intentamos cobrar una deuda que usted tiene con {{creditor.name}}. Usaremos cualquier información que nos facilite para cobrar la deuda.',
      sms: 'Enviado por un cobrador de deudas.',
    },
    'letter-reference': { phrase: 'Nuestra referencia:', paragraph: 'Nuestra referencia: {{reference}}, carta del {{date today}}. Indíquela en cualquier respuesta.' },
    'creditor-identity': {
      phrase: 'Acreedor:',
      paragraph: 'Acreedor: {{creditor.name}}{{#if creditor.enterpriseNumber}}, número de identificación {{creditor.enterpriseNumber}}{{/if}}, {{address creditor.address}}.',
    },
    'collector-identity': {
      phrase: 'Empresa de gestión de cobro:',
      paragraph:
        'Empresa de gestión de cobro: {{agency.name}}, número de identificación {{agency.enterpriseNumber}}, {{address agency.address}}, teléfono {{agency.phone}}, correo electrónico {{agency.email}}, {{agency.website}}. Cobramos esta deuda por cuenta del acreedor.',
    },
    'supervisory-authority': {
      phrase: 'Autoridad de supervisión:',
      byCountry: {
        BE: 'Autoridad de supervisión: SPF Economía (SPF Économie / FOD Economie), Inspección Económica, North Gate, Boulevard du Roi Albert II 16, 1000 Bruselas, donde estamos inscritos como empresa de cobro de deudas.',
        DE: 'Autoridad de supervisión: Bundesamt für Justiz (Oficina Federal de Justicia de Alemania), 53094 Bonn, Alemania, rdg@bfj.bund.de, www.bundesjustizamt.de.',
      },
    },
    'amicable-not-judicial': {
      phrase: 'cobro amistoso',
      paragraph: 'Se trata de un cobro amistoso y no de un procedimiento judicial: esta carta no es una resolución judicial.',
    },
    'claim-basis': {
      phrase: 'Origen de la deuda:',
      paragraph: 'Origen de la deuda:{{#each statements}}{{#each invoices}}\n– factura {{this.number}} del {{date issueDate}}, vencida el {{date dueDate}}: {{money amount}}{{/each}}{{/each}}',
    },
    'amount-breakdown': {
      phrase: 'Detalle de la deuda:',
      paragraph:
        'Detalle de la deuda:{{#each statements}}\nExpediente {{caseId}} (referencia del acreedor {{creditorReference}}): principal {{money principal}}, intereses {{money interest}}, gastos de cobro {{money costs}}, otros gastos {{money charges}}, ya pagado {{money paid}}, saldo {{money balance}}.{{/each}}\nTotal adeudado: {{money totalDue}}.',
    },
    'interest-calculation': {
      phrase: 'Cálculo de intereses:',
      paragraph:
        'Cálculo de intereses: intereses de demora al tipo legal (artículo 288 del Código Civil alemán), sobre el principal de cada factura, desde el día siguiente a su vencimiento hasta el {{date today}}. No se reclama un tipo superior.{{#each statements}}\nExpediente {{caseId}}: intereses {{money interest}} sobre un principal de {{money principal}}.{{/each}}',
    },
    'costs-breakdown': {
      phrase: 'Gastos por tipo, importe y motivo:',
      paragraph:
        'Gastos por tipo, importe y motivo:{{#each statements}}\nExpediente {{caseId}}: gastos de cobro {{money costs}} (nuestra remuneración por el cobro, debida por el retraso en el pago); otros gastos {{money charges}} (desembolsos, como el franqueo).{{/each}}',
    },
    'vat-statement': {
      phrase: 'IVA:',
      paragraph: 'IVA: cuando se reclama IVA sobre los gastos de cobro, el acreedor no puede deducirlo.',
    },
    'interest-continuing': {
      phrase: 'Intereses y gastos:',
      paragraph:
        'Intereses y gastos: los importes anteriores están calculados hasta el {{date today}}. Pueden seguir devengándose intereses hasta el pago; cualquier importe adicional figurará en nuestro próximo extracto.',
    },
    'wait-14-days': {
      phrase: 'plazo de 14 días',
      byCountry: {
        BE: 'Dispone de un plazo de 14 días para pagar, contado desde el tercer día hábil siguiente al envío de esta carta (o desde el día siguiente a su envío por correo electrónico). Antes de que termine ese plazo no se reclamará ninguna indemnización ni interés de demora.',
        NL: 'Dispone de un plazo de 14 días para pagar, contado desde el día siguiente a la recepción de esta carta. Si paga dentro de ese plazo, no se cobrarán gastos de cobro.',
      },
    },
    'wait-15-days': {
      phrase: 'plazo de 15 días',
      paragraph: 'Dispone de un plazo de 15 días desde este requerimiento para pagar o ponerse en contacto con nosotros. Antes de que termine ese plazo no tomaremos ninguna otra medida.',
    },
    'respond-30-days': {
      phrase: 'en un plazo de 30 días',
      paragraph:
        'Le rogamos que responda en un plazo de 30 días desde la fecha de esta carta, con el formulario de respuesta adjunto. Si no recibimos noticias suyas en ese plazo, {{creditor.name}} podrá iniciar un procedimiento judicial.',
    },
    'damages-warning': {
      phrase: 'podrá reclamar una indemnización e intereses de demora',
      paragraph:
        'Si no paga dentro de este plazo, {{creditor.name}} podrá reclamar una indemnización e intereses de demora, dentro de los límites fijados por el libro XIX del Código de Derecho Económico belga.',
    },
    'collection-costs-warning': {
      phrase: 'gastos de cobro extrajudiciales',
      paragraph:
        'Si no paga dentro de este plazo, {{creditor.name}} cobrará gastos de cobro extrajudiciales, calculados según el Decreto neerlandés sobre la compensación de esos gastos (Besluit vergoeding voor buitengerechtelijke incassokosten).',
    },
    'next-steps-warning': {
      phrase: 'Próximo paso:',
      byCountry: {
        SE: 'Próximo paso: si no paga ni se opone a la reclamación antes del {{date respondBy}}, {{creditor.name}} podrá solicitar un requerimiento de pago a la Autoridad sueca de ejecución (Kronofogden).',
        ES: 'Próximo paso: si no se llega a un pago o a un acuerdo, {{creditor.name}} podrá acudir a los tribunales. Conservamos constancia de este intento de negociación, como exige la Ley Orgánica 1/2025 antes de presentar una demanda.',
      },
    },
    'payment-instructions': {
      phrase: 'Cómo pagar:',
      paragraph:
        'Cómo pagar: transfiera el importe a la cuenta IBAN {{agency.iban}} (BIC {{agency.bic}}), titular {{agency.name}}, indicando la referencia de pago siguiente.{{#each statements}}\nExpediente {{caseId}}: {{paymentReference}}{{/each}}{{#if paymentUrl}}\nTambién puede pagar en línea: {{paymentUrl}}{{/if}}',
    },
    'validation-notice': {
      phrase: 'debemos dejar de cobrar cualquier cantidad que usted dispute',
      paragraph:
        '¿Cómo puede disputar la deuda? Llámenos o escríbanos a más tardar el {{date respondBy}} para disputar la totalidad o parte de la deuda. Si no lo hace, supondremos que nuestra información es correcta. Si nos escribe a más tardar el {{date respondBy}}, debemos dejar de cobrar cualquier cantidad que usted dispute hasta que le enviemos información que demuestre que usted debe la deuda. En el mismo plazo también puede pedirnos por escrito el nombre y la dirección del acreedor original, si es distinto del acreedor actual; en ese caso dejaremos de cobrar hasta que le enviemos esa información. Visite www.cfpb.gov/debt-collection para obtener más información sobre sus derechos según la ley federal.',
    },
    'dispute-instructions': {
      phrase: 'Suspenderemos el cobro del importe discutido',
      paragraph:
        'Si no está de acuerdo con la totalidad o parte de esta deuda, explíquenos el motivo, por escrito o por teléfono, lo antes posible{{#if respondBy}} y antes del {{date respondBy}}{{/if}}. Suspenderemos el cobro del importe discutido mientras lo examinamos.',
    },
    'negotiation-invitation': {
      phrase: 'negociar una solución amistosa',
      paragraph:
        'Le invitamos a negociar una solución amistosa con nosotros, por ejemplo un plan de pagos. Póngase en contacto con nosotros{{#if respondBy}} antes del {{date respondBy}}{{/if}} para hacer una propuesta: dejamos constancia de cada propuesta.',
    },
    'reply-form-enclosures': {
      phrase: 'Pre-Action Protocol for Debt Claims',
      paragraph:
        'Adjuntamos a esta carta, como exige el protocolo inglés previo a las reclamaciones de deudas (Pre-Action Protocol for Debt Claims): una hoja informativa (Information Sheet), un formulario de respuesta (Reply Form) y un formulario de situación económica (Financial Statement). Rellene el formulario de respuesta y envíelo a {{agency.name}}, {{address agency.address}}.',
    },
    'debt-advice': {
      phrase: 'asesoramiento gratuito e independiente',
      paragraph: 'Puede obtener asesoramiento gratuito e independiente sobre deudas, por ejemplo en MoneyHelper (www.moneyhelper.org.uk) o Citizens Advice (www.citizensadvice.org.uk).',
    },
    'l111-8-text': {
      phrase: 'Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier',
      paragraph:
        "Artículo L111-8 del Código francés de procedimientos civiles de ejecución (code des procédures civiles d'exécution), apartados 2 y 3: « Les frais de recouvrement entrepris sans titre exécutoire restent à la charge du créancier, sauf s'ils concernent un acte dont l'accomplissement est prescrit par la loi au créancier. Toute stipulation contraire est réputée non écrite, sauf disposition législative contraire. Cependant, le créancier qui justifie du caractère nécessaire des démarches entreprises pour recouvrer sa créance peut demander au juge de l'exécution de laisser tout ou partie des frais ainsi exposés à la charge du débiteur de mauvaise foi. »\nEn resumen: los gastos de este cobro extrajudicial corren a cargo del acreedor, salvo que un juez decida que debe asumirlos un deudor de mala fe.",
    },
    'privacy-notice': {
      phrase: 'Sus datos personales:',
      paragraph:
        'Sus datos personales: {{agency.name}} trata sus datos de identidad, de contacto y de la deuda para cobrar esta deuda por cuenta de {{creditor.name}}, que nos los ha facilitado. La base jurídica es el interés legítimo en el cobro de la deuda (artículo 6.1.f del RGPD). Conservamos los datos mientras dure el cobro y después durante el tiempo que exija la ley. Puede solicitar el acceso, la rectificación o la supresión, y presentar una reclamación ante la autoridad de protección de datos. Contacto: {{agency.email}}. Más información: {{agency.website}}.',
    },
    'right-to-object': {
      phrase: 'derecho a oponerse',
      paragraph:
        'Tiene derecho a oponerse a este tratamiento de sus datos personales por motivos relacionados con su situación particular (artículo 21 del RGPD). Para ello, escriba a {{agency.email}}.',
    },
    'opt-out': {
      phrase: 'responda STOP',
      paragraph: 'Para no recibir más correos sobre esta deuda, responda STOP a este mensaje o escriba a {{agency.email}}.',
      sms: 'Para darse de baja, responda STOP.',
    },
  },
  envelope: { collectionAgency: 'Empresa de gestión de cobro', neutralSender: 'Atención al cliente' },
};
