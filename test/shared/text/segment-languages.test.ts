import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../shared/text/segment';

function sentencesOf(text: string, lang: string): string[] {
  return segmentText(text, lang).sentences.map((s) => text.slice(s.start, s.end));
}

describe('segmentText: English', () => {
  it('keeps titles and honorifics with the name that follows', () => {
    expect(
      sentencesOf('Mrs. May met Sen. Smith, Rep. Jones, Gov. Brown and Lt. Gen. Li. They talked.', 'en'),
    ).toEqual(['Mrs. May met Sen. Smith, Rep. Jones, Gov. Brown and Lt. Gen. Li.', 'They talked.']);
    expect(sentencesOf('I met Prof. Smith and Mr. Brown at the U.S. Embassy. Then.', 'en')).toEqual([
      'I met Prof. Smith and Mr. Brown at the U.S. Embassy.',
      'Then.',
    ]);
  });

  it('joins "Jan." and "No." only before a number', () => {
    expect(
      sentencesOf('It was signed on Jan. 16 in St. Petersburg. No. 5 won. No. He did not.', 'en'),
    ).toEqual(['It was signed on Jan. 16 in St. Petersburg.', 'No. 5 won.', 'No.', 'He did not.']);
  });

  it('ends a sentence after an ambiguous abbreviation or initial when a sentence opener follows', () => {
    expect(sentencesOf('He works for Acme Inc. The firm is big. Plan B. The others failed.', 'en')).toEqual([
      'He works for Acme Inc.',
      'The firm is big.',
      'Plan B.',
      'The others failed.',
    ]);
    expect(sentencesOf('Shares of Acme Inc. Rose sharply.', 'en')).toEqual([
      'Shares of Acme Inc. Rose sharply.',
    ]);
  });

  it('keeps initials, including hyphenated ones, with the surname', () => {
    expect(sentencesOf('J.-C. Juncker met V. Putin. They spoke.', 'en')).toEqual([
      'J.-C. Juncker met V. Putin.',
      'They spoke.',
    ]);
  });

  it('does not split decimals, dotted dates, thousands, URLs or e-mail addresses', () => {
    expect(
      sentencesOf(
        'Prices rose 3.5 per cent to 1.000.000 on 16.04.2023. See https://Example.com/Page.Html now. Mail Info.Press@Example.org today.',
        'en',
      ),
    ).toEqual([
      'Prices rose 3.5 per cent to 1.000.000 on 16.04.2023.',
      'See https://Example.com/Page.Html now.',
      'Mail Info.Press@Example.org today.',
    ]);
    expect(sentencesOf('Visit www.kremlin.ru. Or write to us.', 'en')).toEqual([
      'Visit www.kremlin.ru.',
      'Or write to us.',
    ]);
  });

  it('keeps an ellipsis inside a sentence and ends one before a capital', () => {
    expect(
      sentencesOf('He paused... and left. He waited… Then he came back. It was <…> long.', 'en'),
    ).toEqual(['He paused... and left.', 'He waited…', 'Then he came back.', 'It was <…> long.']);
    expect(sentencesOf('He said [...] The end came.', 'en')).toEqual(['He said [...] The end came.']);
  });
});

describe('segmentText: Russian and Ukrainian', () => {
  it('handles г., гг., т.е., т.д., т.п., млн, руб. and initials', () => {
    expect(
      sentencesOf(
        'Рост составил 5 млрд руб. в год. В.В. Путин, т.е. президент, и Дж. Байден встретились, и т. д. Потом ушли.',
        'ru',
      ),
    ).toEqual([
      'Рост составил 5 млрд руб. в год.',
      'В.В. Путин, т.е. президент, и Дж. Байден встретились, и т. д.',
      'Потом ушли.',
    ]);
    expect(sentencesOf('Было это в 1990-е гг. и т.п. Конец.', 'ru')).toEqual([
      'Было это в 1990-е гг. и т.п.',
      'Конец.',
    ]);
  });

  it('ends a sentence after "г." only when a sentence opener follows', () => {
    expect(sentencesOf('Это было в 2017 г. В Москве прошли выборы. В 2017 г. Путин приехал.', 'ru')).toEqual([
      'Это было в 2017 г.',
      'В Москве прошли выборы.',
      'В 2017 г. Путин приехал.',
    ]);
  });

  it('keeps ул., им., д., с., ст. and spaced initials inside the sentence', () => {
    expect(
      sentencesOf(
        'Он живёт на ул. Ленина, д. 5, в доме им. Горького. Это в с. Ивановка. См. ст. 5 УК. В. В. Путин пришёл.',
        'ru',
      ),
    ).toEqual([
      'Он живёт на ул. Ленина, д. 5, в доме им. Горького.',
      'Это в с. Ивановка.',
      'См. ст. 5 УК.',
      'В. В. Путин пришёл.',
    ]);
  });

  it('joins abbreviations written without a space ("г.Москва")', () => {
    expect(sentencesOf('Он приехал в г.Москву. Затем уехал.', 'ru')).toEqual([
      'Он приехал в г.Москву.',
      'Затем уехал.',
    ]);
  });

  it('handles Ukrainian р., грн, вул. and м.', () => {
    expect(
      sentencesOf('У 2022 р. Зеленський виступив. Ціна 5 млн грн. Це багато. Вул. Хрещатик, м. Київ.', 'uk'),
    ).toEqual(['У 2022 р. Зеленський виступив.', 'Ціна 5 млн грн.', 'Це багато.', 'Вул. Хрещатик, м. Київ.']);
  });
});

