// Debtor contacts (screening, DESIGN.md §2 step 2): phones, e-mails and postal addresses checked
// and normalised, and the channels they make usable.
export { isPhoneProblem, normalisePhone, smsAllowed } from './phone-number';
export type { NormalisedPhone, PhoneCheck, PhoneProblem, PhoneProblemCode, PhoneType } from './phone-number';
export { checkEmail } from './email-address';
export type { EmailCheck, EmailProblem, EmailProblemCode, EmailVerdict } from './email-address';
export { normaliseAddress } from './postal-address';
export type { AddressCheck, AddressReason, AddressReasonCode, AddressVerdict, PostalAddress } from './postal-address';
export { allowedChannels, CHANNELS } from './channel-eligibility';
export type { Channel, ChannelDecision, ChannelEligibility, ChannelReason, ChannelReasonCode, ContactChecks } from './channel-eligibility';
