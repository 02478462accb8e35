// Common characters that exist in only one of the two Chinese scripts, paired position by position (simplified,
// traditional). Characters shared by both scripts (e.g. 后, 于, 台, 里) are left out on purpose: they decide nothing.
const SIMPLIFIED =
  '这个们来时说国会对发经过还进与为长问间关开门东车书见记话语认让议论设动务办军总统边区华观现实点电报员联战应将从万业产农际领导习讲访谈罗组级选举达传专难钱马义乐爱历亲热无给条体头样宫协调双签济术庆纪师态势众权机气'; // prettier-ignore
const TRADITIONAL =
  '這個們來時說國會對發經過還進與為長問間關開門東車書見記話語認讓議論設動務辦軍總統邊區華觀現實點電報員聯戰應將從萬業產農際領導習講訪談羅組級選舉達傳專難錢馬義樂愛歷親熱無給條體頭樣宮協調雙簽濟術慶紀師態勢眾權機氣'; // prettier-ignore

const SIMPLIFIED_ONLY: ReadonlySet<string> = new Set(SIMPLIFIED);
const TRADITIONAL_ONLY: ReadonlySet<string> = new Set(TRADITIONAL);

/** How many characters of a text are distinctly simplified and distinctly traditional. */
export function countHanVariants(text: string): { simplified: number; traditional: number } {
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    if (SIMPLIFIED_ONLY.has(ch)) simplified += 1;
    else if (TRADITIONAL_ONLY.has(ch)) traditional += 1;
  }
  return { simplified, traditional };
}

/** The table itself, for a test that checks it stays a one-to-one pairing without overlaps. */
export const HAN_VARIANT_PAIRS: readonly (readonly [string, string])[] = [...SIMPLIFIED].map(
  (s, i) => [s, [...TRADITIONAL][i] ?? ''] as const,
);
