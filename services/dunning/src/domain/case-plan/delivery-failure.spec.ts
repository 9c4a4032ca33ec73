import { losesChannel } from './delivery-failure';

describe('losesChannel', () => {
  it('drops a channel whose recipient does not exist or opted out, when retrying cannot help', () => {
    expect(losesChannel('INVALID_RECIPIENT', true)).toBe(true);
    expect(losesChannel('SUPPRESSED', true)).toBe(true);
  });

  it('keeps it for a failure that may pass, or one that says nothing about the debtor', () => {
    expect(losesChannel('INVALID_RECIPIENT', false)).toBe(false);
    expect(losesChannel('PROVIDER_ERROR', true)).toBe(false);
    expect(losesChannel('NOT_ALLOWED', true)).toBe(false);
    expect(losesChannel('TEMPLATE_MISSING', true)).toBe(false);
  });
});
