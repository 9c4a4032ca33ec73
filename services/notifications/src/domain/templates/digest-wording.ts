import type { Language } from '../message';

/**
 * The frame of a creditor's daily digest: one e-mail gathering the day's messages, each kept whole
 * under its own subject. Only the frame is worded here; the messages are the usual templates.
 */
const DIGEST_WORDING: Record<Language, { subject: (agency: string, count: number) => string; intro: (count: number) => string }> = {
  en: { subject: (agency, n) => `${agency}: your daily summary (${n} ${n === 1 ? 'message' : 'messages'})`, intro: (n) => `Here ${n === 1 ? 'is the message' : `are the ${n} messages`} we have for you today.` },
  fr: { subject: (agency, n) => `${agency} : votre récapitulatif du jour (${n} message${n === 1 ? '' : 's'})`, intro: (n) => (n === 1 ? 'Voici le message que nous avons pour vous aujourd’hui.' : `Voici les ${n} messages que nous avons pour vous aujourd’hui.`) },
  nl: { subject: (agency, n) => `${agency}: uw dagelijks overzicht (${n} ${n === 1 ? 'bericht' : 'berichten'})`, intro: (n) => (n === 1 ? 'Hier is het bericht dat wij vandaag voor u hebben.' : `Hier zijn de ${n} berichten die wij vandaag voor u hebben.`) },
  de: { subject: (agency, n) => `${agency}: Ihre tägliche Übersicht (${n} ${n === 1 ? 'Nachricht' : 'Nachrichten'})`, intro: (n) => (n === 1 ? 'Hier ist die Nachricht, die wir heute für Sie haben.' : `Hier sind die ${n} Nachrichten, die wir heute für Sie haben.`) },
  es: { subject: (agency, n) => `${agency}: su resumen diario (${n} ${n === 1 ? 'mensaje' : 'mensajes'})`, intro: (n) => (n === 1 ? 'Este es el mensaje que tenemos hoy para usted.' : `Estos son los ${n} mensajes que tenemos hoy para usted.`) },
  sv: { subject: (agency, n) => `${agency}: er dagliga sammanfattning (${n} ${n === 1 ? 'meddelande' : 'meddelanden'})`, intro: (n) => (n === 1 ? 'Här är meddelandet vi har till er i dag.' : `Här är de ${n} meddelanden vi har till er i dag.`) },
};

/** What a reminder's subject starts with, before the request's own subject. */
export const REMINDER_PREFIX: Record<Language, string> = { en: 'Reminder:', fr: 'Rappel :', nl: 'Herinnering:', de: 'Erinnerung:', es: 'Recordatorio:', sv: 'Påminnelse:' };

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One e-mail from several composed creditor messages, in the creditor's language. */
export function composeDigest(language: Language, agencyName: string, messages: ReadonlyArray<{ subject: string; text: string; html: string }>): { subject: string; text: string; html: string } {
  const wording = DIGEST_WORDING[language];
  const intro = wording.intro(messages.length);
  return {
    subject: wording.subject(agencyName, messages.length),
    text: [intro, ...messages.map((message, index) => `${index + 1}. ${message.subject}\n\n${message.text}`)].join('\n\n----------\n\n'),
    html: [`<p>${escapeHtml(intro)}</p>`, ...messages.map((message, index) => `<h2>${index + 1}. ${escapeHtml(message.subject)}</h2>\n${message.html}`)].join('\n<hr>\n'),
  };
}
