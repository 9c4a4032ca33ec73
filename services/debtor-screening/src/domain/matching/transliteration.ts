/**
 * Letters that Unicode decomposition does not reduce to ASCII, and the Cyrillic and Greek
 * alphabets, written the way registers and passports in our countries usually spell them.
 * We keep this table rather than add a package such as `any-ascii`: names need a few dozen
 * letters, and the rules stay visible and reviewable here. Accented letters (é, ü, å, ñ, й, ά ...)
 * need no entry: decomposition plus dropping the marks handles them first.
 */
const LETTERS: Record<string, string> = {
  // Latin letters with no decomposition. foldText handles ß, ø and æ itself.
  œ: 'oe', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŋ: 'n', ſ: 's', ĸ: 'k',
  // Cyrillic (Russian, Ukrainian, Bulgarian, Serbian).
  а: 'a', б: 'b', в: 'v', г: 'g', ґ: 'g', д: 'd', е: 'e', є: 'ye', ж: 'zh', з: 'z', и: 'i', і: 'i', ј: 'j', к: 'k', л: 'l',
  љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ћ: 'c', у: 'u', ф: 'f', х: 'kh', ц: 'ts',
  ч: 'ch', џ: 'dz', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya', ђ: 'dj',
  // Greek (ου is ou, replaced before these).
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x',
  ο: 'o', π: 'p', ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};

/** Apostrophes join what they separate: O'Brien → OBrien, D'Hondt → DHondt, van 't Hof → van t Hof. */
const APOSTROPHES = /['\u2018\u2019\u02bc`\u00b4]/g;

/** Lower case, marks dropped, apostrophes and the Catalan middle dot (l·l) removed, letters above spelled in Latin. */
export function transliterate(value: string): string {
  return value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(APOSTROPHES, '')
    .replace(/\u00b7/g, '')
    .replace(/ου/g, 'ou')
    .replace(/[^\p{ASCII}]/gu, (letter) => LETTERS[letter] ?? letter);
}
