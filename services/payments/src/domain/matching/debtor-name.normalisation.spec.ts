import { normaliseDebtorName, sameDebtorName } from './debtor-name.normalisation';

describe('debtor name normalisation', () => {
  it.each([
    ['Schäfer, Jürgen', 'JURGEN SCHAFER'],
    ['Bakkerij De Vries B.V.', 'bakkerij de vries'],
    ['Bakkerij de Vries BV', 'De Vries Bakkerij N.V.'],
    ['Müller Anlagenbau GmbH', 'MULLER ANLAGENBAU'],
    ['Andersson Bygg AB', 'Andersson Bygg'],
    ['DURAND ELECTRICITE SARL', 'Durand Électricité S.A.R.L.'],
    ['LAMBERT MARIE', 'Marie Lambert'],
    ['Straße GmbH & Co. KG', 'strasse'],
    ['Øster Aps', 'oster'],
  ])('%j and %j are the same debtor', (a, b) => {
    expect(sameDebtorName(a, b)).toBe(true);
  });

  it.each([
    ['Jan Peeters', 'Jan Peters'],
    ['Marie Lambert', 'Marie Lambert-Dubois'],
    ['', ''],
  ])('%j and %j are not the same debtor', (a, b) => {
    expect(sameDebtorName(a, b)).toBe(false);
  });

  it('keeps initials apart from the surname and a name made only of a legal form', () => {
    expect(normaliseDebtorName('J. de Boer')).toBe('boer de j');
    expect(normaliseDebtorName('AB')).toBe('ab');
  });

  it('matches nothing when a name is missing', () => {
    expect(sameDebtorName(undefined, 'Jan Peeters')).toBe(false);
  });
});
