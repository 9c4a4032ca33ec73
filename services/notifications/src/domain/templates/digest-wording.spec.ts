import { LANGUAGES } from '../message';
import { composeDigest } from './digest-wording';

describe('composeDigest', () => {
  const messages = [
    { subject: 'Our recommendation – reference A', text: 'Close case 1.', html: '<p>Close case 1.</p>' },
    { subject: 'Remittance <42>', text: 'Paid out 10.00.', html: '<p>Paid out 10.00.</p>' },
  ];

  it('keeps every message whole, under its own subject, in order', () => {
    const digest = composeDigest('en', 'Acme Recovery', messages);
    expect(digest.subject).toBe('Acme Recovery: your daily summary (2 messages)');
    expect(digest.text.indexOf('1. Our recommendation – reference A\n\nClose case 1.')).toBeLessThan(digest.text.indexOf('2. Remittance <42>\n\nPaid out 10.00.'));
    expect(digest.html).toContain('<h2>2. Remittance &lt;42&gt;</h2>\n<p>Paid out 10.00.</p>');
  });

  it('is worded in every language, singular and plural', () => {
    for (const language of LANGUAGES) {
      const one = composeDigest(language, 'Acme', messages.slice(0, 1));
      const two = composeDigest(language, 'Acme', messages);
      expect(one.subject).toContain('(1 ');
      expect(two.subject).toContain('(2 ');
      expect(one.text).not.toBe(two.text.split('\n\n----------\n\n')[0]);
    }
  });
});
