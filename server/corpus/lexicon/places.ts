/**
 * States and countries, the second place of "Stacy Baker of Columbia, South Carolina" and "Lina Haddad
 * of Raqqa, Syria": a closed list, so that "Ted Cruz of Texas, Trump told a crowd, is …" (a person after
 * the comma) is never read as a town and its state. Countries come from the runtime's own region names
 * (ICU, through `Intl.DisplayNames`); the states of the United States, with the abbreviations the AP
 * stylebook gives them, and Canada's provinces and Australia's states are listed here.
 */

const US_STATES =
  'Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming'.split(' ');
const US_STATES_OF_TWO_WORDS = ['New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Rhode Island', 'South Carolina', 'South Dakota', 'West Virginia', 'District of Columbia', 'Puerto Rico'];
/** Canada's provinces and territories and Australia's states, as often the second place of a town. */
const PROVINCES = ['Alberta', 'British Columbia', 'Manitoba', 'New Brunswick', 'Newfoundland and Labrador', 'Nova Scotia', 'Ontario', 'Prince Edward Island', 'Quebec', 'Saskatchewan', 'Yukon', 'Nunavut', 'Northwest Territories', 'New South Wales', 'Victoria', 'Queensland', 'South Australia', 'Western Australia', 'Tasmania'];
/** The AP stylebook's state abbreviations ("Raleigh, N.C."), and D.C. */
const AP_ABBREVIATIONS = 'Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo. D.C.'.split(' ');

let places: Set<string> | null = null;

/** The region names the runtime knows in English, for every two-letter code ("Syria", "South Korea"). */
function countries(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region' });
  const out: string[] = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        continue;
      }
      if (!name || name === code) continue;
      // "Congo - Kinshasa" is written "Congo"; "Bosnia & Herzegovina" also with "and".
      out.push(name.split(' - ')[0]!, name.replace(' & ', ' and '));
    }
  }
  return out;
}

/** True when `name` (as written, full stops and all; any case) is a US state, a Canadian province, an Australian state or a country. */
export function isStateOrCountry(name: string): boolean {
  places ??= new Set([...US_STATES, ...US_STATES_OF_TWO_WORDS, ...PROVINCES, ...AP_ABBREVIATIONS, ...countries()].map((p) => p.toLowerCase()));
  return places.has(name.toLowerCase());
}
