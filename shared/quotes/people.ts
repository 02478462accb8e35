import type { Person } from './types';
import type { Gender } from './pronouns';
import { stem } from './people-lexicon';
import { firstIndex } from './intervals';

/** A name occurrence to register: where it is and what it says about the person. */
export interface MentionInput {
  start: number;
  end: number;
  /** Start of the surface including titles, for the alias list (defaults to start). */
  fullStart?: number;
  tokens: string[];
  gender: Gender | null;
  personLike: boolean;
  /** False for mentions inside quoted words (they name someone, but are not candidates for "he"). */
  inNarrative: boolean;
}

interface Cluster {
  tokens: string[];
  stems: string[];
  /** Per stem: surface forms seen and how often. */
  forms: Map<string, Map<string, number>>;
  aliases: Set<string>;
  gender: Gender | null;
  personLike: boolean;
  quoted: boolean;
}

interface Occurrence {
  start: number;
  end: number;
  cluster: number;
  inNarrative: boolean;
  /** Registration order, which breaks ties between occurrences at one offset. */
  seq: number;
}

/** Inserts into an array kept sorted by `before` (after any equal items, so insertion order breaks ties). */
function insertSorted<T>(list: T[], item: T, before: (a: T, b: T) => boolean): void {
  list.splice(
    firstIndex(list.length, (k) => before(item, list[k] as T)),
    0,
    item,
  );
}

/** One person per individual across a document: "Russian President Vladimir Putin", "Putin", "Путина" → one id. */
export class PeopleIndex {
  private readonly clusters: Cluster[] = [];
  /** Every occurrence, sorted by start then registration order. */
  private readonly occurrences: Occurrence[] = [];
  /** Per person: the starts of its occurrences, sorted (for the nearest-mention distance). */
  private readonly starts: number[][] = [];
  private seq = 0;

  constructor(private readonly text: string) {}

  /** Registers a mention and returns its person id (joining an existing person when the names fit). */
  add(mention: MentionInput): number {
    const stems = mention.tokens.map(stem);
    let id = this.match(stems, mention.start);
    if (id === -1) {
      id = this.clusters.length;
      this.starts.push([]);
      this.clusters.push({
        tokens: [...mention.tokens],
        stems,
        forms: new Map(),
        aliases: new Set(),
        gender: null,
        personLike: false,
        quoted: false,
      });
    }
    const cluster = this.clusters[id] as Cluster;
    if (stems.length > cluster.stems.length) {
      cluster.tokens = [...mention.tokens];
      cluster.stems = stems;
    }
    mention.tokens.forEach((token, i) => {
      const key = stems[i] as string;
      const forms = cluster.forms.get(key) ?? new Map<string, number>();
      forms.set(token, (forms.get(token) ?? 0) + 1);
      cluster.forms.set(key, forms);
    });
    cluster.aliases.add(this.text.slice(mention.start, mention.end));
    const full = this.text.slice(mention.fullStart ?? mention.start, mention.end);
    if (full.length <= 80) cluster.aliases.add(full);
    cluster.gender = cluster.gender ?? mention.gender;
    cluster.personLike ||= mention.personLike;
    const occurrence: Occurrence = {
      start: mention.start,
      end: mention.end,
      cluster: id,
      inNarrative: mention.inNarrative,
      seq: this.seq,
    };
    this.seq += 1;
    insertSorted(this.occurrences, occurrence, (a, b) => a.start < b.start);
    insertSorted(this.starts[id] as number[], mention.start, (a, b) => a < b);
    return id;
  }

  /** The person whose name fits these stems best; ties go to the one mentioned nearest to position. */
  private match(stems: string[], position: number): number {
    let best = -1;
    let bestDistance = Infinity;
    this.clusters.forEach((cluster, id) => {
      if (!namesFit(stems, cluster.stems)) return;
      const distance = nearest(this.starts[id] as number[], position);
      const fullMatch = stems.length === cluster.stems.length ? -0.5 : 0;
      if (distance + fullMatch < bestDistance) {
        best = id;
        bestDistance = distance + fullMatch;
      }
    });
    return best;
  }

  /** The person a free-standing name refers to ("Li Shangfu", "Ли Шанфу"), or -1. */
  find(name: string): number {
    const stems = name
      .split(/[\s·•‧・]+/u)
      .filter(Boolean)
      .map(stem);
    if (stems.length === 0) return -1;
    return this.clusters.findIndex((c) => namesFit(stems, c.stems) || c.stems.join(' ') === stems.join(' '));
  }

  /** Marks a person as a speaker or addressee (so it is a person, and is listed). */
  markQuoted(id: number): void {
    const cluster = this.clusters[id];
    if (cluster) {
      cluster.quoted = true;
      cluster.personLike = true;
    }
  }

  /** Records a gender learnt from context ("заявила Захарова"). */
  noteGender(id: number, gender: Gender | null): void {
    const cluster = this.clusters[id];
    if (cluster && gender && !cluster.gender) cluster.gender = gender;
  }

  gender(id: number): Gender | null {
    return this.clusters[id]?.gender ?? null;
  }

  isPerson(id: number): boolean {
    return this.clusters[id]?.personLike ?? false;
  }

  /** Every alias of a person. */
  aliases(id: number): string[] {
    return [...(this.clusters[id]?.aliases ?? [])];
  }

