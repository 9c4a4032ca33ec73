/**
 * What a debtor looks like in each of the eight countries of ../shared/COUNTRY-RULES.md: currency,
 * languages, towns with real postcodes (and the region where the post wants one), street names,
 * given and family names, company legal forms and trades, e-mail providers and phone number ranges.
 * Fictional people at real-looking addresses; the names are the most common in each country.
 */
export const DEMO_COUNTRIES = ['BE', 'FR', 'NL', 'DE', 'ES', 'SE', 'GB', 'US'] as const;
export type DemoCountry = (typeof DEMO_COUNTRIES)[number];

export interface Town {
  locality: string;
  postalCode: string;
  region?: string;
  /** The debtor's language there, when the country has several (Belgium). */
  language?: string;
}

export interface CountryProfile {
  currency: 'EUR' | 'SEK' | 'GBP' | 'USD';
  /** Minor units per EUR cent, roughly (amounts are drawn in EUR and converted). */
  perEuro: number;
  /** BCP 47 tag of the debtor's language unless the town says otherwise. */
  language: string;
  towns: Town[];
  /** Streets; `{n}` is the house number, written where the country's post writes it. */
  streets: Record<string, string[]>;
  givenNames: Record<string, string[]>;
  familyNames: Record<string, string[]>;
  /** Company name patterns: `{family}` and `{town}` are filled in; the legal form is appended. */
  trades: Record<string, string[]>;
  legalForms: Record<string, string[]>;
  emailProviders: string[];
  /** Top-level domain of company websites. */
  tld: string;
  /** National number patterns, `#` a random digit; checked with libphonenumber before use. */
  mobiles: string[];
  landlines: string[];
}

