import { caseLocality } from './locality-case';

describe('caseLocality', () => {
  it.each([
    ['BE', 'BRUXELLES', 'Bruxelles'],
    ['BE', 'saint-josse-ten-noode', 'Saint-Josse-ten-Noode'],
    ['BE', 'LOUVAIN-LA-NEUVE', 'Louvain-la-Neuve'],
    ['BE', 'LA LOUVIÈRE', 'La Louvière'],
    ['BE', "BRAINE-L'ALLEUD", "Braine-l'Alleud"],
    ['BE', 'SINT-PIETERS-LEEUW', 'Sint-Pieters-Leeuw'],
    ['BE', 'HEIST-OP-DEN-BERG', 'Heist-op-den-Berg'],
    ['BE', 'DE PANNE', 'De Panne'],
    ['FR', 'PARIS', 'Paris'],
    ['FR', 'LE HAVRE', 'Le Havre'],
    ['FR', "L'HAŸ-LES-ROSES", "L'Haÿ-les-Roses"],
    ['FR', 'AIX-EN-PROVENCE', 'Aix-en-Provence'],
    ['FR', 'BOULOGNE-SUR-MER', 'Boulogne-sur-Mer'],
    ['FR', 'VILLE-D\u2019AVRAY', 'Ville-d\u2019Avray'],
    ['FR', 'saint-étienne', 'Saint-Étienne'],
    ['NL', "'S-HERTOGENBOSCH", "'s-Hertogenbosch"],
    ['NL', 'DEN HAAG', 'Den Haag'],
    ['NL', 'ALPHEN AAN DEN RIJN', 'Alphen aan den Rijn'],
    ['NL', 'BERGEN OP ZOOM', 'Bergen op Zoom'],
    ['NL', 'ijmuiden', 'IJmuiden'],
    ['NL', 'CAPELLE AAN DEN IJSSEL', 'Capelle aan den IJssel'],
    ['DE', 'FRANKFURT AM MAIN', 'Frankfurt am Main'],
    ['DE', 'MÜLHEIM AN DER RUHR', 'Mülheim an der Ruhr'],
    ['DE', 'HALLE (SAALE)', 'Halle (Saale)'],
    ['DE', 'FREIBURG IM BREISGAU', 'Freiburg im Breisgau'],
    ['ES', 'ALCALÁ DE HENARES', 'Alcalá de Henares'],
    ['ES', 'LAS PALMAS DE GRAN CANARIA', 'Las Palmas de Gran Canaria'],
    ['ES', 'VILANOVA I LA GELTRÚ', 'Vilanova i la Geltrú'],
    ['ES', "L'HOSPITALET DE LLOBREGAT", "L'Hospitalet de Llobregat"],
    ['SE', 'UPPLANDS VÄSBY', 'Upplands Väsby'],
    ['GB', 'STRATFORD-UPON-AVON', 'Stratford-upon-Avon'],
    ['GB', 'NEWCASTLE UPON TYNE', 'Newcastle upon Tyne'],
    ['GB', 'SOUTHEND-ON-SEA', 'Southend-on-Sea'],
    ['GB', "BISHOP'S STORTFORD", "Bishop's Stortford"],
    ['US', 'NEW YORK', 'New York'],
    ['US', "o'fallon", "O'Fallon"],
    ['US', 'WINSTON-SALEM', 'Winston-Salem'],
    ['US', 'IJAMSVILLE', 'Ijamsville'],
  ])('%s: %s → %s', (country, raw, expected) => {
    expect(caseLocality(raw, country)).toBe(expected);
  });

  it.each([
    ['US', 'McAllen'],
    ['NL', 'IJmuiden'],
    ['BE', 'Saint-Josse-ten-Noode'],
    ['FR', 'Paris'],
  ])('%s: keeps mixed-case %s as written', (country, raw) => {
    expect(caseLocality(raw, country)).toBe(raw);
  });

  it('leaves digits and punctuation alone', () => {
    expect(caseLocality('PARIS 15E ARRONDISSEMENT', 'FR')).toBe('Paris 15e Arrondissement');
  });
});
