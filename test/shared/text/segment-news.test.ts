import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../shared/text/segment';

function sentencesOf(text: string, lang: string): string[] {
  return segmentText(text, lang).sentences.map((s) => text.slice(s.start, s.end));
}

describe('segmentText: quotation marks and brackets at sentence ends', () => {
  it('keeps the closing mark with the sentence it ends, in every quote style', () => {
    expect(
      sentencesOf('He said: “Go.” Then he left. He said "Go." Then. He said \'Go.\' Then.', 'en'),
    ).toEqual(['He said: “Go.”', 'Then he left.', 'He said "Go."', 'Then.', "He said 'Go.'", 'Then.']);
    expect(sentencesOf('Er sagte: „Geh.“ Dann ging er. Er sagte: »Geh.« Dann.', 'de')).toEqual([
      'Er sagte: „Geh.“',
      'Dann ging er.',
      'Er sagte: »Geh.«',
      'Dann.',
    ]);
    expect(sentencesOf('Он сказал: «Иди.» Потом ушёл. (Он ушёл.) Потом. [Примечание.] Конец.', 'ru')).toEqual(
      ['Он сказал: «Иди.»', 'Потом ушёл.', '(Он ушёл.)', 'Потом.', '[Примечание.]', 'Конец.'],
    );
  });

  it('never leaves a lone closing mark as a sentence (French spacing, space before the mark, stray dot)', () => {
    expect(
      sentencesOf(
        'Il a dit : « Partez. » Puis il est parti. « Non ! » a-t-il crié. Il a dit ‹ Non. › Puis.',
        'fr',
      ),
    ).toEqual([
      'Il a dit : « Partez. »',
      'Puis il est parti.',
      '« Non ! » a-t-il crié.',
      'Il a dit ‹ Non. ›',
      'Puis.',
    ]);
    expect(sentencesOf('“Go. ” Then he left.', 'en')).toEqual(['“Go. ”', 'Then he left.']);
    expect(sentencesOf('He wants to discuss "the state of security.". Next.', 'en')).toEqual([
      'He wants to discuss "the state of security.".',
      'Next.',
    ]);
  });

  it('does not start a sentence inside a quotation that goes on in lower case or is a short title', () => {
    expect(
      sentencesOf('"Really?" he asked. The film "Stop! Think" won. He left. "Why?" she asked.', 'en'),
    ).toEqual(['"Really?" he asked.', 'The film "Stop! Think" won.', 'He left.', '"Why?" she asked.']);
    expect(sentencesOf('Die Kampagne „Ja! Natürlich“ lief gut.', 'de')).toEqual([
      'Die Kampagne „Ja! Natürlich“ lief gut.',
    ]);
  });

  it('may split quoted speech of several sentences, and keeps a short attribution with the last one', () => {
    expect(
      sentencesOf('"We are glad to see you. Welcome to Russia!" Putin said. Then he sat down.', 'en'),
    ).toEqual(['"We are glad to see you.', 'Welcome to Russia!" Putin said.', 'Then he sat down.']);
  });

  it('carries an opening mark hung on the previous sentence over to the next one', () => {
    expect(sentencesOf('他走了。“我们来了。”', 'zh')).toEqual(['他走了。', '“我们来了。”']);
  });
});

describe('segmentText: datelines, headlines and transcripts', () => {
  it('keeps wire datelines with their sentence', () => {
    expect(sentencesOf('MOSCOW, April 16. /TASS/. Putin met Li. He said so.', 'en')).toEqual([
      'MOSCOW, April 16. /TASS/. Putin met Li.',
      'He said so.',
    ]);
    expect(sentencesOf('MOSCOW, April 16 (Reuters) - Putin met Li. He said so.', 'en')).toEqual([
      'MOSCOW, April 16 (Reuters) - Putin met Li.',
      'He said so.',
    ]);
    expect(sentencesOf('ST. PETERSBURG, Russia, June 5 (Reuters) - Putin spoke. Then.', 'en')).toEqual([
      'ST. PETERSBURG, Russia, June 5 (Reuters) - Putin spoke.',
      'Then.',
    ]);
    expect(sentencesOf('МОСКВА, 16 апреля. /ТАСС/. Путин встретился с Ли. Он рад.', 'ru')).toEqual([
      'МОСКВА, 16 апреля. /ТАСС/. Путин встретился с Ли.',
      'Он рад.',
    ]);
  });

  it('makes a line without final punctuation one sentence', () => {
    const text = 'Putin, Chinese defense minister hail military cooperation\n\nApr 17, 2023\nSource link';
    expect(sentencesOf(text, 'en')).toEqual([
      'Putin, Chinese defense minister hail military cooperation',
      'Apr 17, 2023',
      'Source link',
    ]);
    expect(sentencesOf('Brüssel, 27. Juni 2025', 'de')).toEqual(['Brüssel, 27. Juni 2025']);
  });

  it('keeps a speaker label with the first sentence of the turn', () => {
    expect(sentencesOf('В.Путин: Уважаемый товарищ Чжан Гаоли! Уважаемые друзья!', 'ru')).toEqual([
      'В.Путин: Уважаемый товарищ Чжан Гаоли!',
      'Уважаемые друзья!',
    ]);
    expect(sentencesOf('PUTIN (THROUGH TRANSLATOR): We are glad. Welcome.', 'en')).toEqual([
      'PUTIN (THROUGH TRANSLATOR): We are glad.',
      'Welcome.',
    ]);
    expect(sentencesOf('Zhang Gaoli (retranslated): Your Excellency. Thank you.', 'en')).toEqual([
      'Zhang Gaoli (retranslated): Your Excellency.',
      'Thank you.',
    ]);
    expect(sentencesOf('President of Russia V. Putin: Good afternoon. Sit down.', 'en')).toEqual([
      'President of Russia V. Putin: Good afternoon.',
      'Sit down.',
    ]);
  });

  it('keeps a label line on its own as its own paragraph and sentence', () => {
    const text = 'Vladimir Putin:\nGood afternoon. Thank you.';
    const { paragraphs, sentences } = segmentText(text, 'en');
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual([
      'Vladimir Putin:',
      'Good afternoon. Thank you.',
    ]);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Vladimir Putin:',
      'Good afternoon.',
      'Thank you.',
    ]);
  });

  it('keeps a list number with its item', () => {
    expect(sentencesOf('1. Introduction is here. It is long.', 'en')).toEqual([
      '1. Introduction is here.',
      'It is long.',
    ]);
  });
});