describe('segmentText: German', () => {
  it('keeps z. B., d. h., u. a., bzw., ca., Nr. and Dr. inside the sentence', () => {
    expect(
      sentencesOf(
        'Es gibt z. B. Äpfel, d. h. Obst, u. a. Birnen. Am 1. Mai bzw. danach. Nr. 5 gewann.',
        'de',
      ),
    ).toEqual(['Es gibt z. B. Äpfel, d. h. Obst, u. a. Birnen.', 'Am 1. Mai bzw. danach.', 'Nr. 5 gewann.']);
    expect(
      sentencesOf('Er hat ca. 5 Mio. Euro. Das ist viel. Dr. Müller kam am 16.04.2023 an.', 'de'),
    ).toEqual(['Er hat ca. 5 Mio. Euro.', 'Das ist viel.', 'Dr. Müller kam am 16.04.2023 an.']);
  });

  it('keeps ordinals ("3. Oktober", "16. und 17. Paket") but ends a sentence after a plain number', () => {
    expect(
      sentencesOf('Am 3. Oktober kam er. Unser 16. und 17. Paket kam. Sie stieg auf 18. Das ist viel.', 'de'),
    ).toEqual([
      'Am 3. Oktober kam er.',
      'Unser 16. und 17. Paket kam.',
      'Sie stieg auf 18.',
      'Das ist viel.',
    ]);
    expect(sentencesOf('1. Mai ist Feiertag.', 'de')).toEqual(['1. Mai ist Feiertag.']);
  });
});

describe('segmentText: French, Spanish, Italian, Polish', () => {
  it('keeps M., Mme and p. ex. inside the sentence and ends one after etc.', () => {
    expect(
      sentencesOf('M. Macron et Mme Dupont sont venus. Il y a p. ex. des pommes, etc. Fin.', 'fr'),
    ).toEqual(['M. Macron et Mme Dupont sont venus.', 'Il y a p. ex. des pommes, etc.', 'Fin.']);
  });

  it('keeps Sr., Sra., Dr. and pág. inside the Spanish sentence', () => {
    expect(
      sentencesOf('El Sr. López y la Sra. García llegaron. Ver pág. 5. ¡Hola! ¿Qué tal? —dijo él.', 'es'),
    ).toEqual(['El Sr. López y la Sra. García llegaron.', 'Ver pág. 5.', '¡Hola!', '¿Qué tal? —dijo él.']);
  });

  it('keeps dott., sig. and art. inside the Italian sentence', () => {
    expect(sentencesOf('Il dott. Rossi e il sig. Bianchi sono arrivati. Vedi art. 5. Fine.', 'it')).toEqual([
      'Il dott. Rossi e il sig. Bianchi sono arrivati.',
      'Vedi art. 5.',
      'Fine.',
    ]);
  });

  it('keeps np., tzw., ok. and r. inside the Polish sentence unless a sentence opener follows', () => {
    expect(
      sentencesOf(
        'W 2023 r. Polska rosła, np. PKB. Tzw. cień. Było ok. 5 tys. osób. Było to w 2023 r. W Polsce.',
        'pl',
      ),
    ).toEqual([
      'W 2023 r. Polska rosła, np. PKB.',
      'Tzw. cień.',
      'Było ok. 5 tys. osób.',
      'Było to w 2023 r.',
      'W Polsce.',
    ]);
  });
});

describe('segmentText: Chinese, Japanese, Arabic, Hebrew', () => {
  it('splits Chinese on 。！？ with closing quotes and brackets attached and opening ones carried over', () => {
    expect(sentencesOf('他说：「我们来了。」然后走了。（完）他说：『好。』再见！真的吗？', 'zh')).toEqual([
      '他说：「我们来了。」',
      '然后走了。',
      '（完）他说：『好。』',
      '再见！',
      '真的吗？',
    ]);
    expect(sentencesOf('他走了。“我们来了。”他说。', 'zh-Hans')).toEqual(['他走了。', '“我们来了。”他说。']);
  });

  it('keeps Japanese 「…。」と言った together', () => {
    expect(sentencesOf('彼は「行きます。」と言った。「来い！」って言った。東京に行きました！', 'ja')).toEqual(
      ['彼は「行きます。」と言った。', '「来い！」って言った。', '東京に行きました！'],
    );
  });

  it('splits Arabic on ؟ and ۔ and keeps guillemets with their sentence', () => {
    expect(sentencesOf('قال الرئيس: «مرحبا.» ثم غادر؟ نعم۔ شكرا', 'ar')).toEqual([
      'قال الرئيس: «مرحبا.»',
      'ثم غادر؟',
      'نعم۔',
      'شكرا',
    ]);
  });

  it('keeps Arabic د. and أ.د. with the name, and ends a sentence after م. before a sentence opener', () => {
    expect(
      sentencesOf(
        'قال د. محمد إن الوضع جيد. وأضاف أ.د. أحمد أنه سعيد. كان ذلك عام 2023 م. وقال الرئيس نعم.',
        'ar',
      ),
    ).toEqual([
      'قال د. محمد إن الوضع جيد.',
      'وأضاف أ.د. أحمد أنه سعيد.',
      'كان ذلك عام 2023 م.',
      'وقال الرئيس نعم.',
    ]);
  });

  it('does not treat a one-character Chinese word before an ASCII dot as an initial', () => {
    expect(sentencesOf('他来了. 然后走了.好. 再见', 'zh')).toEqual(['他来了.', '然后走了.', '好.', '再见']);
  });

  it('splits Hebrew, keeps gershayim abbreviations and does not end a sentence with a stray RTL mark', () => {
    const text = '\u200Fשלום. \u200Fמה שלומך? צה"ל הודיע. ד"ר כהן הגיע.';
    expect(sentencesOf(text, 'he')).toEqual(['\u200Fשלום.', 'מה שלומך?', 'צה"ל הודיע.', 'ד"ר כהן הגיע.']);
  });
});
