import { hasHouseNumber, isPoBoxLine } from './delivery-rules';

describe('isPoBoxLine', () => {
  it.each(['PO Box 123', 'P.O. Box 45', 'p.o.box 7', 'Post Office Box 9', 'Box 123', 'BP 123', 'B.P. 45', 'Boîte postale 12', 'CS 90001', 'TSA 12345', 'Postbus 1000', 'Postfach 10 01 01', 'Apartado de Correos 12', 'Apdo. 45', 'Casella postale 3'])(
    '%s is a PO box',
    (line) => {
      expect(isPoBoxLine(line)).toBe(true);
    },
  );

  it.each(['Rue de la Loi 16 bte 3', 'Avenue Louise 54 boîte 12', 'Boxtelseweg 12', '12 Boxhill Road', 'Postbusweg 1', 'Rue du BPost 4', 'Bpstraat 1'])('%s is a street line', (line) => {
    expect(isPoBoxLine(line)).toBe(false);
  });
});

describe('hasHouseNumber', () => {
  it.each(['Rue de la Loi 16', '12 avenue Foch', 'Hauptstraße 5a', 'Kerkstraat 12-14', 'Calle Real s/n', 'Calle Real S/N, bajo'])('%s has a number', (line) => {
    expect(hasHouseNumber(line)).toBe(true);
  });

  it.each(['Lieu-dit Les Granges', 'Le Bourg', 'Kerkstraat', 'Calle Real', 'Casa/Nueva'])('%s has none', (line) => {
    expect(hasHouseNumber(line)).toBe(false);
  });
});