export const COUNTRY_PROFILES: Readonly<Record<DemoCountry, CountryProfile>> = {
  BE: {
    currency: 'EUR',
    perEuro: 1,
    language: 'nl-BE',
    towns: [
      { locality: 'Bruxelles', postalCode: '1000', language: 'fr-BE' },
      { locality: 'Ixelles', postalCode: '1050', language: 'fr-BE' },
      { locality: 'Antwerpen', postalCode: '2000', language: 'nl-BE' },
      { locality: 'Gent', postalCode: '9000', language: 'nl-BE' },
      { locality: 'Leuven', postalCode: '3000', language: 'nl-BE' },
      { locality: 'Brugge', postalCode: '8000', language: 'nl-BE' },
      { locality: 'Hasselt', postalCode: '3500', language: 'nl-BE' },
      { locality: 'Mechelen', postalCode: '2800', language: 'nl-BE' },
      { locality: 'Liège', postalCode: '4000', language: 'fr-BE' },
      { locality: 'Namur', postalCode: '5000', language: 'fr-BE' },
      { locality: 'Charleroi', postalCode: '6000', language: 'fr-BE' },
      { locality: 'Mons', postalCode: '7000', language: 'fr-BE' },
    ],
    streets: {
      nl: ['Kerkstraat {n}', 'Stationsstraat {n}', 'Molenstraat {n}', 'Dorpsstraat {n}', 'Nieuwstraat {n}', 'Kapelstraat {n}', 'Schoolstraat {n}', 'Lindelaan {n}'],
      fr: ['Rue de la Station {n}', "Rue de l'Église {n}", 'Avenue Louise {n}', 'Rue du Moulin {n}', 'Chaussée de Namur {n}', 'Rue Haute {n}', 'Rue des Écoles {n}', 'Place du Marché {n}'],
    },
    givenNames: {
      nl: ['Jan', 'Pieter', 'Lotte', 'Sofie', 'Thomas', 'Emma', 'Wout', 'Lien', 'Bram', 'Ine', 'Koen', 'Els'],
      fr: ['Marie', 'Julien', 'Camille', 'Nicolas', 'Sophie', 'Antoine', 'Laura', 'Maxime', 'Céline', 'François', 'Nathalie', 'Olivier'],
    },
    familyNames: {
      nl: ['Peeters', 'Janssens', 'Maes', 'Jacobs', 'Mertens', 'Willems', 'Claes', 'Goossens', 'Wouters', 'De Smet', 'Vermeulen', 'Van Damme'],
      fr: ['Dubois', 'Lambert', 'Dupont', 'Martin', 'Simon', 'Laurent', 'Leroy', 'Lejeune', 'Renard', 'Collignon', 'Lemaire', 'Gilson'],
    },
    trades: {
      nl: ['Bakkerij {family}', 'Bouwbedrijf {family}', 'Transport {family}', 'Garage {town}', 'Drukkerij {family}', 'Elektro {family}'],
      fr: ['Boulangerie {family}', 'Menuiserie {family}', 'Transports {family}', 'Garage de {town}', 'Imprimerie {family}', 'Brasserie {family}'],
    },
    legalForms: { nl: ['BV', 'NV', 'CommV'], fr: ['SRL', 'SA', 'SC'] },
    emailProviders: ['telenet.be', 'skynet.be', 'proximus.be', 'gmail.com', 'hotmail.be', 'outlook.be'],
    tld: 'be',
    mobiles: ['47# ## ## ##', '48# ## ## ##', '49# ## ## ##'],
    landlines: ['2 ### ## ##', '3 ### ## ##', '9 ### ## ##', '4 ### ## ##'],
  },
  FR: {
    currency: 'EUR',
    perEuro: 1,
    language: 'fr-FR',
    towns: [
      { locality: 'Paris', postalCode: '75011' },
      { locality: 'Paris', postalCode: '75015' },
      { locality: 'Lyon', postalCode: '69003' },
      { locality: 'Marseille', postalCode: '13008' },
      { locality: 'Toulouse', postalCode: '31000' },
      { locality: 'Nantes', postalCode: '44000' },
      { locality: 'Lille', postalCode: '59000' },
      { locality: 'Bordeaux', postalCode: '33000' },
      { locality: 'Strasbourg', postalCode: '67000' },
      { locality: 'Rennes', postalCode: '35000' },
      { locality: 'Montpellier', postalCode: '34000' },
    ],
    streets: { fr: ['{n} rue de la République', '{n} avenue Jean Jaurès', '{n} rue Victor Hugo', '{n} boulevard Pasteur', '{n} rue du Général Leclerc', '{n} place de la Mairie', '{n} rue des Lilas'] },
    givenNames: { fr: ['Camille', 'Léa', 'Hugo', 'Louis', 'Chloé', 'Manon', 'Lucas', 'Nathalie', 'Philippe', 'Isabelle', 'Sébastien', 'Aurélie'] },
    familyNames: { fr: ['Martin', 'Bernard', 'Thomas', 'Petit', 'Robert', 'Richard', 'Durand', 'Moreau', 'Lefèvre', 'Girard', 'Fournier', 'Mercier'] },
    trades: { fr: ['Transports {family}', 'Boulangerie {family}', 'Garage du Centre {town}', 'Menuiserie {family}', 'Plomberie {family}', 'Traiteur {family}'] },
    legalForms: { fr: ['SAS', 'SARL', 'SA', 'EURL'] },
    emailProviders: ['orange.fr', 'free.fr', 'sfr.fr', 'laposte.net', 'gmail.com', 'hotmail.fr', 'wanadoo.fr'],
    tld: 'fr',
    mobiles: ['6 ## ## ## ##', '7 8# ## ## ##'],
    landlines: ['1 ## ## ## ##', '4 ## ## ## ##', '5 ## ## ## ##'],
  },
  NL: {
    currency: 'EUR',
    perEuro: 1,
    language: 'nl-NL',
    towns: [
      { locality: 'Amsterdam', postalCode: '1017 CX' },
      { locality: 'Rotterdam', postalCode: '3011 AD' },
      { locality: 'Den Haag', postalCode: '2511 CV' },
      { locality: 'Utrecht', postalCode: '3511 AX' },
      { locality: 'Eindhoven', postalCode: '5611 AB' },
      { locality: 'Groningen', postalCode: '9711 LM' },
      { locality: 'Arnhem', postalCode: '6811 AA' },
      { locality: 'Haarlem', postalCode: '2011 AA' },
      { locality: 'Tilburg', postalCode: '5038 EA' },
    ],
    streets: { nl: ['Kerkstraat {n}', 'Hoofdstraat {n}', 'Dorpsstraat {n}', 'Molenweg {n}', 'Prinsengracht {n}', 'Stationsweg {n}', 'Julianalaan {n}', 'Beatrixstraat {n}'] },
    givenNames: { nl: ['Daan', 'Sanne', 'Lars', 'Femke', 'Bas', 'Anouk', 'Ruben', 'Eva', 'Jeroen', 'Marieke', 'Sem', 'Noor'] },
    familyNames: { nl: ['de Jong', 'Jansen', 'de Vries', 'van den Berg', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'de Boer', 'Mulder', 'Bos'] },
    trades: { nl: ['Bouwbedrijf {family}', 'Installatiebedrijf {family}', 'Transportbedrijf {family}', 'Bakkerij {family}', 'Schildersbedrijf {family}'] },
    legalForms: { nl: ['B.V.', 'V.O.F.', 'N.V.'] },
    emailProviders: ['ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'gmail.com', 'hotmail.nl', 'live.nl'],
    tld: 'nl',
    mobiles: ['6 ## ## ## ##'],
    landlines: ['20 ### ####', '10 ### ####', '30 ### ####'],
  },
  DE: {
    currency: 'EUR',
    perEuro: 1,
    language: 'de-DE',
    towns: [
      { locality: 'Berlin', postalCode: '10115' },
      { locality: 'Hamburg', postalCode: '20095' },
      { locality: 'München', postalCode: '80331' },
      { locality: 'Köln', postalCode: '50667' },
      { locality: 'Frankfurt am Main', postalCode: '60311' },
      { locality: 'Stuttgart', postalCode: '70173' },
      { locality: 'Düsseldorf', postalCode: '40213' },
      { locality: 'Leipzig', postalCode: '04109' },
      { locality: 'Dresden', postalCode: '01067' },
      { locality: 'Hannover', postalCode: '30159' },
    ],
    streets: { de: ['Hauptstraße {n}', 'Bahnhofstraße {n}', 'Schulstraße {n}', 'Gartenstraße {n}', 'Lindenstraße {n}', 'Goethestraße {n}', 'Bergstraße {n}', 'Am Markt {n}'] },
    givenNames: { de: ['Lukas', 'Anna', 'Jonas', 'Lena', 'Felix', 'Hannah', 'Stefan', 'Sabine', 'Michael', 'Julia', 'Tobias', 'Katrin'] },
    familyNames: { de: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Hoffmann', 'Schäfer', 'Koch', 'Richter'] },
    trades: { de: ['Schreinerei {family}', 'Bäckerei {family}', 'Spedition {family}', 'Autohaus {town}', 'Elektro {family}', 'Malerbetrieb {family}'] },
    legalForms: { de: ['GmbH', 'GmbH & Co. KG', 'UG (haftungsbeschränkt)', 'AG'] },
    emailProviders: ['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'freenet.de', 'posteo.de'],
    tld: 'de',
    mobiles: ['151 ########', '160 #######', '170 ########', '176 ########'],
    landlines: ['30 ########', '40 ########', '89 ########', '221 #######'],
  },
  ES: {
    currency: 'EUR',
    perEuro: 1,
    language: 'es-ES',
    towns: [
      { locality: 'Madrid', postalCode: '28013', region: 'Madrid' },
      { locality: 'Barcelona', postalCode: '08001', region: 'Barcelona' },
      { locality: 'Valencia', postalCode: '46001', region: 'Valencia' },
      { locality: 'Sevilla', postalCode: '41001', region: 'Sevilla' },
      { locality: 'Zaragoza', postalCode: '50001', region: 'Zaragoza' },
      { locality: 'Málaga', postalCode: '29001', region: 'Málaga' },
      { locality: 'Bilbao', postalCode: '48001', region: 'Bizkaia' },
      { locality: 'Alicante', postalCode: '03001', region: 'Alicante' },
      { locality: 'Murcia', postalCode: '30001', region: 'Murcia' },
      { locality: 'Valladolid', postalCode: '47001', region: 'Valladolid' },
    ],
    streets: { es: ['Calle Mayor {n}', 'Calle de Alcalá {n}', 'Avenida de la Constitución {n}', 'Calle Real {n}', 'Gran Vía {n}', 'Calle del Sol {n}', 'Plaza de España {n}'] },
    givenNames: { es: ['Lucía', 'Hugo', 'Martina', 'Pablo', 'Carmen', 'Javier', 'Elena', 'Alejandro', 'Laura', 'Sergio', 'Marta', 'Daniel'] },
    familyNames: { es: ['García López', 'Martínez Sánchez', 'Rodríguez Pérez', 'Fernández Gómez', 'González Ruiz', 'Sánchez Díaz', 'López Moreno', 'Pérez Muñoz', 'Gómez Álvarez', 'Martín Romero'] },
    trades: { es: ['Construcciones {family}', 'Transportes {family}', 'Panadería {family}', 'Talleres {town}', 'Distribuciones {family}', 'Reformas {family}'] },
    legalForms: { es: ['S.L.', 'S.A.'] },
    emailProviders: ['gmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es'],
    tld: 'es',
    mobiles: ['6## ### ###', '7## ### ###'],
    landlines: ['91 ### ## ##', '93 ### ## ##', '96 ### ## ##'],
  },
  SE: {
    currency: 'SEK',
    perEuro: 11.5,
    language: 'sv-SE',
    towns: [
      { locality: 'Stockholm', postalCode: '111 22' },
      { locality: 'Göteborg', postalCode: '411 05' },
      { locality: 'Malmö', postalCode: '211 20' },
      { locality: 'Uppsala', postalCode: '753 20' },
      { locality: 'Västerås', postalCode: '722 15' },
      { locality: 'Örebro', postalCode: '702 10' },
      { locality: 'Linköping', postalCode: '582 24' },
      { locality: 'Helsingborg', postalCode: '252 21' },
    ],
    streets: { sv: ['Storgatan {n}', 'Drottninggatan {n}', 'Kungsgatan {n}', 'Vasagatan {n}', 'Skolgatan {n}', 'Kyrkogatan {n}', 'Ringvägen {n}'] },
    givenNames: { sv: ['Erik', 'Anna', 'Lars', 'Karin', 'Johan', 'Maria', 'Anders', 'Emma', 'Oskar', 'Elin', 'Per', 'Sara'] },
    familyNames: { sv: ['Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson', 'Gustafsson', 'Lindberg', 'Berg'] },
    trades: { sv: ['{family} Bygg', '{family} Transport', '{town} Bageri', '{family} El & Service', '{family} Måleri'] },
    legalForms: { sv: ['AB', 'HB'] },
    emailProviders: ['telia.com', 'gmail.com', 'hotmail.se', 'bredband.net', 'live.se', 'comhem.se'],
    tld: 'se',
    mobiles: ['70 ### ## ##', '72 ### ## ##', '73 ### ## ##'],
    landlines: ['8 ### ### ##', '31 ### ## ##', '40 ### ## ##'],
  },
  GB: {
    currency: 'GBP',
    perEuro: 0.86,
    language: 'en-GB',
    towns: [
      { locality: 'London', postalCode: 'EC1A 1BB' },
      { locality: 'Manchester', postalCode: 'M1 1AE' },
      { locality: 'Birmingham', postalCode: 'B1 1AA' },
      { locality: 'Leeds', postalCode: 'LS1 4AP' },
      { locality: 'Bristol', postalCode: 'BS1 4DJ' },
      { locality: 'Liverpool', postalCode: 'L1 8JQ' },
      { locality: 'Edinburgh', postalCode: 'EH1 1YZ' },
      { locality: 'Glasgow', postalCode: 'G1 1XQ' },
    ],
    streets: { en: ['{n} High Street', '{n} Station Road', '{n} Church Lane', '{n} Victoria Road', '{n} Park Avenue', '{n} Mill Lane', '{n} Queens Road'] },
    givenNames: { en: ['Oliver', 'Amelia', 'George', 'Isla', 'Harry', 'Emily', 'Jack', 'Sophie', 'James', 'Charlotte', 'William', 'Grace'] },
    familyNames: { en: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Walker'] },
    trades: { en: ['{family} Logistics', '{family} & Sons Builders', '{town} Print Works', '{family} Electrical Services', '{family} Catering'] },
    legalForms: { en: ['Ltd', 'Limited', 'PLC'] },
    emailProviders: ['btinternet.com', 'sky.com', 'virginmedia.com', 'gmail.com', 'outlook.com', 'hotmail.co.uk'],
    tld: 'co.uk',
    mobiles: ['7700 9## ###', '7### ######'],
    landlines: ['20 7### ####', '161 ### ####', '121 ### ####'],
  },
  US: {
    currency: 'USD',
    perEuro: 1.08,
    language: 'en-US',
    towns: [
      { locality: 'New York', postalCode: '10001', region: 'NY' },
      { locality: 'Chicago', postalCode: '60601', region: 'IL' },
      { locality: 'Los Angeles', postalCode: '90012', region: 'CA' },
      { locality: 'Houston', postalCode: '77002', region: 'TX' },
      { locality: 'Boston', postalCode: '02108', region: 'MA' },
      { locality: 'Seattle', postalCode: '98101', region: 'WA' },
      { locality: 'Atlanta', postalCode: '30303', region: 'GA' },
      { locality: 'Denver', postalCode: '80202', region: 'CO' },
    ],
    streets: { en: ['{n} Main Street', '{n} Oak Avenue', '{n} Maple Drive', '{n} Elm Street', '{n} Washington Boulevard', '{n} Lake Street', '{n} Cedar Lane'] },
    givenNames: { en: ['Michael', 'Jennifer', 'David', 'Jessica', 'Christopher', 'Ashley', 'Matthew', 'Sarah', 'Daniel', 'Emily', 'Robert', 'Megan'] },
    familyNames: { en: ['Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Anderson', 'Taylor'] },
    trades: { en: ['{family} Plumbing', '{family} Construction', '{town} Auto Repair', '{family} Trucking', '{family} Landscaping'] },
    legalForms: { en: ['LLC', 'Inc.', 'Corp.'] },
    emailProviders: ['gmail.com', 'comcast.net', 'verizon.net', 'att.net', 'outlook.com', 'yahoo.com'],
    tld: 'com',
    mobiles: ['212 5## ####', '312 6## ####', '415 7## ####', '617 8## ####', '206 4## ####', '404 3## ####'],
    landlines: ['212 4## ####', '312 8## ####', '713 2## ####', '303 5## ####'],
  },
};

/** The primary language subtag of a BCP 47 tag (`nl-BE` → `nl`). */
export const primaryLanguage = (tag: string): string => tag.split('-')[0]!.toLowerCase();

export const COUNTRY_CALLING_CODES: Readonly<Record<DemoCountry, string>> = {
  BE: '32',
  FR: '33',
  NL: '31',
  DE: '49',
  ES: '34',
  SE: '46',
  GB: '44',
  US: '1',
};
