// Exact sentence boundaries on the real news texts in ../shared/corpus (read in place, never copied). Copyrighted
// articles are checked by a sentence's first and last words; Kremlin (CC BY 4.0) and EU texts are quoted in full.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../shared/text/segment';
import { corpusPath, stripCorpusHeader } from '../../support/paths';

function corpusSentences(file: string, lang: string): string[] {
  const text = stripCorpusHeader(readFileSync(corpusPath(file), 'utf8'));
  return segmentText(text, lang).sentences.map((s) => text.slice(s.start, s.end));
}

/** The one sentence that starts with `head`; fails when none or several do. */
function sentenceStarting(sentences: string[], head: string): string {
  const found = sentences.filter((s) => s.startsWith(head));
  expect(found, `one sentence starting with ${JSON.stringify(head)}`).toHaveLength(1);
  return found[0] ?? '';
}

/** Asserts that a sentence runs exactly from `head` to `tail`. */
function expectSentence(sentences: string[], head: string, tail: string): void {
  const sentence = sentenceStarting(sentences, head);
  expect(sentence.endsWith(tail), `${JSON.stringify(sentence)} should end with ${JSON.stringify(tail)}`).toBe(
    true,
  );
}

const CORPUS: [string, string][] = [
  ['001-putin-li-2023/en_ap_focuscap_copy.txt', 'en'],
  ['001-putin-li-2023/en_reuters_early_timeslive.txt', 'en'],
  ['001-putin-li-2023/en_reuters_via_fbc_europeansuntimes.txt', 'en'],
  ['001-putin-li-2023/en_seed.txt', 'en'],
  ['001-putin-li-2023/en_tass_1605083_putin.txt', 'en'],
  ['001-putin-li-2023/en_tass_1605085_1605087_li.txt', 'en'],
  ['001-putin-li-2023/en_xinhua_readout_via_shine.txt', 'en'],
  ['001-putin-li-2023/ru_inosmi.txt', 'ru'],
  ['001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt', 'zh-Hant'],
  ['001-putin-li-2023/zh_xinhua_readout_via_guancha.txt', 'zh'],
  ['002-kremlin-zhang-gaoli-2017/en_china_mfa_readout_gothenburg.txt', 'en'],
  ['002-kremlin-zhang-gaoli-2017/en_kremlin.txt', 'en'],
  ['002-kremlin-zhang-gaoli-2017/en_tass_941216.txt', 'en'],
  ['002-kremlin-zhang-gaoli-2017/ru_kremlin.txt', 'ru'],
  ['008-eu-von-der-leyen-euco-2025/de_commission_translation_via_laender_analysen.txt', 'de'],
  ['008-eu-von-der-leyen-euco-2025/en_commission_statement_via_miragenews.txt', 'en'],
  ['008-eu-von-der-leyen-euco-2025/en_openrijk_variant.txt', 'en'],
  ['008-eu-von-der-leyen-euco-2025/en_polskie_radio_via_pap.txt', 'en'],
];

