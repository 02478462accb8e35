// Function words that typically open a sentence and are unlikely to be a name. After an ambiguous abbreviation or an
// initial ("… in 2017 г. В тот день …", "… vitamin C. The …") such a word tells that the dot did end the sentence.
// Lower-case; compared against the next word with its case folded.

import { primaryLanguage, words } from './abbreviations';

const STARTERS: Record<string, readonly string[]> = {
  ar: words('في وفي ثم قال وقال كما وكان وأضاف وأكد من على إن وأن هذا هذه و'),
  en: words(
    'the a an he she it they we i you but and or so in on at for this that these those there his her their its our as after before however meanwhile when while if since also then yet what why how',
  ),
  ru: words(
    'в во на по он она оно они мы я вы это этот эта эти но а и однако так при с со как также кроме затем после для там тогда уже его ее её их когда если что к у из за',
  ),
  uk: words(
    'в у на по він вона воно вони ми я ви це цей ця ці але а і й та однак також після для з із коли якщо що як його її їх',
  ),
  de: words(
    'der die das den dem er sie es wir ich ihr aber und im in am auf nach mit bei zu ein eine dies diese dieser dieses damit doch auch dann seit vor so wenn als dort',
  ),
  fr: words(
    'le la les il elle ils elles nous je on mais et en au aux un une ce cette ces dans pour selon depuis après avant cependant puis si',
  ),
  es: words(
    'el la los las él ella ellos ellas nosotros yo pero y en un una este esta esto estos según para con por sin además después antes si',
  ),
  it: words(
    'il lo la i gli le lui lei loro noi io ma e in un una questo questa per con secondo dopo prima però se',
  ),
  pl: words(
    'w we na po on ona ono oni one my ja to ale a i jednak także ten ta te z ze dla według przez jak gdy jeśli co',
  ),
};

const cache = new Map<string, ReadonlySet<string>>();

/** The sentence-opening function words for a BCP 47 tag, with the English ones added (news quotes English). */
export function sentenceStartersFor(lang: string): ReadonlySet<string> {
  const primary = primaryLanguage(lang);
  let set = cache.get(primary);
  if (!set) {
    set = new Set([...(STARTERS[primary] ?? []), ...(STARTERS.en ?? [])]);
    cache.set(primary, set);
  }
  return set;
}
