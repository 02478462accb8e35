import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '../../../shared/quotes/analyze';
import type { ProvenanceKind } from '../../../shared/quotes/types';
import { corpusPath } from '../../support/paths';

/**
 * Our reading of each provenance-dev.tsv row: the statement kind and words its agent must contain (agent null: the
 * sentence names nobody); a row null = no statement.
 */
const EXPECTED: Record<string, { kind: ProvenanceKind; agent: RegExp | null } | null> = {
  P001: { kind: 'translated_by', agent: /^the Kremlin$/u },
  P004: { kind: 'translation_source', agent: /^Russian media$/u },
  P007: { kind: 'interpreter', agent: null }, // "(retranslated)" names no interpreter
  P010: { kind: 'interpreter', agent: null }, // "(retranslated)" names no interpreter
  P013: { kind: 'interpreter', agent: /translator/u },
  P016: { kind: 'interpreter', agent: /simultaneous translation/u },
  P019: null, // implicit row: "PAP reported" states no translation; only the speaker registry can mark it
  P022: { kind: 'translated_by', agent: /^the Russian Reader$/u },
  P025: { kind: 'interpreter', agent: null }, // "(как переведено)" likewise
  P028: { kind: 'translation_source', agent: /Синьхуа$/u },
  P031: null, // implicit row: see the speaker-registry test below
  P034: { kind: 'translated_by', agent: /^Анна Щетникова$/u },
  P037: { kind: 'interpreter', agent: /Simultandolmetschung/u },
  P040: { kind: 'translated_by', agent: /maschinelle Übersetzung/u },
  P043: null,
  P046: { kind: 'interpreter', agent: /^l’interprète$/u },
  P049: { kind: 'interpreter', agent: /^la intérprete$/u },
  P052: { kind: 'interpreter', agent: /^la intérprete$/u },
  P055: { kind: 'interpreter', agent: /^a tradutora$/u },
  P058: { kind: 'translated_by', agent: /^中央社$/u },
  P061: null,
  P064: { kind: 'translated_by', agent: /^مرافقه$/u },
  P067: null,
  P070: null,
  P073: null,
};

interface Row {
  id: string;
  lang: string;
  kind: string;
  sentence: string;
}

function rows(): Row[] {
  const lines = readFileSync(corpusPath('provenance-dev.tsv'), 'utf8').trim().split('\n').slice(1);
  return lines.map((line) => {
    const [id = '', lang = '', kind = '', , sentence = ''] = line.split('\t');
    return { id, lang, kind, sentence };
  });
}

describe('provenance-dev.tsv', () => {
  const all = rows();

  it('has an expectation for every row', () => {
    expect(all.length).toBeGreaterThanOrEqual(25);
    for (const row of all) expect(Object.hasOwn(EXPECTED, row.id), row.id).toBe(true);
  });

  for (const row of all) {
    it(`${row.id} (${row.lang}, ${row.kind})`, () => {
      const expected = EXPECTED[row.id];
      const analysis = analyzeQuotes(row.sentence, row.lang);
      const explicit = analysis.provenance.filter((p) => !p.implicit);
      if (!expected) {
        expect(explicit).toEqual([]);
        return;
      }
      const { kind, agent } = expected;
      const hit = explicit.find(
        (p) =>
          p.kind === kind && (agent === null ? p.agent === null : p.agent !== null && agent.test(p.agent)),
      );
      expect(hit, JSON.stringify(explicit)).toBeDefined();
      // A statement in a sentence with speech quotes applies to them (P001 names Li, but its quote's "he" has no
      // antecedent inside the row; P004 is the source of the quote's wording, also checked this way).
      const speech = analysis.quotes.filter((q) => q.kind !== 'term');
      if (speech.length > 0 && row.id !== 'P001') {
        for (const q of speech) expect(q.provenance).not.toBeNull();
      }
    });
  }

  it('gives counter-examples nothing', () => {
    const counter = all.filter((r) => r.kind === 'counter-example');
    expect(counter.length).toBeGreaterThanOrEqual(5);
    for (const row of counter) expect(analyzeQuotes(row.sentence, row.lang).provenance).toEqual([]);
  });
});

