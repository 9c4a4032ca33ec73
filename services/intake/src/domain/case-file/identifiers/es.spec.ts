import { checkCompanyNumber, checkNationalId } from './index';

describe('ES DNI / NIE', () => {
  it.each([
    ['54362315-K', 'DNI, published example'],
    ['54362315k', 'DNI, lower-case letter'],
    ['00000000T', 'DNI 0 takes T'],
    ['x-2482300w', 'NIE with X, published example'],
    ['Y2482300Q', 'NIE with Y read as 1'],
    ['Z2482300F', 'NIE with Z read as 2'],
  ])('accepts %s (%s)', (value) => {
    expect(checkNationalId('ES', value)).toBeNull();
  });

  it.each([
    ['5436231K', '7 digits'],
    ['54362315', 'no letter'],
    ['543623150K', '9 digits'],
    ['W2482300W', 'NIE prefix W'],
    ['X24823000W', 'NIE with 8 digits'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkNationalId('ES', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each([
    ['54362315Z', 'published invalid DNI'],
    ['X2482300A', 'published invalid NIE'],
    ['Y2482300W', 'letter of the X number on a Y number'],
  ])('rejects %s as INVALID_CHECK_DIGIT (%s)', (value) => {
    expect(checkNationalId('ES', value)).toEqual({ code: 'INVALID_CHECK_DIGIT', message: 'control letter does not match the number' });
  });
});

describe('ES CIF', () => {
  it.each([
    ['A13585625', 'SA with digit control (published example)'],
    ['A-13585625', 'with a dash'],
    ['J99216582', 'J with digit control (published example)'],
    ['J9921658B', 'J with the equivalent letter control'],
    ['Q2826000H', 'Agencia Tributaria: public body, letter control'],
    ['P2807900B', 'Ayuntamiento de Madrid: local authority, letter control'],
    ['S2833002E', 'state body, letter control'],
  ])('accepts %s (%s)', (value) => {
    expect(checkCompanyNumber('ES', value)).toBeNull();
  });

  it.each([
    ['I1358562', 'I is no entity letter, and too short'],
    ['I13585625', 'I is no entity letter'],
    ['A1358562', '8 characters'],
    ['A135856255', '10 characters'],
    ['A1358562K', 'K is no control character'],
    ['54362315K', 'a DNI is not a CIF'],
  ])('rejects %s as INVALID_FORMAT (%s)', (value) => {
    expect(checkCompanyNumber('ES', value)?.code).toBe('INVALID_FORMAT');
  });

  it.each([
    ['J99216583', 'wrong digit (published invalid example)'],
    ['J9921658C', 'wrong letter'],
    ['A1358562E', 'SA must use the digit, not the letter'],
    ['Q28260008', 'public body must use the letter, not the digit'],
  ])('rejects %s as INVALID_CHECK_DIGIT (%s)', (value) => {
    expect(checkCompanyNumber('ES', value)?.code).toBe('INVALID_CHECK_DIGIT');
  });
});
