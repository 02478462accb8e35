import type { QuoteSpan } from './types';
import { PeopleIndex } from './people';
import {
  arabicTitledNames,
  chineseTitledNames,
  findNameMentions,
  isCasedText,
  lowerCaseWords,
} from './people-names';
import { findCues, quoteContext, quoteEdges } from './reporting';
import { IntervalIndex } from './intervals';
import { isAcronym, isPlaceLike, isStopword, isTitle } from './people-lexicon';
import type { SubjectRef } from './speakers';
import { attributeByCue } from './speakers';

/** Who said one quote and to whom, as person ids in the document's PeopleIndex (or a description). */
export interface QuoteAttribution {
  speakerId: number | null;
  /** For unnamed speakers ("a senior official"): the words the text uses. */
  speakerText: string | null;
  addresseeId: number | null;
  /** How the speaker was found: a cue in the sentence, a transcript label, or carried from the previous quote. */
  via: 'cue' | 'label' | 'follow-up' | null;
  /** Start of the transcript label, for transcript turns. */
  labelStart: number | null;
}

const TRANSCRIPT_LABEL = /^(.*?)\s*(?:\(([^)]*)\)|（([^）]*)）)?\s*[:：]\s*$/su;

/** The label of a transcript turn: the text from the line start to the colon before the turn's words. */
export function transcriptLabel(
  text: string,
  quote: QuoteSpan,
): { start: number; end: number; name: string; marker: string | null } | null {
  const lineStart = text.lastIndexOf('\n', quote.contentStart - 1) + 1;
  const head = text.slice(lineStart, quote.contentStart);
  const m = TRANSCRIPT_LABEL.exec(head);
  if (!m || !m[1]) return null;
  const lead = head.length - head.trimStart().length;
  return {
    start: lineStart + lead,
    end: lineStart + head.trimEnd().length,
    name: m[1].trim(),
    marker: (m[2] ?? m[3] ?? null)?.trim() ?? null,
  };
}

/** Registers the names in the text (cased scripts) so cues and pronouns can point at them. */
function indexNames(text: string, lang: string, quotes: readonly QuoteSpan[]): PeopleIndex {
  const people = new PeopleIndex(text);
  const speech = new IntervalIndex(
    quotes.filter((q) => q.kind === 'speech').map((q) => ({ start: q.contentStart, end: q.contentEnd })),
  );
  if (!isCasedText(lang)) {
    const inSpeech = (pos: number): boolean => speech.contains(pos);
    const titled = /^(?:zh|ja)/u.test(lang.toLowerCase())
      ? chineseTitledNames(text)
      : arabicTitledNames(text);
    for (const n of titled) {
      const tokens = n.name.split(/[\s·•‧・]+/u).filter(Boolean);
      people.add({
        start: n.start,
        end: n.start + n.name.length,
        tokens,
        gender: null,
        personLike: true,
        inNarrative: !inSpeech(n.start),
      });
    }
    return people;
  }
  const lower = lowerCaseWords(text);
  const inQuote = (pos: number): boolean => speech.contains(pos);
  const mentions = findNameMentions(text, 0, text.length, lang, lower).sort(
    (a, b) => b.tokens.length - a.tokens.length || a.start - b.start,
  );
  for (const m of mentions) {
    const narrative = !inQuote(m.start);
    // Inside quoted words only a title makes a person ("Уважаемые друзья" and "Прошу Вас" are not names).
    people.add({
      start: m.start,
      end: m.end,
      fullStart: m.fullStart,
      tokens: m.tokens,
      gender: m.gender,
      personLike: m.personLike && (narrative || m.titled),
      inNarrative: narrative,
    });
  }
  return people;
}

