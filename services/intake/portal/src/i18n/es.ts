import type { Messages } from './i18n';

export const es: Messages = {
  app: { title: 'Portal del acreedor', loading: 'Cargando…', error: 'Algo salió mal: {{detail}}', sessionEnded: 'Su sesión ha caducado. Vuelva a iniciar sesión.', language: 'Idioma', more: 'Mostrar más', none: '—' },
  nav: { portfolio: 'Cartera', decisions: 'Decisiones pendientes', reports: 'Informes', signOut: 'Cerrar sesión', signedInAs: '{{name}} ({{role}}) · {{creditor}}' },
  role: { viewer: 'lector', manager: 'gestor' },
  signIn: {
    title: 'Iniciar sesión', email: 'Correo electrónico', password: 'Contraseña', submit: 'Iniciar sesión', refused: 'Correo electrónico o contraseña incorrectos.',
    throttled: 'Demasiados intentos fallidos. Vuelva a intentarlo dentro de {{minutes}} minutos.',
  },
  portfolio: {
    outcome: 'Situación', allOutcomes: 'Todas', country: 'País del deudor', allCountries: 'Todos', paused: 'Cobro en pausa', nextStep: '{{step}} el {{date}}',
    title: 'Cartera', state: 'Estado', allStates: 'Todos', reference: 'Su referencia', debtor: 'Deudor', balance: 'Saldo', collected: 'Cobrado', nextAction: 'Próximo paso',
    consultant: 'Gestor del expediente', progress: 'Progreso', lastActivity: 'Última actividad', empty: 'No hay expedientes.', decisionNeeded: 'Su decisión: {{decision}}',
    withAgency: 'Cobro en curso', unassigned: 'Pendiente de asignación', finished: 'Terminado',
  },
  nextStep: { LETTER: 'Carta de recordatorio', EMAIL: 'Correo electrónico', SMS: 'SMS', CALL: 'Llamada telefónica', VISIT: 'Visita a domicilio', FORMAL_NOTICE: 'Requerimiento formal', INTENSIVE_CALLS: 'Seguimiento telefónico', EVALUATION: 'Evaluación por su gestor' },
  outcome: { ACTIVE: 'En gestión de cobro', PAID_IN_FULL: 'Pagado íntegramente', CLOSED: 'Cerrado' },
  state: { open: 'Abierto', withdrawn: 'Retirado', PAID_IN_FULL: 'Pagado íntegramente', CLOSED: 'Cerrado' },
  case: { back: 'Volver a la cartera', title: 'Expediente {{reference}}', claimed: 'Reclamado', remitted: 'Transferido a usted', openedAt: 'Encargado el', notFound: 'Este expediente no existe.' },
  timeline: { title: 'Cronología', empty: 'Todavía no ha ocurrido nada.', live: 'Actualización en directo', at: 'Cuándo', what: 'Qué', by: 'Por', details: 'Detalles' },
  by: { agency: 'Agencia', agent: 'Gestor', debtor: 'Deudor', creditor: 'Usted', system: 'Sistema' },
  kind: {
    THIRD_PARTY_LINKED: 'Tercero interviniente',
    SCREENED: 'Deudor verificado', DEBTOR_SITUATION_CHANGED: 'Cambio en la situación del deudor', CREDITOR_NOTIFIED: 'Aviso enviado a usted', LETTER_SENT: 'Carta enviada',
    EMAIL_SENT: 'Correo enviado', SMS_SENT: 'SMS enviado', MESSAGE_SENT: 'Mensaje enviado', MESSAGE_NOT_DELIVERED: 'Mensaje no entregado', CALL: 'Llamada', VISIT: 'Visita a domicilio',
    PLAN_AGREED: 'Plan de pagos acordado', SETTLEMENT_AGREED: 'Acuerdo transaccional', DISPUTE_OPENED: 'Reclamación abierta', DISPUTE_RESOLVED: 'Reclamación resuelta',
    INFORMATION_REQUESTED: 'Información solicitada', APPROVAL_REQUESTED: 'Aprobación solicitada', CLOSURE_RECOMMENDED: 'Cierre recomendado', LEGAL_ACTION_RECOMMENDED: 'Acción judicial recomendada',
    ESCALATED: 'Escalado', CHARGES_APPLIED: 'Gastos aplicados', DUNNING_PAUSED: 'Cobro en pausa', DUNNING_RESUMED: 'Cobro reanudado', CASE_CLOSED: 'Expediente cerrado',
    PAYMENT_RECEIVED: 'Pago recibido', PAYMENT_ALLOCATED: 'Pago imputado', PAID_IN_FULL: 'Pagado íntegramente', INSTALMENT_PAID: 'Plazo pagado', INSTALMENT_MISSED: 'Plazo impagado', REFUND_ISSUED: 'Exceso reembolsado al deudor', REFUND_RETURNED: 'Reembolso devuelto por el banco del deudor', REMITTED: 'Transferido a usted',
    FEE_INVOICED: 'Honorarios facturados',
    MESSAGE_TO_CONSULTANT: 'Mensaje a su gestor', MESSAGE_FROM_CONSULTANT: 'Mensaje de su gestor',
  },
  messages: {
    title: 'Mensajes con su gestor', empty: 'Todavía no hay mensajes.', body: 'Su mensaje', attach: 'Adjuntar archivos (PDF, PNG, JPEG, texto, CSV; 10 MB cada uno)', send: 'Enviar',
    read: 'Leído el {{when}}', unread: 'Aún no leído', you: 'Usted', badFile: '{{file}}: solo archivos PDF, PNG, JPEG, texto y CSV de hasta 10 MB', sent: 'Mensaje enviado.',
  },
  documents: { title: 'Documentos', empty: 'No hay documentos.', name: 'Archivo', kind: 'Tipo', size: 'Tamaño', added: 'Añadido', download: 'Descargar' },
  decisions: {
    amount: 'Importe recibido ({{currency}})', receivedOn: 'Recibido el', reference: 'Su referencia', actionsTaken: 'Acciones realizadas antes de esta recomendación:',
    title: 'Decisiones pendientes', empty: 'Nada espera su decisión.', case: 'Expediente', asked: 'Solicitado el', answerBy: 'Responder antes del', note: 'Nota (opcional)',
    answered: 'Respuesta registrada: {{answer}}.', managersOnly: 'Solo los gestores pueden responder.',
  },
  decisionKind: { APPROVAL_REQUESTED: 'Aprobar un plan o acuerdo', LEGAL_ACTION_RECOMMENDED: 'Consentir la acción judicial', CLOSURE_RECOMMENDED: 'Cierre recomendado', INFORMATION_REQUESTED: 'Información solicitada' },
  answer: {
    report_direct_payment: 'Comunicar el pago',
    approve: 'Aprobar', decline: 'Rechazar', provide_information: 'Enviar la información', accept_closure: 'Aceptar el cierre', continue_collection: 'Continuar el cobro',
    consent_legal_action: 'Consentir la acción judicial', refuse_legal_action: 'Rechazar la acción judicial',
  },
  reports: {
    title: 'Informes', from: 'Desde', to: 'Hasta', show: 'Mostrar', csv: 'Descargar CSV', pdf: 'Descargar PDF', empty: 'No se encargaron expedientes en este periodo.', country: 'País',
    currency: 'Moneda', casesPlaced: 'Expedientes encargados', amountPlaced: 'Importe encargado', collectedOnPlaced: 'Cobrado de ellos', collectionRate: 'Tasa de cobro',
    collectedInPeriod: 'Cobrado en el periodo', remittedInPeriod: 'Transferido en el periodo', paidInFull: 'Pagados íntegramente', averageDays: 'Días medios hasta el cobro',
  },
};