describe('scope of a statement', () => {
  it('"Li’s comments were translated by X" covers every quote by Li and only those', () => {
    const text = [
      'Chinese Defence Minister Li Shangfu met Russian President Vladimir Putin on Sunday.',
      '“We are working actively,” Putin said.',
      '“Cooperation is developing very well,” Li said.',
      '“We will continue,” Putin added.',
      '“Our ties are strong,” Li told reporters. Li’s comments were translated by the Kremlin.',
    ].join('\n\n');
    const a = analyzeQuotes(text, 'en');
    const statement = a.provenance.findIndex((p) => p.kind === 'translated_by' && p.agent === 'the Kremlin');
    expect(statement).toBeGreaterThanOrEqual(0);
    const byLi = a.quotes.map((q, i) => ({ q, i })).filter(({ q }) => q.speaker === 'Li Shangfu');
    expect(byLi).toHaveLength(2);
    expect(a.provenance[statement]?.quotes.sort()).toEqual(byLi.map(({ i }) => i));
    for (const q of a.quotes) expect(q.provenance === statement).toBe(q.speaker === 'Li Shangfu');
  });

  it('"through an interpreter" covers only its own sentence', () => {
    const text =
      '“First,” Erdogan said. “Second,” Erdogan said through an interpreter. “Third,” Erdogan said.';
    const a = analyzeQuotes(text, 'en');
    expect(a.quotes.map((q) => q.provenance === null)).toEqual([true, false, true]);
    expect(a.provenance[0]).toMatchObject({ kind: 'interpreter', agent: 'an interpreter', quotes: [1] });
  });

  it('finds language of utterance in several languages, and not in "Russian weapons"', () => {
    const cases: [string, string, string][] = [
      ['en', '“We will win,” he said in Russian.', 'Russian'],
      ['en', 'Speaking in Mandarin, Li said: “We are friends.”', 'Mandarin'],
      ['ru', '«Мы друзья», — сказал он по-китайски.', 'по-китайски'],
      ['de', '„Wir sind Freunde“, sagte er auf Russisch.', 'Russisch'],
      ['fr', '« Nous sommes amis », a-t-il déclaré en russe.', 'russe'],
      ['es', '“Somos amigos”, dijo en ruso.', 'ruso'],
      ['pt', '“Somos amigos”, disse em russo.', 'russo'],
      ['zh', '他用俄语说：“我们是朋友。”', '俄语'],
      ['uk', '«Ми друзі», — сказав він російською мовою.', 'російською'],
    ];
    for (const [lang, text, language] of cases) {
      const a = analyzeQuotes(text, lang);
      expect(a.provenance, `${lang}: ${text}`).toHaveLength(1);
      expect(a.provenance[0]).toMatchObject({ kind: 'language_of_utterance', agent: language, quotes: [0] });
    }
    expect(
      analyzeQuotes('Officials found components from China in Russian weapons, he said.', 'en').provenance,
    ).toEqual([]);
  });

  it('finds interpreters and translators in each language', () => {
    const cases: [string, string, string][] = [
      ['en', '“We are ready,” Li said through an interpreter.', 'interpreter'],
      [
        'en',
        'PUTIN (THROUGH TRANSLATOR): We are ready.\nLAVROV (THROUGH TRANSLATOR): Indeed.',
        'interpreter',
      ],
      ['ru', '«Мы готовы», — сказал Ли через переводчика.', 'interpreter'],
      ['uk', '«Ми готові», — сказав Лі через перекладача.', 'interpreter'],
      ['de', '„Wir sind bereit“, sagte Li über einen Dolmetscher.', 'interpreter'],
      ['fr', '« Nous sommes prêts », a déclaré Li par l’intermédiaire d’un interprète.', 'interpreter'],
      ['es', '“Estamos listos”, dijo Li a través de un intérprete.', 'interpreter'],
      ['pt', '“Estamos prontos”, disse Li por meio de um intérprete.', 'interpreter'],
      ['zh', '李尚福通过翻译表示：“我们准备好了。”', 'interpreter'],
      ['ar', 'وقال لي عبر مترجم: «نحن مستعدون».', 'interpreter'],
      ['en', '“We are ready,” Li said, according to a Kremlin transcript.', 'translation_source'],
      ['en', '“We are ready,” Li said, according to a readout by Xinhua.', 'translation_source'],
      ['de', '„Wir sind bereit“, sagte Li, übersetzt von der Botschaft.', 'translated_by'],
      ['es', '“Estamos listos”, dijo Li, en palabras traducidas por la embajada.', 'translated_by'],
    ];
    for (const [lang, text, kind] of cases) {
      const a = analyzeQuotes(text, lang);
      expect(
        a.provenance.map((p) => p.kind),
        `${lang}: ${text}`,
      ).toContain(kind);
      expect(
        a.quotes.every((q) => q.provenance !== null),
        `${lang}: ${text}`,
      ).toBe(true);
    }
  });

  it('ignores look-alikes', () => {
    const cases: [string, string][] = [
      ['en', 'The book was translated into 20 languages, she said.'],
      ['en', '“I did it myself,” he said. He translated his own remarks.'],
      ['en', 'Much was lost in translation, the minister said.'],
      ['en', 'The interpreter association held its congress in Vienna.'],
      ['ru', 'Книга переведена на 20 языков, сказал он.'],
      ['de', 'Das Buch wurde in 20 Sprachen übersetzt, sagte er.'],
      ['fr', 'Le livre a été traduit en vingt langues, a-t-il dit.'],
    ];
    for (const [lang, text] of cases) expect(analyzeQuotes(text, lang).provenance, text).toEqual([]);
  });
});

describe('implicit provenance from the speaker registry', () => {
  it('marks quotes of a speaker whose language differs from the document, translator unknown', () => {
    const row = rows().find((r) => r.id === 'P031');
    expect(row).toBeDefined();
    const text = `${row?.sentence ?? ''} «Очень востребован мир, мирные отношения между странами», — сказал Ли Шанфу.`;
    const none = analyzeQuotes(text, 'ru');
    expect(none.provenance).toEqual([]);
    const a = analyzeQuotes(text, 'ru', { speakerLanguages: [{ name: 'Ли Шанфу', language: 'zh' }] });
    const q = a.quotes.find((x) => x.speaker === 'Ли Шанфу');
    expect(q?.provenance).not.toBeNull();
    expect(a.provenance[q?.provenance ?? -1]).toMatchObject({
      kind: 'translated_by',
      agent: null,
      implicit: true,
    });
    // Same language as the document: nothing to infer.
    const same = analyzeQuotes(text, 'ru', { speakerLanguages: [{ name: 'Ли Шанфу', language: 'ru' }] });
    expect(same.provenance).toEqual([]);
  });

  it('an explicit statement wins over the implicit one', () => {
    const text = '“We are friends,” Li Shangfu said through an interpreter.';
    const a = analyzeQuotes(text, 'en', { speakerLanguages: [{ name: 'Li Shangfu', language: 'zh-Hans' }] });
    expect(a.provenance).toHaveLength(1);
    expect(a.provenance[0]).toMatchObject({ kind: 'interpreter', implicit: false });
  });
});