describe('segmentText on the real corpus', () => {
  it.each(CORPUS)(
    '%s: trimmed, ordered spans inside paragraphs, none without letters or digits',
    (file, lang) => {
      const text = stripCorpusHeader(readFileSync(corpusPath(file), 'utf8'));
      const { paragraphs, sentences } = segmentText(text, lang);
      let last = 0;
      for (const s of sentences) {
        expect(s.start).toBeGreaterThanOrEqual(last);
        expect(paragraphs.some((p) => p.start <= s.start && s.end <= p.end)).toBe(true);
        const piece = text.slice(s.start, s.end);
        expect(piece).toBe(piece.trim());
        last = s.end;
      }
      for (const p of paragraphs) {
        const inside = sentences.filter((s) => p.start <= s.start && s.end <= p.end);
        expect(inside[0]?.start).toBe(p.start);
        expect(inside[inside.length - 1]?.end).toBe(p.end);
        // "[…]" is a paragraph of its own; anywhere else a sentence without a letter or digit is a lone mark.
        if (inside.length > 1)
          for (const s of inside) expect(text.slice(s.start, s.end)).toMatch(/[\p{L}\p{N}]/u);
      }
    },
  );

  it('TASS: keeps the dateline with its sentence, splits quoted speech and keeps the stray final dot', () => {
    const s = corpusSentences('001-putin-li-2023/en_tass_1605083_putin.txt', 'en');
    expectSentence(s, 'MOSCOW, April 16. /TASS/. Russian-Chinese military cooperation', 'Li Shangfu.');
    expectSentence(s, '"We are glad to see you.', '"We are glad to see you.');
    expectSentence(s, 'I am sure that your visit', 'highest possible level.');
    expectSentence(s, 'Welcome to Russia!', 'Welcome to Russia!" Putin said.');
    expectSentence(s, 'He plans to have talks', 'global and regional security.".');
    expect(s).toHaveLength(12);
  });

  it('TASS: an opening quote goes with the sentence it opens; bracketed ellipsis stays inside', () => {
    const s = corpusSentences('001-putin-li-2023/en_tass_1605085_1605087_li.txt', 'en');
    expect(s).toContain(
      'He also stressed the necessity of establishing peaceful relations between countries.',
    );
    expectSentence(s, '"[Chinese President] Xi Jinping has advanced', 'an initiative of global development.');
    expectSentence(s, 'They rest on the principles of non-alignment <…> and', 'are very stable," he said.');
    expect(s).toContain('"They rest on the principles of non-alignment", Li Shangfu said');
    expect(s).toContain('[tass.com/world/1605087]');
    expect(s.filter((x) => x.startsWith('MOSCOW, April 16. /TASS/. '))).toHaveLength(2);
  });

  it('AP and Reuters: Gen., U.S., St. and headlines', () => {
    const ap = corpusSentences('001-putin-li-2023/en_ap_focuscap_copy.txt', 'en');
    expectSentence(
      ap,
      'Putin and Russian Defense Minister Sergei Shoigu met with Gen. Li Shangfu',
      'visit to Moscow.',
    );
    expectSentence(ap, "But China's foreign minister", 'as the U.S. and other Western allies have feared.');
    expectSentence(ap, 'Li said that the countries\' relations "outperform', 'of the Cold War era.');
    const seed = corpusSentences('001-putin-li-2023/en_seed.txt', 'en');
    expectSentence(seed, 'Li has been under U.S. sanctions since 2018', 'Rosoboronexport.');
    expectSentence(seed, 'Putin, flanked by his Defense Minister', 'on April 16, 2023.');
    expect(seed).toContain('Pavel Bednyakov / AP');
    expect(seed).toContain('Source link');
    expect(seed[0]).toBe('Putin and Chinese defense minister hail military cooperation in Moscow meeting');
    const fbc = corpusSentences('001-putin-li-2023/en_reuters_via_fbc_europeansuntimes.txt', 'en');
    expect(fbc).toContain('Apr 17, 2023');
    expectSentence(
      fbc,
      'Moscow [Russia], April 17: Russian President Vladimir Putin',
      '"no limits" partnership.',
    );
    const tass = corpusSentences('002-kremlin-zhang-gaoli-2017/en_tass_941216.txt', 'en');
    expectSentence(tass, 'He once again conveyed condolences', 'on St. Petersburg’s subway, condemning it.');
    expectSentence(tass, 'MOSCOW, April 13. /TASS/. Russian President', 'One Road Forum set for May.');
  });

  it('Kremlin transcript (en): speaker labels stay with the first sentence of the turn', () => {
    const s = corpusSentences('002-kremlin-zhang-gaoli-2017/en_kremlin.txt', 'en');
    expect(s).toContain('President of Russia Vladimir Putin: Mr Zhang Gaoli, friends,');
    expect(s).toContain(
      'First Vice Premier of the State Council of China Zhang Gaoli (retranslated): Your Excellency, Mr President,',
    );
    expect(s).toContain('This is not our first meeting.');
    expect(s).toContain('We have very good relations.');
    expect(s).toContain('Welcome!');
  });

  it('Kremlin transcript (ru): В.Путин: and «…» inside sentences', () => {
    const s = corpusSentences('002-kremlin-zhang-gaoli-2017/ru_kremlin.txt', 'ru');
    expect(s.slice(0, 3)).toEqual([
      'В.Путин: Уважаемый товарищ Чжан Гаоли!',
      'Уважаемые друзья!',
      'Позвольте мне вас сердечно поприветствовать.',
    ]);
    expect(s).toContain(
      'Чжан Гаоли (как переведено): Ваше Превосходительство, уважаемый господин Президент!',
    );
    expect(s).toContain(
      'По приглашению Председателя КНР планирую принять участие в работе международного форума «Один пояс – один путь», в этой связи планирую быть в Пекине с рабочим визитом.',
    );
    expect(s).toContain('Добро пожаловать.');
  });

  it('InoSMI (ru): "..." before a capital ends a sentence inside a quotation; dash attribution stays', () => {
    const s = corpusSentences('001-putin-li-2023/ru_inosmi.txt', 'ru');
    expectSentence(s, '"В мире очень неспокойно', 'между странами...');
    expectSentence(s, 'Сотрудничество (с Россией)', '", - заявил Шанфу на переговорах.');
    expectSentence(s, '"У нас крепкие отношения', 'стоят "плечом к плечу".');
    expect(s[0]).toBe(
      'Министр обороны Китая Шанфу: отношения Москвы и Пекина превосходят союз времен холодной войны',
    );
  });

  it('EU statement (de): ordinals, dates, URL, headline and […]', () => {
    const s = corpusSentences(
      '008-eu-von-der-leyen-euco-2025/de_commission_translation_via_laender_analysen.txt',
      'de',
    );
    expectSentence(s, 'Erklärung von EU-Kommissionspräsidentin', 'des Europäischen Rates vom 26. Juni 2025.');
    expect(s).toContain('Brüssel, 27. Juni 2025');
    expect(s).toContain(
      'Sie haben die Unterstützung für die Ukraine vorangebracht, mit Vereinbarungen über unser 16. und 17. Sanktionspaket und neuen Zöllen auf russische und belarussische Waren.',
    );
    expect(s).toContain('Das sind beeindruckende Zahlen.');
    expect(s).toContain('[…]');
    expectSentence(
      s,
      'Quelle: Europäische Kommission.',
      'statement-25-1649_de.pdf (abgerufen am 05.07.2025).',
    );
  });

  it('EU statement (en) and PAP: sentences starting with a number, nested quotes, dotted dates', () => {
    const s = corpusSentences(
      '008-eu-von-der-leyen-euco-2025/en_commission_statement_via_miragenews.txt',
      'en',
    );
    expect(s).toContain('16 Member States have requested the activation of the National Escape Clause.');
    expect(s).toContain(
      'You closed 37 major legislative files and reached negotiating mandates on another 18.',
    );
    const pap = corpusSentences('008-eu-von-der-leyen-euco-2025/en_polskie_radio_via_pap.txt', 'en');
    expect(pap).toContain('27.06.2025 15:00');
    expect(pap).toContain('“It was agreed that this level would be ‘Polish’ – that is, 5 percent.”');
    expect(pap).toContain("'Your presidency was tough, but you delivered'");
    expectSentence(pap, '“Your presidency was tough, but you delivered,”', 'were “impressive numbers.”');
  });

  it('Chinese: 。 ends sentences, 「…」 stays whole, ASCII commas and datelines do not split', () => {
    const cna = corpusSentences(
      '001-putin-li-2023/zh-Hant_cna_translation_of_reuters_1984bbs.txt',
      'zh-Hant',
    );
    expectSentence(cna, '(路透莫斯科16日電)俄羅斯總統蒲亭', '對於兩國軍事合作予以讚許。');
    expect(cna).toContain('兩國已宣示夥伴關係「無上限」。');
    expectSentence(cna, '蒲亭致開幕詞時說:「我們兩國關係', '以及在軍事部門。」');
    expect(cna[cna.length - 1]).toBe('中央社(翻译)');
    const xinhua = corpusSentences('001-putin-li-2023/zh_xinhua_readout_via_guancha.txt', 'zh');
    expect(xinhua).toContain('他表示,习近平主席前不久访问俄罗斯,取得丰硕成果。');
    expect(xinhua).toContain('(记者 赵冰)');
    expect(xinhua).toContain('2023-04-17 06:44');
  });
});

