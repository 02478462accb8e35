import type { Gender } from './pronouns';
import { isProDrop, personalPronoun, verbGender } from './pronouns';
import type { CueMatch, QuoteContext } from './reporting';
import { findCues } from './reporting';
import { cuesFor, primaryLanguage } from './reporting-cues';
import type { PeopleIndex } from './people';
import { arabicSubject, chineseSubject, isCasedText } from './people-names';

/** Who a cue points at: a registered person, a pronoun to resolve, or an unnamed description ("a senior official"). */
export type SubjectRef =
  | { type: 'person'; id: number }
  | { type: 'pronoun'; gender: Gender | null; position: number }
  | { type: 'description'; text: string };

/** What the words around one quote say about its speaker and addressee. */
export interface CueAttribution {
  speaker: SubjectRef;
  addressee: number | null;
  cue: CueMatch;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}'’-]*/gu;
const SUBORDINATORS =
  /^(?:that|who|which|what|when|while|as|и|что|как|dass|que|qui|che|że|który|которые|который|and|y|e|et|und)$/iu;

/** First few words of a string, with their offsets. */
function words(text: string, offset: number, max: number): { word: string; start: number; end: number }[] {
  const out: { word: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0], start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length });
    if (out.length >= max) break;
  }
  return out;
}

interface Env {
  text: string;
  lang: string;
  people: PeopleIndex;
}