/** Registers a transcript label's speaker ("President of Russia Vladimir Putin", "В.Путин", "PUTIN"). */
function labelSpeaker(
  text: string,
  lang: string,
  people: PeopleIndex,
  label: { start: number; name: string },
): number | null {
  const name = label.name;
  if (!isCasedText(lang)) {
    return people.add({
      start: label.start,
      end: label.start + name.length,
      tokens: name.split(/[\s·•‧・]+/u).filter(Boolean),
      gender: null,
      personLike: true,
      inNarrative: true,
    });
  }
  // Upper-case labels ("PUTIN"): read them in title case, which keeps every offset.
  const readable =
    name === name.toUpperCase()
      ? name.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase())
      : name;
  const mentions = findNameMentions(readable, 0, readable.length, lang, new Set());
  const m = mentions[mentions.length - 1];
  if (!m) return null;
  return people.add({
    start: label.start + m.start,
    end: label.start + m.end,
    tokens: m.tokens,
    gender: m.gender,
    personLike: true,
    inNarrative: true,
  });
}

/** Finds every occurrence of names learnt from cues (scripts without capitals), for pronouns and aliases. */
function indexKnownNames(text: string, people: PeopleIndex, quotes: readonly QuoteSpan[]): void {
  const seen = new Set<string>();
  const contents = new IntervalIndex(quotes.map((q) => ({ start: q.contentStart, end: q.contentEnd })));
  for (const name of people.names()) {
    const needle = name.replace(/ /gu, '');
    if (needle.length < 2 || seen.has(needle)) continue;
    seen.add(needle);
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) {
      const inQuote = contents.contains(at);
      if (people.within(at, at + needle.length).length === 0) {
        people.add({
          start: at,
          end: at + needle.length,
          tokens: [needle],
          gender: null,
          personLike: true,
          inNarrative: !inQuote,
        });
      }
    }
  }
}

/** Resolves a pronoun to the nearest fitting person named before it (not the addressee). */
function resolvePronoun(
  text: string,
  lang: string,
  people: PeopleIndex,
  ref: Extract<SubjectRef, { type: 'pronoun' }>,
  exclude: number | null,
  previous: { speakerId: number | null; end: number } | null,
): number | null {
  const windowStart = paragraphsBack(text, ref.position, 3);
  const fits = (id: number): boolean => {
    if (id === exclude || !people.isPerson(id)) return false;
    const gender = people.gender(id);
    return !(ref.gender && gender && gender !== ref.gender);
  };
  const candidates = people.before(ref.position, windowStart).filter((c) => fits(c.id));
  // A person who is a subject (opens a sentence, or speaks: "Li Shangfu said") beats one named in passing.
  const salient = candidates.find((c) => isSubject(text, lang, c));
  if (salient) return salient.id;
  // Otherwise "he" carries on the previous quote's speaker when that quote is at most three paragraphs back.
  if (
    previous?.speakerId != null &&
    previous.end >= paragraphsBack(text, ref.position, 4) &&
    fits(previous.speakerId)
  ) {
    return previous.speakerId;
  }
  return candidates[0]?.id ?? null;
}

/** Start of the paragraph n non-blank paragraphs back from position (1 = the current one). */
function paragraphsBack(text: string, position: number, n: number): number {
  let start = text.lastIndexOf('\n', position - 1) + 1;
  for (let k = 1; k < n && start > 0; k += 1) {
    let prev = text.lastIndexOf('\n', start - 2) + 1;
    while (prev > 0 && text.slice(prev, start).trim() === '') prev = text.lastIndexOf('\n', prev - 2) + 1;
    start = prev;
  }
  return start;
}

/** The last line break or sentence mark before position (-1 when none): where the mention's sentence begins. */
function sentenceBoundaryBefore(text: string, position: number): number {
  let i = position - 1;
  while (i >= 0 && !SENTENCE_BOUNDARY.has(text.charAt(i))) i -= 1;
  return i;
}

const SENTENCE_BOUNDARY = new Set(['\n', '.', '!', '?', '。', '！', '？']);

/** True when a mention opens its sentence (after titles only) or is followed by a speech verb. */
function isSubject(text: string, lang: string, m: { start: number; end: number }): boolean {
  if (
    findCues(text, m.end, Math.min(text.length, m.end + 25), lang).some(
      (c) => c.role === 'say' && /^[\s,]*(?:\S+\s+)?$/u.test(text.slice(m.end, c.start)),
    )
  ) {
    return true;
  }
  const boundary = sentenceBoundaryBefore(text, m.start);
  const lead = text.slice(boundary + 1, m.start).trim();
  return lead
    .split(/\s+/u)
    .filter(Boolean)
    .every((w) => isTitle(w) || isStopword(w) || isPlaceLike(w, lang) || isAcronym(w));
}

