import { findReferencesInText } from './find-references-in-text';

describe('findReferencesInText', () => {
  it('finds a framed OGM and a spaced RF in remittance information', () => {
    expect(findReferencesInText('Betaling +++090/9337/55493+++ en RF18 5390 0754 7034 INV 2024-17')).toEqual([
      { scheme: 'OGM', reference: '090933755493' },
      { scheme: 'RF', reference: 'RF18539007547034' },
    ]);
  });

  it('accepts the *** frame, bare digits and lower-case RF', () => {
    expect(findReferencesInText('***123/4567/89002*** / ref rf712348231')).toEqual([
      { scheme: 'OGM', reference: '123456789002' },
      { scheme: 'RF', reference: 'RF712348231' },
    ]);
    expect(findReferencesInText('COMM. 090933755493 MERCI')).toEqual([{ scheme: 'OGM', reference: '090933755493' }]);
  });

  it('keeps only candidates whose check digits hold', () => {
    expect(findReferencesInText('+++090/9337/55494+++ RF19539007547034')).toEqual([]);
  });

  it('ignores twelve digits inside a longer number', () => {
    expect(findReferencesInText('account 1090933755493 and BE68539007547034')).toEqual([]);
  });

  it('reports a reference once when it is repeated', () => {
    expect(findReferencesInText('RF78CASE42 RF78 CASE 42 rf78case42')).toEqual([{ scheme: 'RF', reference: 'RF78CASE42' }]);
  });

  it('does not cut a reference inside a word that follows it', () => {
    expect(findReferencesInText('RF712348231INVOICE')).toEqual([]);
  });
});

describe('findReferencesInText: a printed RF reference followed by a word', () => {
  it('stops where the print grouping ends even when a longer cut happens to pass the check', () => {
    // "RF70 9297 1261 90" is valid, and so (by chance, 1 in 97) is RF709297126190FACTUUR.
    expect(findReferencesInText('Betaling RF70 9297 1261 90 factuur F-1')).toEqual([{ scheme: 'RF', reference: 'RF709297126190' }]);
  });
});