/** The subject in text[from, to) before a cue: a pronoun, the first named person, or a short description. */
function subjectBefore(env: Env, from: number, to: number): SubjectRef | null {
  const segment = env.text.slice(from, to);
  const tokens = words(segment, from, 40);
  const last = tokens[tokens.length - 1];
  if (last) {
    const pronoun = personalPronoun(last.word, env.lang);
    if (pronoun) return { type: 'pronoun', gender: pronoun.gender, position: last.start };
  }
  const mentions = env.people.within(from, to);
  // The first person (appositives follow it); failing that, the name nearest the verb ("Согласно …, Путин выразил").
  const person = mentions.find((m) => env.people.isPerson(m.id)) ?? mentions[mentions.length - 1];
  if (person) return { type: 'person', id: person.id };
  const first = tokens[0];
  if (first) {
    const pronoun = personalPronoun(first.word, env.lang);
    if (pronoun) return { type: 'pronoun', gender: pronoun.gender, position: first.start };
  }
  const description = segment.replace(/^[\s,;:—–«»"“”„-]+|[\s,;:—–-]+$/gu, '');
  if (
    tokens.length > 0 &&
    tokens.length <= 6 &&
    tokens.length >= 2 &&
    description.length > 0 &&
    !tokens.some((t) => SUBORDINATORS.test(t.word))
  ) {
    return { type: 'description', text: description };
  }
  return null;
}

/** The subject right after a cue (inversion: "said Li", "— сказал Путин", "erklärte Scholz", "a-t-il"). */
function subjectAfter(env: Env, from: number, to: number): { ref: SubjectRef; end: number } | null {
  const segment = env.text.slice(from, to);
  const inverted = /^-(?:t-)?(il|elle|ils|elles)\b/iu.exec(segment);
  if (inverted)
    return {
      ref: { type: 'pronoun', gender: /^elle/iu.test(inverted[1] ?? '') ? 'f' : 'm', position: from },
      end: from + inverted[0].length,
    };
  const tokens = words(segment, from, 8);
  const first = tokens[0];
  if (!first) return null;
  const pronoun = personalPronoun(first.word, env.lang);
  if (pronoun && first.start - from <= 2)
    return { ref: { type: 'pronoun', gender: pronoun.gender, position: first.start }, end: first.end };
  // A name within the next few words, before any comma or clause word.
  const stop = segment.search(/[,;:.!?«»"“”„]|\s(?:that|que|что|dass|che|że)\s/u);
  const limit = stop === -1 ? to : from + stop;
  const mentions = env.people.within(from, limit);
  const m = mentions[0];
  if (m && m.start - from <= 60) return { ref: { type: 'person', id: m.id }, end: m.end };
  const description = env.text.slice(from, limit).trim();
  const descriptionWords = words(description, 0, 8).length;
  if (
    descriptionWords > 0 &&
    descriptionWords <= 5 &&
    /^(?:the|a|an|le|la|l’|l'|el|o|il|der|die|das|ein|eine)\s/iu.test(description)
  ) {
    return { ref: { type: 'description', text: description }, end: limit };
  }
  return null;
}

/** The addressee after a tell-type cue ("told Putin") or an addressee preposition ("a dit à X", "dijo a X"). */
function addresseeAfter(env: Env, cue: CueMatch, from: number, to: number): number | null {
  const segment = env.text.slice(from, to);
  const preps = cuesFor(env.lang).addresseePrepositions;
  const m = env.people.within(from, Math.min(to, from + 60))[0];
  if (!m) return null;
  const between = env.text.slice(from, m.start).trim().toLowerCase();
  const isTell = cue.role === 'tell' || /telling|told/iu.test(cue.word);
  if (
    isTell &&
    /^(?:(?:the|a|an)\s+)?[\p{L}\s’'-]{0,40}$/u.test(between) &&
    between.split(/\s+/u).filter(Boolean).length <= 4
  )
    return m.id;
  if (preps.some((p) => between === p || between.startsWith(p + ' '))) return m.id;
  if (
    (primaryLanguage(env.lang) === 'ru' || primaryLanguage(env.lang) === 'uk') &&
    between === '' &&
    /(?:у|ю|ому|ему|ой)$/u.test(env.text.slice(m.start, m.end))
  ) {
    return m.id;
  }
  return segment.length < 0 ? null : null;
}

const AUXILIARY =
  /(?:^|\s)(?:a|ont|avait|avaient|aura|ha|hanno|aveva|avevano|è|sono|hat|haben|hatte|hatten|has|had|have|ha\s+sido|han|había)\s+$/u;

/** Attribution from a cue in the cased (Latin/Cyrillic) languages. */
function casedAttribution(
  env: Env,
  cue: CueMatch,
  clauseStart: number,
  clauseEnd: number,
  quoteStart: number,
  quoteEnd: number,
  after: boolean,
): CueAttribution | null {
  if (cue.role === 'according') {
    const m = env.people.within(cue.end, clauseEnd).find((o) => o.start < quoteStart || o.start >= quoteEnd);
    if (m && m.start - cue.end <= 60) return { speaker: { type: 'person', id: m.id }, addressee: null, cue };
    const rest = env.text
      .slice(cue.end, Math.min(clauseEnd, after ? clauseEnd : quoteStart))
      .replace(/[,.;:].*$/su, '')
      .trim();
    return rest ? { speaker: { type: 'description', text: rest }, addressee: null, cue } : null;
  }
  if (cue.role === 'accordingAfter') {
    const mentions = env.people.within(after ? quoteEnd : clauseStart, cue.start);
    const m = mentions[mentions.length - 1];
    return m ? { speaker: { type: 'person', id: m.id }, addressee: null, cue } : null;
  }
  const beforeFrom = after ? quoteEnd : clauseStart;
  // Compound tenses: the auxiliary belongs to the cue ("a déclaré", "ha detto", "a-t-il déclaré", "hat gesagt").
  const head = env.text.slice(Math.max(beforeFrom, cue.start - 16), cue.start);
  const inverted = /(?:^|\s)\S+-(?:t-)?(il|elle)\s+$/u.exec(head);
  if (inverted) {
    const gender = inverted[1] === 'elle' ? 'f' : 'm';
    return {
      speaker: { type: 'pronoun', gender, position: cue.start - inverted[0].length },
      addressee: null,
      cue,
    };
  }
  const aux = AUXILIARY.exec(head);
  const cueStart = aux ? cue.start - aux[0].length + (aux[0].length - aux[0].trimStart().length) : cue.start;
  const pre = subjectBefore(env, beforeFrom, cueStart);
  if (
    pre &&
    !(after && pre.type === 'description' && env.text.slice(beforeFrom, cueStart).trim().length === 0)
  ) {
    const addressee = addresseeAfter(env, cue, cue.end, after ? clauseEnd : quoteStart);
    return { speaker: pre, addressee, cue };
  }
  const post = subjectAfter(env, cue.end, after ? clauseEnd : quoteStart);
  if (post)
    return {
      speaker: post.ref,
      addressee: addresseeAfter(env, cue, post.end, after ? clauseEnd : quoteStart),
      cue,
    };
  // Pro-drop: "«…», — заявила." / "—dijo—"; only when the verb stands right by the quote.
  const adjacent = after
    ? /^[\s,—–-]*$/u.test(env.text.slice(quoteEnd, cueStart))
    : /^[\s:,—–-]*$/u.test(env.text.slice(cue.end, quoteStart));
  if (isProDrop(env.lang) && adjacent && !/ing$/u.test(cue.word)) {
    return {
      speaker: { type: 'pronoun', gender: verbGender(cue.word, env.lang), position: cue.start },
      addressee: null,
      cue,
    };
  }
  return null;
}

/** Attribution in Chinese: "普京表示：「…」", "「…」他说", "李尚福对普京说", "据新华社报道". */
function chineseAttribution(
  env: Env,
  cue: CueMatch,
  clauseStart: number,
  quoteStart: number,
  quoteEnd: number,
  after: boolean,
): CueAttribution | null {
  const from = after ? quoteEnd : clauseStart;
  if (cue.role === 'according') {
    const tail = env.text.slice(cue.end, after ? cue.end + 30 : quoteStart);
    const end = tail.search(/报道|報導|报导|称|稱|说|說|表示|介绍|介紹|消息|[，,。：:]/u);
    const name = (end === -1 ? tail : tail.slice(0, end)).trim();
    return name
      ? { speaker: personOrDescription(env, name, cue.end + tail.indexOf(name)), addressee: null, cue }
      : null;
  }
  let phrase = env.text.slice(from, cue.start);
  let offset = from;
  const cut = Math.max(...[...'，,。；;：:”」』'].map((p) => phrase.lastIndexOf(p)));
  if (cut >= 0) {
    offset += cut + 1;
    phrase = phrase.slice(cut + 1);
  }
  let addressee: number | null = null;
  const to = /(?:对|對|向|告诉|告訴)([^，。]{2,12})$/u.exec(phrase);
  if (to?.[1]) {
    const sub = chineseSubject(to[1]);
    if (sub) addressee = register(env, sub.name, offset + (to.index ?? 0) + 1 + sub.offset);
  }
  if (cue.role === 'tell') {
    const obj = /^([^，。：:“「]{2,8}?)(?:说|說|表示|，|：|:)/u.exec(env.text.slice(cue.end, cue.end + 12));
    const sub = obj?.[1] ? chineseSubject(obj[1]) : null;
    if (sub) addressee = register(env, sub.name, cue.end + sub.offset);
  }
  const trimmed = phrase.trim();
  const pronoun = /^(他|她)/u.exec(trimmed);
  if (pronoun)
    return {
      speaker: {
        type: 'pronoun',
        gender: pronoun[1] === '她' ? 'f' : 'm',
        position: offset + phrase.indexOf(pronoun[1] as string),
      },
      addressee,
      cue,
    };
  const sub = chineseSubject(phrase);
  if (sub)
    return { speaker: { type: 'person', id: register(env, sub.name, offset + sub.offset) }, addressee, cue };
  if (trimmed === '' && (after ? /^[”」』]?[\s，,]*$/u.test(env.text.slice(quoteEnd, cue.start)) : true)) {
    return { speaker: { type: 'pronoun', gender: null, position: cue.start }, addressee, cue };
  }
  return null;
}

/** Attribution in Arabic (verb first): "وقال بوتين: «…»", "«…»، قالت زاخاروفا", "بحسب المتحدث". */
function arabicAttribution(
  env: Env,
  cue: CueMatch,
  clauseEnd: number,
  quoteStart: number,
  after: boolean,
): CueAttribution | null {
  const to = after ? clauseEnd : quoteStart;
  const phrase = env.text.slice(cue.end, Math.min(to, cue.end + 80));
  const sub = arabicSubject(phrase);
  if (sub)
    return {
      speaker: { type: 'person', id: register(env, sub.name, cue.end + sub.offset) },
      addressee: null,
      cue,
    };
  if (cue.role === 'according') return null;
  return {
    speaker: { type: 'pronoun', gender: verbGender(cue.word, env.lang), position: cue.start },
    addressee: null,
    cue,
  };
}

function register(env: Env, name: string, start: number): number {
  const tokens = name.split(/[\s·•‧・]+/u).filter(Boolean);
  return env.people.add({
    start,
    end: start + name.length,
    tokens,
    gender: null,
    personLike: true,
    inNarrative: true,
  });
}

function personOrDescription(env: Env, name: string, start: number): SubjectRef {
  const sub = chineseSubject(name);
  return sub
    ? { type: 'person', id: register(env, sub.name, start + sub.offset) }
    : { type: 'description', text: name };
}

/** The cue-based attribution of one quote: a cue right after it first, then one before it in its sentence. */
export function attributeByCue(
  text: string,
  lang: string,
  people: PeopleIndex,
  quote: { start: number; end: number },
  ctx: QuoteContext,
): CueAttribution | null {
  const env: Env = { text, lang, people };
  const l = primaryLanguage(lang);
  const afterCues = findCues(text, quote.end, ctx.afterEnd, lang);
  const beforeCues = findCues(text, ctx.beforeStart, quote.start, lang).reverse();
  const attempt = (cue: CueMatch, after: boolean): CueAttribution | null => {
    if (l === 'zh' || l === 'ja')
      return chineseAttribution(env, cue, ctx.beforeStart, quote.start, quote.end, after);
    if (!isCasedText(lang)) return arabicAttribution(env, cue, ctx.afterEnd, quote.start, after);
    return casedAttribution(env, cue, ctx.beforeStart, ctx.afterEnd, quote.start, quote.end, after);
  };
  for (const cue of afterCues) {
    const result = attempt(cue, true);
    if (result) return result;
  }
  for (const cue of beforeCues) {
    const result = attempt(cue, false);
    if (result) return result;
  }
  return null;
}