/** Speaker and addressee of every quote: cues, transcript labels, pronouns, then follow-up paragraphs. */
export function attributeQuotes(
  text: string,
  lang: string,
  quotes: readonly QuoteSpan[],
): { people: PeopleIndex; attributions: QuoteAttribution[] } {
  const people = indexNames(text, lang, quotes);
  const edges = quoteEdges(quotes);
  const none = (): QuoteAttribution => ({
    speakerId: null,
    speakerText: null,
    addresseeId: null,
    via: null,
    labelStart: null,
  });
  const found: {
    ref: SubjectRef | null;
    addressee: number | null;
    via: QuoteAttribution['via'];
    labelStart: number | null;
  }[] = quotes.map((q, i) => {
    if (q.kind === 'term' || q.depth > 0) return { ref: null, addressee: null, via: null, labelStart: null };
    if (q.delimiter === 'transcript') {
      const label = transcriptLabel(text, q);
      const id = label ? labelSpeaker(text, lang, people, label) : null;
      return {
        ref: id === null ? null : { type: 'person', id },
        addressee: null,
        via: 'label',
        labelStart: label?.start ?? null,
      };
    }
    const cue = attributeByCue(text, lang, people, q, quoteContext(text, quotes, i, edges));
    return {
      ref: cue?.speaker ?? null,
      addressee: cue?.addressee ?? null,
      via: cue ? 'cue' : null,
      labelStart: null,
    };
  });
  if (!isCasedText(lang)) indexKnownNames(text, people, quotes);

  const out: QuoteAttribution[] = [];
  let previous: { index: number; speakerId: number | null; speakerText: string | null; end: number } | null =
    null;
  quotes.forEach((q, i) => {
    const f = found[i] as (typeof found)[number];
    const a = none();
    a.via = f.via;
    a.labelStart = f.labelStart;
    a.addresseeId = f.addressee;
    if (f.ref?.type === 'person') a.speakerId = f.ref.id;
    else if (f.ref?.type === 'description') a.speakerText = f.ref.text;
    else if (f.ref?.type === 'pronoun')
      a.speakerId = resolvePronoun(text, lang, people, f.ref, f.addressee, previous);
    if (a.speakerId !== null && a.speakerId === a.addresseeId) a.addresseeId = null;
    if (
      !f.ref &&
      q.kind === 'speech' &&
      q.depth === 0 &&
      q.delimiter === 'marks' &&
      previous &&
      isFollowUp(text, quotes, previous.index, i)
    ) {
      a.speakerId = previous.speakerId;
      a.speakerText = previous.speakerText;
      a.via = 'follow-up';
    }
    if (a.speakerId !== null) people.markQuoted(a.speakerId);
    if (a.addresseeId !== null) people.markQuoted(a.addresseeId);
    if (a.speakerId !== null || a.speakerText !== null)
      previous = { index: i, speakerId: a.speakerId, speakerText: a.speakerText, end: q.end };
    out.push(a);
  });
  return { people, attributions: out };
}

/** True when quote j carries on quote i's speaker: same paragraph, or a quote paragraph right after i's paragraph. */
function isFollowUp(text: string, quotes: readonly QuoteSpan[], i: number, j: number): boolean {
  const prev = quotes[i] as QuoteSpan;
  const cur = quotes[j] as QuoteSpan;
  if (prev.delimiter === 'transcript') return false;
  const firstBreak = text.indexOf('\n', prev.end);
  if (firstBreak === -1 || firstBreak >= cur.start) return true;
  // The quote opens its paragraph, and the paragraph before it is the previous quote's: only blank space between.
  for (let i = cur.start - 1; i > firstBreak; i -= 1) if (!/\s/u.test(text.charAt(i))) return false;
  return true;
}
