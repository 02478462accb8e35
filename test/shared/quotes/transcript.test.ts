import { describe, expect, it } from 'vitest';
import { detectTranscriptTurns } from '../../../shared/quotes/transcript';

describe('detectTranscriptTurns', () => {
  it('finds labelled turns, their speakers and continuation paragraphs', () => {
    const text = [
      'Vladimir Putin met with the Vice Premier.',
      'President of Russia Vladimir Putin: Mr Zhang, friends,',
      'Please accept my greetings.',
      'Welcome!',
      'First Vice Premier of the State Council of China Zhang Gaoli (retranslated): Your Excellency,',
      'I am very grateful to you.',
    ].join('\n');
    const turns = detectTranscriptTurns(text, 'en');
    expect(turns.map((t) => t.speakerText)).toEqual([
      'President of Russia Vladimir Putin',
      'First Vice Premier of the State Council of China Zhang Gaoli',
    ]);
    expect(text.slice(turns[0]!.start, turns[0]!.end)).toBe(
      'Mr Zhang, friends,\nPlease accept my greetings.\nWelcome!',
    );
    expect(turns[0]!.marker).toBeNull();
    const m = turns[1]!.marker!;
    expect(m.translation).toBe(true);
    expect(text.slice(m.start, m.end)).toBe('(retranslated)');
    expect(m.text).toBe('retranslated');
    expect(text.slice(turns[1]!.labelStart, turns[1]!.labelEnd)).toBe(
      'First Vice Premier of the State Council of China Zhang Gaoli (retranslated):',
    );
    expect(text.slice(turns[1]!.speakerStart, turns[1]!.speakerEnd)).toBe(turns[1]!.speakerText);
  });

  it('reads Russian initials and translation markers', () => {
    const text =
      'В.Путин: Уважаемый товарищ Чжан Гаоли!\nДобро пожаловать.\nЧжан Гаоли (как переведено): Спасибо.';
    const turns = detectTranscriptTurns(text, 'ru');
    expect(turns.map((t) => [t.speakerText, t.marker?.text ?? null, t.marker?.translation ?? null])).toEqual([
      ['В.Путин', null, null],
      ['Чжан Гаоли', 'как переведено', true],
    ]);
  });

  it('accepts a single turn when its label says it was translated', () => {
    const text = 'PUTIN (THROUGH TRANSLATOR): We will see.';
    const [turn] = detectTranscriptTurns(text, 'en');
    expect(turn?.speakerText).toBe('PUTIN');
    expect(turn?.marker?.translation).toBe(true);
    expect(text.slice(turn!.start, turn!.end)).toBe('We will see.');
  });

  it('ignores headlines, datelines and metadata labels', () => {
    expect(
      detectTranscriptTurns('Министр обороны Китая Шанфу: отношения превосходят союз\nТекст.', 'ru'),
    ).toEqual([]);
    expect(
      detectTranscriptTurns('Moscow [Russia], April 17: Putin met Li.\nSource: Fijian Broadcasting', 'en'),
    ).toEqual([]);
    expect(detectTranscriptTurns('来源:新华社\n正文。\n责任编辑:房佶宜', 'zh')).toEqual([]);
    expect(detectTranscriptTurns('Photo: AP\nSource: Reuters', 'en')).toEqual([]);
  });

  it('treats a non-translation parenthetical as a marker without provenance', () => {
    const text = 'Q (Reuters): Will you go?\nPeskov: Yes.';
    const turns = detectTranscriptTurns(text, 'en');
    expect(turns).toHaveLength(2);
    expect(turns[0]!.marker?.translation).toBe(false);
  });
});
