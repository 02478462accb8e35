import { describe, expect, it } from 'vitest';
import { analyzeQuotes } from '../../../shared/quotes/analyze';

/** Speakers (and addressees) of the speech quotes in a text, in order. */
function speakers(text: string, lang: string): (string | null)[] {
  return analyzeQuotes(text, lang)
    .quotes.filter((q) => q.kind !== 'term' && q.depth === 0)
    .map((q) => q.speaker);
}

describe('speaker attribution per language', () => {
  const cases: [string, string, string, (string | null)[]][] = [
    // [language, rule, text, expected speakers]
    [
      'en',
      'post-quote cue',
      'Prime Minister Keir Starmer visited Kyiv.\n\n“We stand with you,” Starmer said.',
      ['Keir Starmer'],
    ],
    [
      'en',
      'inversion',
      'Defence Minister Li Shangfu arrived.\n\n“Relations are strong,” said Li.',
      ['Li Shangfu'],
    ],
    ['en', 'colon', 'Russian President Vladimir Putin said: “We are working actively.”', ['Vladimir Putin']],
    [
      'en',
      'appositive',
      'Li Shangfu, who has been under U.S. sanctions since 2018, said: “Our ties are strong.”',
      ['Li Shangfu'],
    ],
    ['en', 'according to', '“The talks were useful,” according to Foreign Minister Wang Yi.', ['Wang Yi']],
    [
      'en',
      'pronoun, addressee',
      'Putin met Li Shangfu. The visit was the first Li has made abroad.\n\n“Cooperation is good,” he told Putin.',
      ['Li Shangfu'],
    ],
    [
      'en',
      'she',
      'Maria Zakharova spoke after Sergei Lavrov. “It is a provocation,” she said.',
      ['Maria Zakharova'],
    ],
    [
      'en',
      'follow-up paragraph',
      'Chancellor Olaf Scholz spoke in Berlin.\n\n“We will help,” Scholz said.\n\n“And we will not stop.”',
      ['Olaf Scholz', 'Olaf Scholz'],
    ],
    [
      'en',
      'same paragraph continuation',
      '“We will help,” Scholz said. “And we will not stop.”',
      ['Scholz', 'Scholz'],
    ],
    ['en', 'unnamed speaker', '“The situation is calm,” a senior official said.', ['a senior official']],
    [
      'ru',
      'dash inversion',
      'Президент России Владимир Путин встретился с Ли Шанфу.\n\n«Мы активно работаем», — сказал Путин.',
      ['Владимир Путин'],
    ],
    [
      'ru',
      'feminine pronoun',
      'Официальный представитель МИД Мария Захарова выступила в четверг.\n\n«Это провокация», — заявила она.',
      ['Мария Захарова'],
    ],
    [
      'ru',
      'по словам + genitive',
      'Министр обороны Сергей Шойгу прибыл в Минск. По словам Шойгу, «учения прошли успешно».',
      ['Сергей Шойгу'],
    ],
    ['ru', 'colon', 'Путин заявил: «Мы готовы к диалогу».', ['Путин']],
    [
      'ru',
      'pro-drop',
      'Владимир Путин ответил на вопросы. «Мы готовы к диалогу», — добавил он. «Это очень важно для всех нас», — подчеркнул.',
      ['Владимир Путин', 'Владимир Путин'],
    ],
    [
      'uk',
      'dash inversion',
      'Президент України Володимир Зеленський звернувся до нації.\n\n«Ми вистоїмо», — сказав Зеленський.',
      ['Володимир Зеленський'],
    ],
    ['uk', 'за словами', 'За словами Зеленського, «ситуація на фронті складна».', ['Зеленський']],
    [
      'de',
      'inversion',
      'Bundeskanzler Olaf Scholz sprach in Berlin. „Wir helfen“, erklärte Scholz.',
      ['Olaf Scholz'],
    ],
    ['de', ', so X', '„Wir werden der Ukraine weiter helfen“, so Scholz.', ['Scholz']],
    ['de', 'colon', 'Scholz sagte: „Wir werden nicht nachlassen.“', ['Scholz']],
    [
      'de',
      'laut',
      'Laut Außenministerin Annalena Baerbock ist die Lage „sehr ernst und gefährlich für alle“.',
      ['Annalena Baerbock'],
    ],
    [
      'de',
      'pronoun',
      'Außenministerin Annalena Baerbock reiste nach Kiew. „Wir stehen an Ihrer Seite“, sagte sie.',
      ['Annalena Baerbock'],
    ],
    [
      'fr',
      'inversion -t-il',
      'Le président Emmanuel Macron était à Berlin. « Nous sommes unis », a-t-il déclaré.',
      ['Emmanuel Macron'],
    ],
    ['fr', 'post-quote', '« Nous sommes unis », a déclaré Emmanuel Macron.', ['Emmanuel Macron']],
    ['fr', 'selon', '« La situation est grave », selon Emmanuel Macron.', ['Emmanuel Macron']],
    ['es', 'post-quote', '“Estamos unidos”, dijo el presidente Pedro Sánchez.', ['Pedro Sánchez']],
    [
      'es',
      'pro-drop',
      'El presidente Pedro Sánchez habló en Madrid. “Estamos unidos”, afirmó.',
      ['Pedro Sánchez'],
    ],
    ['es', 'según', '“La situación es grave”, según Pedro Sánchez.', ['Pedro Sánchez']],
    [
      'pt',
      'post-quote',
      '“Estamos unidos”, disse o presidente Luiz Inácio Lula da Silva.',
      ['Luiz Inácio Lula da Silva'],
    ],
    ['it', 'post-quote', '«Siamo uniti», ha detto Giorgia Meloni.', ['Giorgia Meloni']],
    ['pl', 'post-quote', '„Jesteśmy zjednoczeni” – powiedział Donald Tusk.', ['Donald Tusk']],
    ['zh', 'colon', '俄罗斯总统普京表示：“我们正在积极合作。”', ['普京']],
    ['zh', 'post-quote pronoun', '中国国防部长李尚福访问莫斯科。“两国关系很好，”他说。', ['李尚福']],
    ['zh', 'addressee', '李尚福对普京说：“两国军事合作发展得很好。”', ['李尚福']],
    ['zh', 'according', '据新华社报道，普京说：“我们是朋友。”', ['普京']],
    ['ar', 'verb first', 'وقال الرئيس الروسي فلاديمير بوتين: «نحن نعمل بنشاط».', ['فلاديمير بوتين']],
    ['ar', 'post-quote', '«نحن نعمل بنشاط»، قال بوتين.', ['بوتين']],
    [
      'ar',
      'pro-drop',
      'التقى وزير الدفاع الصيني لي شانغ فو ببوتين. وأضاف: «العلاقات ممتازة».',
      ['لي شانغ فو'],
    ],
  ];
  for (const [lang, rule, text, expected] of cases) {
    it(`${lang}: ${rule}`, () => {
      expect(speakers(text, lang)).toEqual(expected);
    });
  }
});

