// Paragraph openings that must never be split from the sentence they introduce: wire datelines
// ("MOSCOW, April 16. /TASS/.", "MOSCOW, April 16 (Reuters) -") and transcript speaker labels ("В.Путин:",
// "President of Russia Vladimir Putin:", "Чжан Гаоли (как переведено):"). Their dots are not sentence ends.

// Only this much of a paragraph is looked at, so the check costs the same on any paragraph.
const WINDOW = 240;

const CAPS_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’.\-]*`;
const CITY = String.raw`${CAPS_WORD}(?:[ \-]${CAPS_WORD}){0,3}`;
const REGION = String.raw`(?:\s*\[[^\]\n]{1,40}\]|,\s*\p{Lu}[\p{L}\p{M}.\-]*(?:\s\p{Lu}[\p{L}\p{M}.\-]*)?(?=,))?`;
const DATE = String.raw`,\s*(?:\p{L}{3,12}\.?\s+\d{1,2}|\d{1,2}\.?\s+\p{L}{3,12}\.?)(?:,?\s+\d{4})?`;
const AGENCY = String.raw`(?:\s*\.?\s*\/\s*[\p{L}\p{N}][\p{L}\p{N}\-. ]{0,20}\/\.?|\s*\([\p{L}\p{N}][\p{L}\p{N}\-.,' ]{0,30}\))`;
const TAIL = String.raw`(?:\s*(?:[-–—]{1,2}|:|\.)(?=\s))?`;

// "MOSCOW, April 16. /TASS/." "МОСКВА, 16 апреля. /ТАСС/." "BEIJING, April 16 (Xinhua) --" "WASHINGTON (AP) —"
const DATELINE = new RegExp(String.raw`^(?:${CITY}${REGION}(?:${DATE}\.?${AGENCY}?|${AGENCY})${TAIL})`, 'u');

const CONNECTOR = String.raw`(?:of|the|de|du|des|del|della|di|da|von|van|der|den|la|le|al|el|bin|ibn|и|і|та)`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.\-]*`;
const ASIDE = String.raw`\([^()\n]{1,40}\)`;
// "В.Путин:" "Vladimir Putin:" "First Vice Premier of the State Council of China Zhang Gaoli (retranslated):"
const SPEAKER = new RegExp(
  String.raw`^${NAME_WORD}(?:\s+(?:${NAME_WORD}|${CONNECTOR}(?=\s)))*?(?:\s*${ASIDE})?\s*:(?=\s|$)`,
  'u',
);
const MAX_SPEAKER_WORDS = 14;

/** The offset where a speaker label opening text[start, end) ends (just after its colon), or start when none. */
export function speakerLabelEnd(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + WINDOW));
  const match = SPEAKER.exec(head);
  if (!match) return start;
  const words = match[0].split(/\s+/).length;
  return words <= MAX_SPEAKER_WORDS ? start + match[0].length : start;
}

/** The offset where a wire dateline opening text[start, end) ends, or start when none. */
export function datelineEnd(text: string, start: number, end: number): number {
  const head = text.slice(start, Math.min(end, start + WINDOW));
  const match = DATELINE.exec(head);
  return match ? start + match[0].length : start;
}

/** Up to where a paragraph's opening (dateline, then speaker label) must stay in its first sentence. */
export function protectedPrefixEnd(text: string, start: number, end: number): number {
  return Math.max(datelineEnd(text, start, end), speakerLabelEnd(text, start, end));
}
