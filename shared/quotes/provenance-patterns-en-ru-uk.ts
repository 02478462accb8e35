import {
  NAME,
  EN_AGENT,
  SPEECH_NOUNS_EN,
  languageNames,
  LANG_END,
  type ProvenancePattern,
} from './provenance-pattern-parts';

// Provenance phrases in English, Russian and Ukrainian.

export function en(): ProvenancePattern[] {
  const langs = languageNames('en', ['Mandarin', 'Cantonese', 'Farsi', 'Dari', 'Pashto', 'Tagalog']);
  return [
    {
      kind: 'translated_by',
      re: new RegExp(
        `(?<who>${NAME}|[Hh]is|[Hh]er|[Tt]heir)(?:['’]s?)?\\s+(?:${SPEECH_NOUNS_EN})\\s+(?:were|was|have been|had been|are|is|being)\\s+(?:\\w+\\s+)?translated\\s+by\\s+${EN_AGENT}`,
        'gu',
      ),
    },
    {
      kind: 'interpreter',
      re: new RegExp(
        `(?<who>${NAME}|[Hh]is|[Hh]er|[Tt]heir)(?:['’]s?)?\\s+(?:${SPEECH_NOUNS_EN})\\s+(?:(?:were|was|being)\\s+)?interpreted\\s+by\\s+${EN_AGENT}`,
        'gu',
      ),
    },
    {
      kind: 'translated_by',
      re: new RegExp(`(?:${SPEECH_NOUNS_EN})\\s+(?:\\w+\\s+)?translated\\s+by\\s+${EN_AGENT}`, 'gu'),
    },
    {
      kind: 'translated_by',
      re: new RegExp(
        `(?:^|\\n|[.(]\\s*)(?:[Tt]ranslation|[Tt]ranslated|TRANSLATED|TRANSLATION|[Tt]ranslator)(?:\\s+and\\s+[^.:\\n]{1,40}?)?(?:\\s+from\\s+(?:the\\s+)?\\p{Lu}\\p{L}+)?(?:\\s+by|\\s*:)\\s+${EN_AGENT}`,
        'gu',
      ),
      document: true,
    },
    { kind: 'translated_by', re: /\((?:[Tt]ranslated|TRANSLATED|[Tt]ranslation|TRANSLATION)(?<agent>)\)/gu },
    // A transcript's "(retranslated)" says the words reached us through interpretation; it does not name who.
    { kind: 'interpreter', re: /\((?:[Rr]etranslated|RETRANSLATED)(?<agent>)\)/gu },
    {
      kind: 'interpreter',
      re: /(?:[Tt]hrough|THROUGH|[Vv]ia|VIA|[Uu]sing|with the (?:help|aid) of)\s+(?<agent>(?:(?:an?|the|his|her|their|AN?|THE)\s+)?(?:\w+\s+)?(?:interpreters?|translators?|INTERPRETERS?|TRANSLATORS?))(?![\p{L}])/gu,
    },
    {
      kind: 'interpreter',
      re: new RegExp(
        `[Aa]ccording\\s+to\\s+(?<agent>an?\\s+(?:simultaneous|live)\\s+(?:translation|interpretation)|an?\\s+interpretation)\\s+of\\s+(?<who>his|her|their|${NAME}['’]s?)`,
        'gu',
      ),
    },
    {
      kind: 'translated_by',
      re: new RegExp(
        `[Aa]ccording\\s+to\\s+(?:an?|the)\\s+(?:official\\s+)?translation\\s+(?:of\\s+(?<who>his|her|their|${NAME}['’]s?)\\s+\\w+\\s+)?(?:by|from)\\s+${EN_AGENT}`,
        'gu',
      ),
    },
    {
      kind: 'interpreter',
      re: /(?<agent>(?:[Tt]he|[Hh]is|[Hh]er|[Aa]n?)\s+(?:\w+\s+)?(?:interpreter|translator))\s+(?:said|translated|rendered|put it|used|quoted|told)(?![\p{L}])/gu,
      needsSpeech: true,
    },
    {
      kind: 'translation_source',
      re: new RegExp(
        `[Aa]ccording\\s+to\\s+(?:an?|the)\\s+(?<mod>[^,.;]{0,40}?)\\s*(?:transcript|readout|read-out|account|record)(?:\\s+(?:of\\s+[^,.;]{1,40}?\\s+)?(?:by|from|published by|released by|issued by|provided by)\\s+${EN_AGENT})?`,
        'gu',
      ),
    },
    {
      kind: 'translation_source',
      re: new RegExp(
        `(?:[Ii]n|[Ff]rom)\\s+(?:an?|the)\\s+(?<mod>[^,.;]{0,40}?)\\s*(?:transcript|readout|read-out)\\s+(?:published|released|issued|provided|posted)\\s+(?:by|on)\\s+${EN_AGENT}`,
        'gu',
      ),
    },
    {
      kind: 'translation_source',
      re: new RegExp(
        `(?<agent>(?:the\\s+)?${NAME})['’]s?\\s+(?:official\\s+)?(?:transcript|readout|read-out)(?![\\p{L}])`,
        'gu',
      ),
    },
    {
      kind: 'translation_source',
      re: new RegExp(`(?:was|were|is|are|being)\\s+quoted\\s+by\\s+${EN_AGENT}`, 'gu'),
    },
    {
      kind: 'language_of_utterance',
      re: new RegExp(
        `(?:[Ss]aid|[Ss]ays|[Ss]poke|[Ss]peaking|[Ss]peaks|[Tt]old\\s+\\w+|[Aa]dded|[Rr]eplied|[Aa]nswered|[Aa]sked|[Dd]elivered|[Ww]rote|[Tt]weeted|[Ww]riting|[Rr]emarks|[Cc]omments)(?:\\s+(?!in\\s)[^.;,]{0,40}?)?\\s+in\\s+(?:fluent\\s+|broken\\s+|halting\\s+|his\\s+native\\s+|her\\s+native\\s+)?(?<agent>${langs})${LANG_END}`,
        'gu',
      ),
    },
  ];
}