  /** The canonical name: the fullest form, each word in its dictionary (nominative) form. */
  canonical(id: number): string {
    const cluster = this.clusters[id];
    if (!cluster) return '';
    const words = cluster.stems.map((s, i) =>
      bestForm(cluster.forms.get(s), cluster.tokens[i] ?? s, cluster.gender),
    );
    const joiner = words.every((w) => /^[\p{Script=Han}]+$/u.test(w)) ? '·' : ' ';
    return words.join(joiner);
  }

  /** Person ids mentioned in the narrative before position (nearest first), from windowStart on. */
  before(position: number, windowStart: number): { id: number; start: number; end: number }[] {
    return this.startingIn(windowStart, position)
      .filter((o) => o.inNarrative && o.end <= position)
      .sort((a, b) => b.start - a.start || a.seq - b.seq)
      .map((o) => ({ id: o.cluster, start: o.start, end: o.end }));
  }

  /** Occurrences of any person inside [start, end). */
  within(start: number, end: number): { id: number; start: number; end: number }[] {
    return this.startingIn(start, end)
      .filter((o) => o.end <= end)
      .map((o) => ({ id: o.cluster, start: o.start, end: o.end }));
  }

  /** Occurrences with from <= start <= to, in start order. */
  private startingIn(from: number, to: number): Occurrence[] {
    const list = this.occurrences;
    const first = firstIndex(list.length, (k) => (list[k] as Occurrence).start >= from);
    const out: Occurrence[] = [];
    for (let k = first; k < list.length && (list[k] as Occurrence).start <= to; k += 1)
      out.push(list[k] as Occurrence);
    return out;
  }

  /** Every known name string (for finding further occurrences in scripts without capitals). */
  names(): string[] {
    return this.clusters.map((c) => c.tokens.join(' '));
  }

  /** The people the document quotes or names with a person's evidence, with every form used. */
  people(): Person[] {
    const out: Person[] = [];
    this.clusters.forEach((cluster, id) => {
      if (!cluster.quoted && !cluster.personLike) return;
      const name = this.canonical(id);
      const aliases = [...new Set([name, ...cluster.aliases])].sort((a, b) => a.localeCompare(b));
      out.push({ name, aliases });
    });
    return out;
  }
}

/** Distance from position to the nearest of some sorted offsets (Infinity when there are none). */
function nearest(sorted: readonly number[], position: number): number {
  const k = firstIndex(sorted.length, (j) => (sorted[j] as number) >= position);
  const after = k < sorted.length ? (sorted[k] as number) - position : Infinity;
  const before = k > 0 ? position - (sorted[k - 1] as number) : Infinity;
  return Math.min(after, before);
}

/** True when one name's words are all among the other's ("Putin" ⊂ "Vladimir Putin"; "李尚福" ⊃ "李尚"). */
function namesFit(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.every((s) => long.includes(s))) return true;
  // Scripts without spaces: "普京" is a suffix of "弗拉基米尔普京", "李尚福" starts with "李尚".
  if (short.length === 1 && long.length === 1) {
    const s = short[0] as string;
    const l = long[0] as string;
    return (
      s.length >= 2 &&
      /^[^\p{Script=Latin}\p{Script=Cyrillic}]+$/u.test(s) &&
      (l.startsWith(s) || l.endsWith(s))
    );
  }
  return false;
}

/** The nominative among the forms seen ("Путин" over "Путина"/"Путиным"; "Захарова" over "Захаровой"). */
function bestForm(forms: Map<string, number> | undefined, fallback: string, gender: Gender | null): string {
  if (!forms || forms.size === 0) return fallback;
  const candidates = [...forms.keys()];
  if (!candidates.some((f) => /\p{Script=Cyrillic}/u.test(f))) {
    return (
      candidates.sort((a, b) => (forms.get(b) ?? 0) - (forms.get(a) ?? 0) || a.localeCompare(b))[0] ??
      fallback
    );
  }
  const oblique = (f: string): boolean =>
    /(?:[бвгджзклмнпрстфхцчшщ](?:ом|ым|ем|ому|ему)|(?:ин|ов|ев|ёв)(?:у|ым))$/u.test(f);
  const score = (form: string): number => {
    const f = form.toLowerCase();
    if (oblique(f)) return 4;
    if (/[бвгджзйклмнпрстфхцчшщь]$/u.test(f)) return 0;
    if (/[ая]$/u.test(f)) return gender === 'm' ? 2 : 1;
    return 3;
  };
  const best =
    candidates.sort((a, b) => score(a) - score(b) || a.length - b.length || a.localeCompare(b))[0] ??
    fallback;
  // Adjectival surnames in an oblique case: "Зеленского", "Зеленського" → "Зеленский", "Зеленський".
  if (/(?:ск|цк|ськ|цьк)(?:ого|ому|им|ім)$/u.test(best)) return best.replace(/(?:ого|ому|им|ім)$/u, 'ий');
  // Only an oblique form was seen ("Владимиром", "Путиным"): drop the case ending.
  if (oblique(best.toLowerCase())) return best.replace(/(?:ому|ему|ом|ым|ем|у)$/u, '');
  // Only a genitive form of a man's surname was seen ("Путина"): drop the ending.
  if (gender === 'm' && /(?:ин|ов|ев|ёв)а$/u.test(best)) return best.slice(0, -1);
  return best;
}