/** The sentence column of the provenance table (TSV with CSV-style quoting of fields that contain quotes). */
function provenanceSentences(): Map<string, { lang: string; sentence: string }> {
  const rows = readFileSync(corpusPath('provenance-dev.tsv'), 'utf8').split('\n').slice(1);
  const byId = new Map<string, { lang: string; sentence: string }>();
  for (const row of rows) {
    const [id, lang, , , raw] = row.split('\t');
    if (!id || !lang || raw === undefined) continue;
    const sentence = raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1).replaceAll('""', '"') : raw;
    byId.set(id, { lang, sentence });
  }
  return byId;
}

describe('segmentText on the provenance sentences', () => {
  const table = provenanceSentences();
  // Sentence counts by row: transcript labels, quotes, "..." before lower case, and the two-sentence rows.
  const expected: [string, number][] = [
    ['P001', 2],
    ['P004', 1],
    ['P007', 1],
    ['P010', 1],
    ['P025', 1],
    ['P028', 1],
    ['P034', 1],
    ['P037', 1],
    ['P040', 2],
    ['P046', 2],
    ['P052', 1],
    ['P058', 2],
    ['P064', 1],
    ['P070', 1],
  ];
  it.each(expected)('%s has %i sentence(s)', (id, count) => {
    const row = table.get(id);
    expect(row).toBeDefined();
    if (!row) return;
    expect(segmentText(row.sentence, row.lang).sentences).toHaveLength(count);
  });

  it('ends the first sentence of a two-sentence row exactly', () => {
    const p001 = table.get('P001');
    expect(p001).toBeDefined();
    if (!p001) return;
    const { sentences } = segmentText(p001.sentence, p001.lang);
    const second = sentences[1];
    expect(second && p001.sentence.slice(second.start, second.end)).toBe(
      "Li's comments were translated by the Kremlin.",
    );
  });
});
