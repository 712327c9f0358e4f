/**
 * Words that decide whether a full stop ends a sentence: abbreviations by how they behave, words that
 * usually open a sentence, prepositions that open a phrase, and Arabic/Farsi verbs of saying.
 * Every word is compared lower-cased, without its final full stop.
 */

/**
 * How an abbreviation behaves before the next word:
 * - `title` stands before a name (Mr. Smith, Gen. Soleimani, Mt. Fuji): never ends a sentence before a word;
 * - `may-end` often closes a sentence (Co., Inc., Jr., U.S., a.m.): ends one only before a word that
 *   usually opens a sentence (They, How, The...);
 * - `never-end` sits inside a sentence (e.g., vs., approx.);
 * - `number` stands before a number (No. 5, p. 55, N°. 12) and ends a sentence before anything else;
 * - `list` closes an enumeration (etc., إلخ): ends a sentence before anything but lower case.
 */
export type AbbreviationKind = 'title' | 'may-end' | 'never-end' | 'number' | 'list';

const KINDS = new Map<string, AbbreviationKind>();
const add = (kind: AbbreviationKind, words: string) => {
  for (const w of words.split(' ')) KINDS.set(w, kind);
};
add(
  'title',
  'mr mrs ms mx messrs mme mlle dr prof gen lt col maj capt cpt sgt cpl pvt spc adm cmdr cdr brig ens gov sen ' +
    'rep pres amb rev fr msgr hon st mt ft det insp supt atty asst assoc rt lieut treas ald',
);
add(
  'may-end',
  'co corp inc ltd llc plc bros jr sr esq al dept univ assn est govt intl natl ibid cit ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
    'yr yrs hr hrs min mins sec secs km cm mm kg lb lbs oz mi',
);
add('never-end', 'vs v cf viz approx ca e.g i.e a.k.a incl excl esp resp fig figs eg ie');
add('number', 'no nos n° nº № p pp vol vols art arts para paras ch chap eq eqs ref refs tab pt pts ed');
add('list', 'etc إلخ الخ');

/** The kind of a known abbreviation (the word lower-cased, without its final stop), if it is one. */
export function abbreviationKind(word: string): AbbreviationKind | undefined {
  return KINDS.get(word);
}

/** English words that usually begin a sentence: after Co., U.S. or an initial they tell an end from a name. */
const STARTERS = new Set(
  ('a an the i he she it we they you this that these those there here his her its our their my your ' +
    'but and or so yet nor then thus hence however therefore moreover furthermore meanwhile nevertheless ' +
    'nonetheless instead also still besides otherwise indeed finally first second third next last later ' +
    'earlier today yesterday tomorrow now yes no not how what why when where who whom whose which whether ' +
    'did do does is are was were am be been can could will would shall should may might must has have had ' +
    'in on at for from with without by after before during since until as if although though while because ' +
    'of to under over among according despite unlike like about above below between into through within ' +
    'upon once unless whereas many most some all several other others such each every both either neither ' +
    'one two three few more much any none only just even please let mr mrs ms dr prof sir').split(' '),
);

/** Whether an English word (any case) usually opens a sentence. */
export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word.toLowerCase());
}

/** Lower-case words after which a single capital is an initial ("by J. Smith", "you and I."). */
const NAME_LEADS = new Set(
  ('by and or with from to of for said says told wrote asked dear named called including like as than ' +
    'judge president professor director minister secretary spokesman spokeswoman').split(' '),
);

/** Whether a capital letter after this lower-case word is more likely an initial than a letter naming a kind. */
export function isNameLead(word: string): boolean {
  return NAME_LEADS.has(word.toLowerCase().replace(/[,;:]$/u, ''));
}

/** Arabic and Farsi nouns after which a single letter names a kind (فيتامين د.) rather than abbreviating a title. */
const LETTER_LABELS = new Set(
  'فيتامين الفيتامين وفيتامين النوع نوع الفئة فئة المجموعة مجموعة الكبد الخطة خطة ویتامین نوع گروه هپاتیت طرح'.split(' '),
);

/** Whether a single Arabic-script letter after this word is a letter naming a kind. */
export function isLetterLabel(word: string): boolean {
  return LETTER_LABELS.has(word);
}

/** Arabic words that carry a sentence on after a date (توفي عام ١٩٦٥ م. في القاهرة). */
const CONTINUATIONS = new Set('في من إلى الى على عن حتى حيث عندما حين بعد قبل مع بينما أي أو بسبب'.split(' '));

/** Whether an Arabic word carries the sentence on after an era or hour abbreviation. */
export function isContinuation(word: string): boolean {
  return CONTINUATIONS.has(word);
}

/** Time zones, days and months that follow a.m. and p.m. inside a sentence ("10 a.m. Central European Time", "5 p.m. Friday"). */
const TIME_WORDS = new Set(
  ('eastern central pacific mountain atlantic local gmt utc est edt cst cdt mst mdt pst pdt bst cet cest eet ist jst et ct pt ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december').split(' '),
);

/** Whether a word after a.m. or p.m. names a time zone, a day or a month. */
export function isTimeWord(word: string): boolean {
  return TIME_WORDS.has(word.toLowerCase());
}

/** Prepositions that open a phrase; "At 5 a.m." alone is not a sentence. */
const OPENERS = new Set('at by after before until till around about from since on in for during near'.split(' '));

/** Whether a word opens a prepositional phrase. */
export function isPhraseOpener(word: string): boolean {
  return OPENERS.has(word.toLowerCase());
}

/**
 * Verbs of saying, auxiliaries and words that announce a list: a colon after a label holding one
 * introduces speech (قال د. علي: ...), a clause or a list (وهي: ...، عبارت‌اند از: ...), not a headline.
 */
const SAYING = new Set(
  ('قال قالت قالوا يقول تقول يقولون أضاف أضافت يضيف تابع تابعت أكد أكدت يؤكد أوضح أوضحت صرح صرحت أعلن ' +
    'أعلنت كتب كتبت سأل سألت يسأل أجاب أجابت رد ردت ذكر ذكرت أشار أشارت يلي التالي التالية كالتالي ' +
    'هي وهي هم وهم منها تشمل يشمل تتضمن يتضمن مثل ' +
    'گفت گفتند گفته می‌گوید میگوید افزود نوشت پرسید کرد کردند داشت است بود شد گوید ' +
    'عبارت‌اند عبارتند عبارت شامل مانند مثل زیر شرح').split(' '),
);

/** Whether an Arabic or Farsi word (a leading و or ف aside) is a verb of saying or an auxiliary. */
export function isSayingWord(word: string): boolean {
  if (SAYING.has(word)) return true;
  return word.length > 3 && (word[0] === 'و' || word[0] === 'ف') && SAYING.has(word.slice(1));
}
