import { ConfigurationError, loadConfig } from '@collections/observability';
import { PaymentsConfig } from './payments.config';

const env = { NODE_ENV: 'test', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/payments', KAFKA_BROKERS: '127.0.0.1:9092', OPERATOR_TOKEN: 'payments-operator-token' };

describe('AGENCY_CURRENCY_ACCOUNTS', () => {
  it('gives the agency an account per currency, under its name', () => {
    const config = loadConfig(PaymentsConfig, { ...env, AGENCY_CURRENCY_ACCOUNTS: 'SEK=SE7160000000000123456789:FICTSESS,GBP=GB29NWBK60161331926819:NWBKGB2LXXX' });
    expect([...config.agencyCurrencyAccounts]).toEqual([
      ['SEK', { name: 'Acme Recovery SRL', iban: 'SE7160000000000123456789', bic: 'FICTSESS', currency: 'SEK' }],
      ['GBP', { name: 'Acme Recovery SRL', iban: 'GB29NWBK60161331926819', bic: 'NWBKGB2LXXX', currency: 'GBP' }],
    ]);
  });

  it('is optional', () => {
    expect(loadConfig(PaymentsConfig, env).agencyCurrencyAccounts.size).toBe(0);
  });

  it.each(['SEK=SE7160000000000123456789', 'SEK:SE7160000000000123456789:FICTSESS', 'sek=SE7160000000000123456789:FICTSESS'])('refuses %s at start-up, naming the variable', (value) => {
    expect(() => loadConfig(PaymentsConfig, { ...env, AGENCY_CURRENCY_ACCOUNTS: value })).toThrow(ConfigurationError);
    expect(() => loadConfig(PaymentsConfig, { ...env, AGENCY_CURRENCY_ACCOUNTS: value })).toThrow(/AGENCY_CURRENCY_ACCOUNTS/);
  });
});