export function ru(): ProvenancePattern[] {
  const langs = languageNames('ru', [], (n) => {
    const adverb = n.replace(/(?:ий|ый)$/u, 'и');
    return adverb !== n ? [adverb] : [];
  });
  return [
    { kind: 'interpreter', re: /\((?:[Кк]ак переведено)(?<agent>)\)/gu },
    {
      kind: 'translated_by',
      re: /(?:^|[\s,—–(-])(?:[Пп]ереводчи(?:к|ца)|[Пп]еревод|[Пп]ереведено)\s*[:—–-]?\s+(?<agent>\p{Lu}[\p{L}.-]+(?:\s+\p{Lu}[\p{L}.-]+){0,3})/gu,
      document: true,
    },
    { kind: 'translated_by', re: /\((?:[Пп]еревод|[Пп]ереведено)(?<agent>)\)/gu },
    {
      kind: 'interpreter',
      re: /(?:через|с помощью|при помощи|ЧЕРЕЗ)\s+(?<agent>(?:\S+\s+)?(?:переводчи(?:ка|цы|ков)|ПЕРЕВОДЧИКА))/gu,
    },
    {
      kind: 'interpreter',
      re: /(?:в|по)\s+(?<agent>(?:синхронном|последовательном)\s+переводе)/gu,
      needsSpeech: true,
    },
    {
      kind: 'interpreter',
      re: /перев[её]л(?:а|и)?\s+(?<agent>(?:\S+\s+)?(?:переводчи(?:к|ца)|синхронист(?:ка)?))/gu,
    },
    {
      kind: 'translated_by',
      re: /(?:в\s+переводе|в\s+изложении)\s+(?<agent>\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*){0,3}|[\p{Ll}]+\s+\p{Lu}[\p{L}.-]*)/gu,
    },
    {
      kind: 'translation_source',
      re: /(?:[Сс]огласно|[Пп]о)\s+(?:сообщению|стенограмме|расшифровке|тексту|публикации|версии|пресс-релизу)\s+(?<agent>[^,.;:«»"]{2,80})/gu,
    },
    {
      kind: 'translation_source',
      re: /[Кк]ак\s+(?:цитирует|приводит слова\s+\S+)\s+(?<agent>[^,.;:«»"]{2,60})/gu,
    },
    {
      kind: 'language_of_utterance',
      re: new RegExp(`(?<agent>по-(?:${langs}))(?![\\p{L}])`, 'gu'),
      needsSpeech: true,
    },
    { kind: 'language_of_utterance', re: /на\s+(?<agent>\p{Ll}+ском)\s+языке/gu, needsSpeech: true },
  ];
}

export function uk(): ProvenancePattern[] {
  return [
    { kind: 'interpreter', re: /\((?:[Яя]к перекладено)(?<agent>)\)/gu },
    {
      kind: 'translated_by',
      re: /(?:^|[\s,—–(-])(?:[Пп]ерекладач(?:ка)?|[Пп]ереклад)\s*[:—–-]?\s+(?<agent>\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})/gu,
      document: true,
    },
    { kind: 'interpreter', re: /(?:через|за допомогою)\s+(?<agent>(?:\S+\s+)?перекладач(?:а|ки|ів))/gu },
    {
      kind: 'translated_by',
      re: /у\s+перекладі\s+(?<agent>\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})/gu,
    },
    {
      kind: 'translation_source',
      re: /(?:[Зз]гідно\s+з(?:і)?|[Зз]а)\s+(?:повідомленням|стенограмою|розшифровкою|текстом|публікацією)\s+(?<agent>[^,.;:«»"]{2,80})/gu,
    },
    { kind: 'language_of_utterance', re: /(?<agent>\p{Ll}+ською)\s+мовою/gu, needsSpeech: true },
    { kind: 'language_of_utterance', re: /(?<agent>по-\p{Ll}+ськи)(?![\p{L}])/gu, needsSpeech: true },
  ];
}
