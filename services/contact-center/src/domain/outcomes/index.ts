export {
  CONTACT_CHANNELS,
  CONTACT_RESULTS,
  MAX_CALLBACK_MS,
  MAX_MINUTES_SPENT,
  MAX_NOTE_LENGTH,
  MAX_PROMISE_DAYS,
  isContactResult,
  validateOutcome,
  type ContactChannel,
  type ContactResult,
  type OutcomeInput,
} from './contact-outcome';
