import { paragraphsOf, type Paragraph } from './spans';

/** A parenthetical after a transcript speaker's name: "(retranslated)", "(как переведено)", "(THROUGH TRANSLATOR)". */
export interface TurnMarker {
  start: number;
  end: number;
  /** The text inside the brackets. */
  text: string;
  /** True when the marker says the words are a translation or interpretation (provenance evidence). */
  translation: boolean;
}

/** A speaker-labelled transcript turn ("В.Путин: …"): the quote is [start, end), the label [labelStart, labelEnd). */
export interface TranscriptTurn {
  start: number;
  end: number;
  /** The whole label, from the paragraph start to after the colon. */
  labelStart: number;
  labelEnd: number;
  /** The speaker as written in the label, with its offsets ("President of Russia Vladimir Putin", "В.Путин"). */
  speakerText: string;
  speakerStart: number;
  speakerEnd: number;
  marker: TurnMarker | null;
}

const LABEL = /^([^:：()（）\n]{1,120}?)(?:\s*[(（]([^()（）\n]{1,60})[)）])?\s*[:：](?=\s|$)/u;
const TRANSLATION_MARKER =
  /translat|interpret|перев|переклад|тлумач|übersetz|dolmetsch|tradu|interpr|tłumacz|翻[译譯]|口[译譯]|通[译譯]|ترجم/iu;
const NON_SPEAKERS = new RegExp(
  '^(?:' +
    [
      'source',
      'sources',
      'photo',
      'photos',
      'video',
      'image',
      'read more',
      'read also',
      'see also',
      'related',
      'note',
      'editor',
      'editing',
      'reporting',
      'tags',
      'updated',
      'published',
      'by',
      'title',
      'date',
      'quelle',
      'foto',
      'bild',
      'lesen sie auch',
      'источник',
      'фото',
      'видео',
      'читайте также',
      'джерело',
      'читайте також',
      'lire aussi',
      'fuente',
      'fonte',
      'leia também',
      'lea también',
      '来源',
      '來源',
      '责任编辑',
      '責任編輯',
      '编辑',
      '編輯',
      '记者',
      '記者',
      'المصدر',
    ].join('|') +
    ')$',
  'iu',
);
const ABBREVIATION_DOT = /(?<!\p{L})(?:\p{Lu}|Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|St|Hon|г-н|г-жа)\./gu;
const HAN = /^[\p{Script=Han}·・\s]{1,12}$/u;

/** True when the label text reads as a speaker: a name, maybe with a title ("President of Russia Vladimir Putin"). */
function isSpeakerLabel(label: string): boolean {
  const t = label.trim();
  if (t === '' || NON_SPEAKERS.test(t)) return false;
  if (HAN.test(t)) return true;
  if (/[\p{N}"“”„«»「」!?;@/#]/u.test(t)) return false;
  if (/\./u.test(t.replace(ABBREVIATION_DOT, ''))) return false;
  const words = t.split(/[\s\u00a0]+|(?<=\.)/u).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 16) return false;
  const capitalised = (w: string): boolean => /^\p{Lu}/u.test(w.replace(/^[^\p{L}]+/u, ''));
  if (!capitalised(words[0]!) || !capitalised(words[words.length - 1]!)) return false;
  return words.filter(capitalised).length * 2 >= words.length;
}

interface Labelled {
  para: Paragraph;
  labelEnd: number;
  speakerStart: number;
  speakerEnd: number;
  marker: TurnMarker | null;
}

function labelOf(text: string, para: Paragraph): Labelled | null {
  const line = text.slice(para.start, para.end);
  const lead = line.length - line.trimStart().length;
  const m = LABEL.exec(line.slice(lead));
  if (!m || !isSpeakerLabel(m[1]!)) return null;
  const base = para.start + lead;
  const speakerStart = base + (m[1]!.length - m[1]!.trimStart().length);
  const speakerEnd = base + m[1]!.trimEnd().length;
  let marker: TurnMarker | null = null;
  if (m[2] !== undefined) {
    const open = line.indexOf(m[2], lead + m[1]!.length) + para.start;
    marker = {
      start: open - 1,
      end: open + m[2].length + 1,
      text: m[2],
      translation: TRANSLATION_MARKER.test(m[2]),
    };
  }
  return { para, labelEnd: base + m[0].length, speakerStart, speakerEnd, marker };
}

/**
 * Finds speaker-labelled turns at paragraph starts. A turn runs over the following unlabelled paragraphs until the
 * next label. Labels count only when the document has at least two of them or the label carries a translation
 * marker, so a headline like "Minister: relations are strong" is not a transcript.
 */
export function detectTranscriptTurns(text: string, lang: string): TranscriptTurn[] {
  void lang;
  const paragraphs = paragraphsOf(text);
  const labels = paragraphs.map((p) => labelOf(text, p));
  const found = labels.filter((l): l is Labelled => l !== null);
  const accept = (l: Labelled): boolean => found.length >= 2 || (l.marker?.translation ?? false);
  const turns: TranscriptTurn[] = [];
  for (let k = 0; k < paragraphs.length; k++) {
    const l = labels[k];
    if (!l || !accept(l)) continue;
    let last = k;
    while (last + 1 < paragraphs.length && !labels[last + 1]) last++;
    let start = l.labelEnd;
    while (start < l.para.end && /\s/u.test(text[start]!)) start++;
    if (start >= l.para.end) {
      if (last === k) continue;
      start = paragraphs[k + 1]!.start;
    }
    let end = paragraphs[last]!.end;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    turns.push({
      start,
      end,
      labelStart:
        l.para.start +
        (text.slice(l.para.start, l.para.end).length -
          text.slice(l.para.start, l.para.end).trimStart().length),
      labelEnd: l.labelEnd,
      speakerText: text.slice(l.speakerStart, l.speakerEnd),
      speakerStart: l.speakerStart,
      speakerEnd: l.speakerEnd,
      marker: l.marker,
    });
    k = last;
  }
  return turns;
}