describe('pronoun resolution', () => {
  it('prefers a person who is a subject over one named in passing', () => {
    const text =
      'Visiting Defence Minister Li Shangfu said after meeting President Vladimir Putin that ties were strong.\n\nThe footage was aired on television.\n\n“Cooperation is developing very dynamically,” he said.';
    expect(speakers(text, 'en')).toEqual(['Li Shangfu']);
  });

  it('carries the previous speaker past a name mentioned in passing', () => {
    const text =
      '“We are glad to see you,” Vladimir Putin said.\n\nThe Russian president recalled the visit of Xi Jinping in March.\n\nHe noted that the minister “has a rich working programme” in Russia.';
    expect(speakers(text, 'en')).toEqual(['Vladimir Putin', 'Vladimir Putin']);
  });
});

describe('addressees and kinds', () => {
  it('"he told Putin": Putin is the addressee, not the speaker', () => {
    const text = 'Li Shangfu met Vladimir Putin.\n\n“Cooperation is good,” he told Putin.';
    const q = analyzeQuotes(text, 'en').quotes[0];
    expect(q).toMatchObject({ speaker: 'Li Shangfu', addressee: 'Vladimir Putin' });
  });

  it('addressee after a preposition (fr, es) and 对 (zh)', () => {
    expect(
      analyzeQuotes('« Nous sommes prêts », a dit Emmanuel Macron à Olaf Scholz.', 'fr').quotes[0],
    ).toMatchObject({ speaker: 'Emmanuel Macron', addressee: 'Olaf Scholz' });
    expect(
      analyzeQuotes('“Estamos listos”, dijo Pedro Sánchez a Olaf Scholz.', 'es').quotes[0],
    ).toMatchObject({ speaker: 'Pedro Sánchez', addressee: 'Olaf Scholz' });
    expect(analyzeQuotes('李尚福对普京说：“两国军事合作发展得很好。”', 'zh').quotes[0]).toMatchObject({
      speaker: '李尚福',
      addressee: '普京',
    });
  });

  it('a quoted term gets no speaker; a partial quote gets its sentence’s speaker', () => {
    const text =
      'Russia and China declared a “no limits” partnership. Putin said relations were “at their highest level in history” and praised Li.';
    const a = analyzeQuotes(text, 'en');
    const term = a.quotes.find((q) => q.kind === 'term');
    expect(term?.speaker).toBeNull();
    const partial = a.quotes.find((q) => text.slice(q.start, q.end).includes('highest'));
    expect(partial?.speaker).toBe('Putin');
  });

  it('transcript turns take the label’s speaker', () => {
    const text =
      'President of Russia Vladimir Putin: Mr Zhang, friends, welcome.\nFirst Vice Premier of the State Council of China Zhang Gaoli (retranslated): Thank you, Mr President.\nVladimir Putin: Please.';
    const a = analyzeQuotes(text, 'en');
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Zhang Gaoli', 'Vladimir Putin']);
    const ru = analyzeQuotes(
      'В.Путин: Уважаемый товарищ Чжан Гаоли!\nЧжан Гаоли (как переведено): Уважаемый господин Президент!',
      'ru',
    );
    expect(ru.quotes.map((q) => q.speaker)).toEqual(['Путин', 'Чжан Гаоли']);
  });
});
