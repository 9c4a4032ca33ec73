import { normaliseSmsText, smsLength } from './sms-encoding';

describe('smsLength', () => {
  it('counts a GSM-7 text in septets: 160 fit one SMS, 161 need two segments of 153', () => {
    expect(smsLength('a'.repeat(160))).toEqual({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(smsLength('a'.repeat(161))).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    expect(smsLength('a'.repeat(306))).toEqual({ encoding: 'GSM-7', units: 306, segments: 2 });
    expect(smsLength('a'.repeat(307))).toEqual({ encoding: 'GSM-7', units: 307, segments: 3 });
    expect(smsLength('a'.repeat(459)).segments).toBe(3);
    expect(smsLength('a'.repeat(460)).segments).toBe(4);
  });

  it('keeps GSM-7 for the accented letters of the basic set (é è à ù ä ö ü ñ å ß É Ç)', () => {
    expect(smsLength('é è à ù ì ò ä ö ü ñ å æ ø ß É Ç Ä Ö Ü Ñ Å').encoding).toBe('GSM-7');
  });

  it('counts the extension characters (€ [ ] { } \\ ~ ^ |) as two septets and never splits them', () => {
    expect(smsLength('€')).toEqual({ encoding: 'GSM-7', units: 2, segments: 1 });
    expect(smsLength('a'.repeat(159) + '€')).toEqual({ encoding: 'GSM-7', units: 161, segments: 2 });
    // 152 + a two-septet character does not fit the first 153-septet segment
    expect(smsLength('a'.repeat(152) + '€' + 'a'.repeat(152)).segments).toBe(3);
  });

  it('switches to UCS-2 for any other character: 70 in one SMS, 67 per segment', () => {
    expect(smsLength('ê'.repeat(70))).toEqual({ encoding: 'UCS-2', units: 70, segments: 1 });
    expect(smsLength('ê'.repeat(71))).toEqual({ encoding: 'UCS-2', units: 71, segments: 2 });
    expect(smsLength('ê'.repeat(201)).segments).toBe(3);
    expect(smsLength('ê'.repeat(202)).segments).toBe(4);
    expect(smsLength('août').encoding).toBe('UCS-2');
    expect(smsLength('información').encoding).toBe('UCS-2');
  });

  it('counts an emoji as two UCS-2 units and never splits it', () => {
    expect(smsLength('😀')).toEqual({ encoding: 'UCS-2', units: 2, segments: 1 });
    expect(smsLength('a'.repeat(66) + '😀' + 'a'.repeat(10)).segments).toBe(2);
  });
});

describe('normaliseSmsText', () => {
  it('turns the spaces and punctuation Intl and typography use into GSM-7 ones', () => {
    const amount = new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(1234.56);
    expect(smsLength(amount).encoding).toBe('UCS-2');
    expect(normaliseSmsText(amount)).toBe('1 234,56 €');
    expect(smsLength(normaliseSmsText(amount)).encoding).toBe('GSM-7');
    expect(normaliseSmsText('l’échéance – «\u00A0payée\u00A0»…')).toBe('l\'échéance - " payée "...');
  });
});
