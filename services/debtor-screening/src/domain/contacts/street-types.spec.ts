import { expandStreetTypes } from './street-types';

describe('expandStreetTypes', () => {
  it.each([
    // French
    ['FR', '12 av. de la République', '12 avenue de la République'],
    ['FR', '12 Av. Foch', '12 Avenue Foch'],
    ['FR', '3 BD HAUSSMANN', '3 BOULEVARD HAUSSMANN'],
    ['FR', '3 bd Haussmann', '3 boulevard Haussmann'],
    ['FR', '5, r. de la Paix', '5, rue de la Paix'],
    ['FR', '8 pl. Bellecour', '8 place Bellecour'],
    ['FR', 'Imp. des Lilas', 'Impasse des Lilas'],
    ['FR', '1 rte de Lyon', '1 route de Lyon'],
    ['FR', '10 fbg Saint-Antoine', '10 faubourg Saint-Antoine'],
    // Belgium: French and Dutch
    ['BE', 'Chée de Waterloo 100', 'Chaussée de Waterloo 100'],
    ['BE', 'Av. Louise 54', 'Avenue Louise 54'],
    ['BE', 'Kalverstr. 12', 'Kalverstraat 12'],
    ['BE', 'Gentse Stwg 10', 'Gentse Steenweg 10'],
    ['BE', 'Brusselsestwg. 10', 'Brusselsesteenweg 10'],
    ['BE', 'pl. Flagey 7', 'place Flagey 7'],
    ['BE', 'Rue Mgr. Heylen 3', 'Rue Mgr. Heylen 3'],
    // Dutch
    ['NL', 'Kalverstr. 92', 'Kalverstraat 92'],
    ['NL', 'Kalverstr 92', 'Kalverstraat 92'],
    ['NL', 'Keizersgr. 1', 'Keizersgracht 1'],
    ['NL', 'Muntpl. 2', 'Muntplein 2'],
    ['NL', 'KALVERSTR. 92', 'KALVERSTRAAT 92'],
    // German
    ['DE', 'Hauptstr. 5', 'Hauptstraße 5'],
    ['DE', 'Berliner Str. 5a', 'Berliner Straße 5a'],
    ['DE', 'HAUPTSTR. 5', 'HAUPTSTRASSE 5'],
    ['DE', 'Marienpl. 1', 'Marienplatz 1'],
    ['AT', 'Mariahilfer Str. 1', 'Mariahilfer Straße 1'],
    ['CH', 'Bahnhofstr. 1', 'Bahnhofstrasse 1'],
    // Spanish
    ['ES', 'C/ Mayor 5', 'Calle Mayor 5'],
    ['ES', 'C/Mayor 5', 'Calle Mayor 5'],
    ['ES', 'c/ mayor 5', 'calle mayor 5'],
    ['ES', 'Avda. de América 3', 'Avenida de América 3'],
    ['ES', 'Avda de América 3', 'Avenida de América 3'],
    ['ES', 'Pza. Mayor 1', 'Plaza Mayor 1'],
    ['ES', 'Pº de la Castellana 100', 'Paseo de la Castellana 100'],
    ['ES', 'Ctra. de Valencia km 7', 'Carretera de Valencia km 7'],
    ['ES', 'C/ Real s/n', 'Calle Real s/n'],
    // English: the type follows the name
    ['GB', '10 Downing St', '10 Downing Street'],
    ['GB', '221b Baker St.', '221b Baker Street'],
    ['GB', '12 High St, Flat 3', '12 High Street, Flat 3'],
    ['GB', 'St. Mary\u2019s Rd 4', 'St. Mary\u2019s Road 4'],
    ['GB', '4 St Mary\u2019s Rd', '4 St Mary\u2019s Road'],
    ['GB', 'Flat 3, 12 St. Mary\u2019s Rd', 'Flat 3, 12 St. Mary\u2019s Road'],
    ['GB', '7 Station Rd', '7 Station Road'],
    ['US', '1600 Pennsylvania Ave NW', '1600 Pennsylvania Avenue NW'],
    ['US', '12 Elm St Apt 4', '12 Elm Street Apt 4'],
    ['US', 'Dr. Martin Luther King Jr. Blvd 5', 'Dr. Martin Luther King Jr. Boulevard 5'],
    // Swedish
    ['SE', 'Drottningg. 5', 'Drottninggatan 5'],
    ['SE', 'Storgatan 5', 'Storgatan 5'],
  ])('%s: %s → %s', (country, line, expected) => {
    expect(expandStreetTypes(line, country)).toBe(expected);
  });

  it.each([
    ['FR', 'Kalverstr. 12', 'Dutch endings are not French'],
    ['NL', 'av. Foch 12', 'French words are not Dutch'],
    ['ES', 'c/o Ana 5', 'care of, not calle'],
    ['PL', 'ul. Marszałkowska 1', 'a country without a table'],
    ['FR', 'Résidence Les Pins', 'no abbreviation'],
  ])('%s: leaves %s alone (%s)', (country, line) => {
    expect(expandStreetTypes(line, country)).toBe(line);
  });
});
