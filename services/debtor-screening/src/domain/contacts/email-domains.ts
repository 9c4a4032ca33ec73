/**
 * E-mail domains the typo check compares against: the big international providers and the
 * consumer providers (ISPs, portals) of the countries we collect in. A domain one or two edits
 * away from one of these, and not itself listed, is probably a slip of the keyboard.
 *
 * The list also holds the siblings of each provider (hotmail.fr next to hotmail.com, gmx.at next
 * to gmx.de…) so that a real sibling is never "corrected" into another one. Earlier entries win a
 * tie, so the most common providers come first. Review yearly: ISPs merge and rename.
 */
export const COMMON_EMAIL_DOMAINS: readonly string[] = [
  // International
  'gmail.com', 'googlemail.com',
  'hotmail.com', 'outlook.com', 'live.com', 'msn.com',
  'yahoo.com', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com',
  'protonmail.com', 'proton.me', 'gmx.com', 'mail.com', 'zoho.com',
  'hotmail.be', 'hotmail.fr', 'hotmail.nl', 'hotmail.de', 'hotmail.es', 'hotmail.se', 'hotmail.co.uk',
  'outlook.be', 'outlook.fr', 'outlook.de', 'outlook.es', 'outlook.com.es',
  'live.be', 'live.fr', 'live.nl', 'live.de', 'live.se', 'live.co.uk',
  'yahoo.fr', 'yahoo.de', 'yahoo.es', 'yahoo.se', 'yahoo.co.uk',
  // Belgium
  'skynet.be', 'telenet.be', 'proximus.be', 'scarlet.be', 'voo.be', 'base.be',
  // France
  'orange.fr', 'wanadoo.fr', 'free.fr', 'sfr.fr', 'neuf.fr', 'laposte.net', 'bbox.fr', 'club-internet.fr', 'aliceadsl.fr',
  // Netherlands
  'ziggo.nl', 'kpnmail.nl', 'kpnplanet.nl', 'planet.nl', 'home.nl', 'hetnet.nl', 'xs4all.nl', 'casema.nl', 'chello.nl', 'upcmail.nl',
  // Germany, Austria, Switzerland
  'web.de', 'gmx.de', 'gmx.net', 'gmx.at', 'gmx.ch', 't-online.de', 'freenet.de', 'arcor.de', 'posteo.de', 'mail.de', 'bluewin.ch',
  // Spain
  'telefonica.net', 'movistar.es', 'terra.es',
  // Sweden
  'telia.com', 'bredband.net', 'comhem.se', 'spray.se', 'bahnhof.se',
  // United Kingdom
  'btinternet.com', 'sky.com', 'virginmedia.com', 'talktalk.net', 'ntlworld.com',
  // United States
  'comcast.net', 'verizon.net', 'att.net', 'sbcglobal.net',
];

/**
 * Providers that only ever hand out addresses under one domain: "gmail.fr" or "icloud.be" is a
 * slip for the real one even though the edit distance is large.
 */
export const SINGLE_DOMAIN_PROVIDERS: Readonly<Record<string, string>> = {
  gmail: 'gmail.com',
  googlemail: 'googlemail.com',
  icloud: 'icloud.com',
};

/**
 * Disposable ("throw-away") mailbox services: anyone who knows the address can read the inbox,
 * so nothing about a debt may be sent there. Subdomains count too (x.mailinator.com).
 */
export const DISPOSABLE_EMAIL_DOMAINS: readonly string[] = [
  'mailinator.com', 'guerrillamail.com', 'guerrillamail.net', 'sharklasers.com', '10minutemail.com', 'yopmail.com',
  'yopmail.fr', 'yopmail.net', 'trashmail.com', 'trashmail.de', 'temp-mail.org', 'tempmail.com', 'getnada.com',
  'maildrop.cc', 'dispostable.com', 'throwawaymail.com', 'fakeinbox.com', 'mailnesia.com', 'mytemp.email',
  'emailondeck.com', 'discard.email', 'mintemail.com', 'jetable.org', 'wegwerfmail.de', 'spambog.com', 'mohmal.com',
];

/** Words that name a throw-away service when they appear in a domain label (tempmail-xyz.net). */
export const DISPOSABLE_HINTS: readonly string[] = ['mailinator', 'yopmail', 'tempmail', 'temp-mail', 'trashmail', 'throwaway', 'wegwerf', 'jetable', '10minute', 'disposable', 'guerrillamail'];

/**
 * Domains reserved by RFC 2606 / RFC 6761 for examples and tests: no real mailbox lives there.
 * Matched on the whole domain or its last label (a@shop.example, a@x.test).
 */
export const RESERVED_EMAIL_DOMAINS: readonly string[] = ['example.com', 'example.net', 'example.org'];
export const RESERVED_TOP_LEVEL_DOMAINS: readonly string[] = ['example', 'test', 'invalid', 'localhost', 'local'];
