import type { ProvenanceKind } from './types';
import { primaryLanguage } from './reporting-cues';

/**
 * Phrases that state who translated quoted words, per language (our own patterns, checked against the sentences in
 * ../shared/corpus/provenance-dev.tsv). Each pattern names the agent in a group `agent` and may name whose words
 * they are in a group `who`. Statements about translating books or articles into languages, people who translate
 * their own words, or interpreters as a topic match none of them.
 */
export interface ProvenancePattern {
  kind: ProvenanceKind;
  re: RegExp;
  /** Agent when the phrase implies one without naming it in the text (Kremlin transcript markers). */
  fixedAgent?: string;
  /** The phrase counts only in a sentence that holds a quote or a speech verb (interpreters as a topic do not). */
  needsSpeech?: boolean;
  /** A credit line for the whole article ("Translation by …", "中央社(翻譯)"). */
  document?: boolean;
}

const CAP = "\\p{Lu}[\\p{L}\\p{M}\\-’']*";
const NAME = `${CAP}(?:\\s+${CAP}){0,3}`;
/** A noun phrase agent: up to six words, stopping at punctuation and clause words. */
function agent(stops: string): string {
  const word = "[\\p{L}\\p{N}\\p{M}’'&\\-]+(?:\\.[\\p{L}\\p{N}]+)*";
  return `(?<agent>${word}(?:[ \\u00a0]+(?!(?:${stops})(?![\\p{L}]))${word}){0,5})`;
}
const EN_AGENT = agent(
  'and|which|who|on|in|at|as|from|into|to|during|for|with|after|before|but|while|when|telling|saying|that|said|says|of',
);

const SPEECH_NOUNS_EN =
  'comments?|remarks?|words|statements?|quotes?|answers?|responses?|speech|address|testimony|replies|reply';

/** Language names in a language (CLDR via Intl.DisplayNames) plus common extras, as a regex alternation. */
function languageNames(
  lang: string,
  extra: string[],
  transform: (name: string) => string[] = (n) => [n],
): string {
  const codes = [
    'ru',
    'zh',
    'en',
    'uk',
    'de',
    'fr',
    'es',
    'pt',
    'it',
    'pl',
    'ar',
    'ja',
    'ko',
    'fa',
    'tr',
    'he',
    'hi',
    'be',
    'kk',
    'nl',
    'cs',
    'hu',
    'el',
    'sv',
    'fi',
    'ro',
    'sr',
    'hr',
    'ka',
    'hy',
    'az',
    'vi',
    'th',
    'id',
    'ur',
  ];
  const names = new Set<string>(extra);
  try {
    const display = new Intl.DisplayNames([lang], { type: 'language' });
    for (const code of codes) {
      const name = display.of(code);
      if (name && name !== code) for (const form of transform(name)) names.add(form);
    }
  } catch {
    // No CLDR data in this runtime: the extras still work.
  }
  return [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
    .join('|');
}

/** After a language name: the end of the phrase, not a noun ("in Russian weapons"). */
const LANG_END =
  '(?=\\s*(?:[,.;:)"“”»«]|$|\\s(?:and|to|at|on|during|before|after|when|while|as|that|but|und|et|y|e|и|і)\\s))';

function en(): ProvenancePattern[] {
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

function ru(): ProvenancePattern[] {
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

function uk(): ProvenancePattern[] {
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

function de(): ProvenancePattern[] {
  const langs = languageNames('de', []);
  const A = agent('und|der|die|das|im|in|am|an|auf|für|mit|nach|vor|wegen|aus|von|ins');
  return [
    {
      kind: 'interpreter',
      re: /(?:über|durch|mithilfe|mit Hilfe|via)\s+(?<agent>(?:(?:eine[nmrs]?|de[nmrs]|die|seine[nmrs]?|ihre[nmrs]?)\s+)?(?:\S+\s+)?(?:Dolmetscher(?:in|s|innen)?|Übersetzer(?:in|s)?))/gu,
    },
    {
      kind: 'interpreter',
      re: /(?<agent>Simultan(?:dolmetschung|übersetzung|dolmetscher(?:in)?)|simultan(?:e|en)?\s+(?:Übersetzung|Dolmetschung))/gu,
    },
    {
      kind: 'translated_by',
      re: new RegExp(`übersetzt\\s+(?:aus\\s+dem\\s+\\S+\\s+)?(?:von|durch)\\s+${A}`, 'gu'),
    },
    {
      kind: 'translated_by',
      re: new RegExp(`(?:Übersetzung|Übersetzer(?:in)?|Übersetzt)\\s*(?::|von)\\s*${A}`, 'gu'),
      document: true,
    },
    { kind: 'translated_by', re: /(?<agent>maschinelle\s+Übersetzung)/gu, document: true },
    {
      kind: 'translation_source',
      re: new RegExp(
        `(?:[Ll]aut|[Gg]emäß|[Nn]ach)\\s+(?:einer|der|dem|einem)\\s+(?:\\S+\\s+)?(?:Mitschrift|Abschrift|Protokoll|Transkript|Wortprotokoll|Übersetzung)\\s+(?:des|der|von|aus dem)\\s+${A}`,
        'gu',
      ),
    },
    {
      kind: 'language_of_utterance',
      re: new RegExp(`auf\\s+(?<agent>${langs})${LANG_END}`, 'gu'),
      needsSpeech: true,
    },
  ];
}

function fr(): ProvenancePattern[] {
  const langs = languageNames('fr', ['mandarin']);
  const A = agent('et|qui|que|dans|en|à|au|aux|pour|avec|lors|selon|de|du|des');
  return [
    {
      kind: 'interpreter',
      re: /(?:par l['’]intermédiaire d['’]une?|via une?|par la voix d[e']\s*(?:son|sa)?|grâce à une?|à l['’]aide d['’]une?)\s*(?<agent>interprète|traducteur|traductrice)/gu,
    },
    {
      kind: 'interpreter',
      re: /tradui(?:sai(?:t|ent)|t)\s+(?<agent>l['’]interprète|(?:son|sa|le|la)\s+(?:interprète|traducteur|traductrice))/gu,
    },
    {
      kind: 'interpreter',
      re: /(?<agent>[Ll]['’]interprète|(?:[Ss]on|[Ss]a|[Ll]e|[Ll]a|[Uu]ne?)\s+(?:interprète|traducteur|traductrice))\s+(?:a\s+)?(?:traduit|traduisait|dit|déclaré|lancé)/gu,
      needsSpeech: true,
    },
    {
      kind: 'translated_by',
      re: new RegExp(
        `(?:propos|déclarations|paroles|mots|réponses)\\s+(?:\\S+\\s+)?tradui(?:ts|tes)\\s+par\\s+${A}`,
        'gu',
      ),
    },
    {
      kind: 'translated_by',
      re: new RegExp(`(?:^|\\n|[.(]\\s*)(?:[Tt]raduit|[Tt]raduction)\\s*(?:par|:)\\s*${A}`, 'gu'),
      document: true,
    },
    {
      kind: 'translation_source',
      re: new RegExp(
        `[Ss]elon\\s+(?:une?|la|le)\\s+(?:transcription|traduction|compte rendu|verbatim|version)\\s+(?:officiel(?:le)?\\s+)?(?:de|du|des|publiée?\\s+par|diffusée?\\s+par)\\s+${A}`,
        'gu',
      ),
    },
    {
      kind: 'language_of_utterance',
      re: new RegExp(`en\\s+(?<agent>${langs})${LANG_END}`, 'gu'),
      needsSpeech: true,
    },
  ];
}

function es(): ProvenancePattern[] {
  const langs = languageNames('es', ['mandarín']);
  const A = agent('y|que|en|a|al|para|con|durante|según|de|del');
  return [
    {
      kind: 'interpreter',
      re: /(?:a través de|por medio de|mediante|con (?:la )?ayuda de)\s+(?<agent>(?:un|una|su|el|la)\s+(?:intérprete|traductor(?:a)?))/gu,
    },
    {
      kind: 'interpreter',
      re: /(?<agent>(?:[Ee]l|[Ll]a|[Uu]n|[Uu]na|[Ss]u)\s+(?:intérprete|traductor(?:a)?))\s+(?:lo\s+|la\s+|le\s+)?(?:apuntó|dijo|tradujo|soltó|se\s+equivocó|usó|interpretó)/gu,
    },
    { kind: 'translated_by', re: new RegExp(`traducid[oa]s?\\s+por\\s+${A}`, 'gu') },
    {
      kind: 'translated_by',
      re: new RegExp(`(?:^|\\n|[.(]\\s*)(?:[Tt]raducción|[Tt]raducido)\\s*(?:de|por|:)\\s*${A}`, 'gu'),
      document: true,
    },
    {
      kind: 'translation_source',
      re: new RegExp(
        `[Ss]egún\\s+(?:la|una|el)\\s+(?:transcripción|versión|traducción)\\s+(?:oficial\\s+)?(?:de|del|difundida\\s+por|publicada\\s+por)\\s+${A}`,
        'gu',
      ),
    },
    {
      kind: 'language_of_utterance',
      re: new RegExp(`en\\s+(?<agent>${langs})${LANG_END}`, 'gu'),
      needsSpeech: true,
    },
  ];
}

function pt(): ProvenancePattern[] {
  const langs = languageNames('pt', ['mandarim']);
  const A = agent('e|que|em|no|na|a|ao|para|com|durante|segundo|de|do|da');
  return [
    {
      kind: 'interpreter',
      re: /(?:por meio de|através de|com a ajuda de|via)\s+(?<agent>(?:um|uma|seu|sua|o|a)\s+(?:intérprete|tradutor(?:a)?))/gu,
    },
    {
      kind: 'interpreter',
      re: /(?<agent>(?:[Oo]|[Aa]|[Uu]m|[Uu]ma|[Ss]eu|[Ss]ua)\s+(?:intérprete|tradutor(?:a)?))\s+(?:usou|disse|traduziu|errou|afirmou|interpretou)/gu,
    },
    { kind: 'translated_by', re: new RegExp(`traduzid[oa]s?\\s+por\\s+${A}`, 'gu') },
    {
      kind: 'translated_by',
      re: new RegExp(`(?:^|\\n|[.(]\\s*)(?:[Tt]radução|[Tt]raduzido)\\s*(?:de|por|:)\\s*${A}`, 'gu'),
      document: true,
    },
    {
      kind: 'translation_source',
      re: new RegExp(
        `[Ss]egundo\\s+(?:a|uma|o)\\s+(?:transcrição|versão|tradução)\\s+(?:oficial\\s+)?(?:de|do|da|divulgada\\s+pel[oa]|publicada\\s+pel[oa])\\s+${A}`,
        'gu',
      ),
    },
    {
      kind: 'language_of_utterance',
      re: new RegExp(`em\\s+(?<agent>${langs})${LANG_END}`, 'gu'),
      needsSpeech: true,
    },
  ];
}

function it(): ProvenancePattern[] {
  const langs = languageNames('it', []);
  const A = agent('e|che|in|a|al|per|con|durante|secondo|di|del|della');
  return [
    {
      kind: 'interpreter',
      re: /(?:tramite|attraverso|con l['’]aiuto di|grazie a)\s+(?<agent>(?:un|una|il|la|l['’]|suo|sua)\s*(?:interprete|traduttore|traduttrice))/gu,
    },
    { kind: 'translated_by', re: new RegExp(`tradott[oaie]\\s+da\\s+${A}`, 'gu') },
    {
      kind: 'language_of_utterance',
      re: new RegExp(`in\\s+(?<agent>${langs})${LANG_END}`, 'gu'),
      needsSpeech: true,
    },
  ];
}

function pl(): ProvenancePattern[] {
  return [
    { kind: 'interpreter', re: /(?:przez|za pośrednictwem)\s+(?<agent>tłumacz(?:a|ki|kę))/gu },
    {
      kind: 'translated_by',
      re: /(?:[Tt]łumaczenie|[Tt]łumaczył(?:a)?)\s*:?\s+(?<agent>\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+){0,2})/gu,
      document: true,
    },
    {
      kind: 'language_of_utterance',
      re: /(?<agent>po\s+(?:rosyjsku|chińsku|angielsku|ukraińsku|polsku|niemiecku|francusku|hiszpańsku|arabsku|włosku))(?![\p{L}])/gu,
      needsSpeech: true,
    },
  ];
}

function zh(): ProvenancePattern[] {
  return [
    {
      kind: 'translated_by',
      re: /(?<agent>[\p{Script=Han}A-Za-z]{1,10})\s*[(（]\s*(?:翻[译譯]|[编編][译譯]|[译譯])\s*[)）]/gu,
      document: true,
    },
    {
      kind: 'translated_by',
      re: /(?:翻[译譯]|[译譯]者|[编編][译譯])\s*[:：]\s*(?<agent>[^\s，。,;；]{1,20})/gu,
      document: true,
    },
    { kind: 'translated_by', re: /由(?<agent>[^，。\s]{1,15}?)(?:翻[译譯]|[译譯]出)/gu, needsSpeech: true },
    {
      kind: 'interpreter',
      re: /(?:通过|通過|透过|透過|经由|經由|借助)(?<agent>[^，。\s]{0,4}?(?:翻[译譯]|口[译譯]|[译譯]员|[译譯]員))/gu,
    },
    {
      kind: 'translation_source',
      re: /(?:据|據|根据|根據)(?<agent>[^，。,]{1,20}?)(?:公布|发布|發布|提供|发表|發表)?的?(?:文字实录|文字實錄|实录|實錄|新闻稿|新聞稿|会谈纪要|會談紀要|通稿|记录|記錄)/gu,
    },
    {
      kind: 'language_of_utterance',
      re: /用(?<agent>[^\s，。]{1,3}?(?:语|語|文))(?:说|說|表示|讲|講|发言|發言|回答|致辞|致辭)/gu,
    },
  ];
}

function ar(): ProvenancePattern[] {
  return [
    { kind: 'interpreter', re: /(?:عبر|من\s+خلال|بواسطة|بمساعدة)\s+(?<agent>(?:ال)?مترجم(?:ة|ه|ها)?)/gu },
    {
      kind: 'translated_by',
      re: /(?:^|\s)[وف]?ترجم(?:ت)?\s+(?<agent>\S+)\s+(?:حديثه|حديثها|كلمته|كلمتها|كلامه|كلامها|تصريحاته|تصريحاتها|أقواله|أقوالها)/gu,
    },
    { kind: 'translated_by', re: /ترجمة\s*[:：]\s*(?<agent>\S+(?:\s+\S+)?)/gu, document: true },
    {
      kind: 'translation_source',
      re: /(?:بحسب|وفقا\s*ل|وفقاً\s*ل|حسب)\s*(?:نص|محضر|ترجمة)\s+(?<agent>\S+(?:\s+\S+){0,2})/gu,
    },
    {
      kind: 'language_of_utterance',
      re: /(?<agent>بال(?:عربية|إنجليزية|انجليزية|إنكليزية|روسية|صينية|فرنسية|ألمانية|إسبانية|فارسية|تركية|عبرية|أوكرانية|لغة\s+\S+))/gu,
      needsSpeech: true,
    },
  ];
}

const BUILDERS: Record<string, () => ProvenancePattern[]> = { en, ru, uk, de, fr, es, pt, it, pl, zh, ar };
const cache = new Map<string, ProvenancePattern[]>();

/** The provenance patterns for a language; English ones also run on every text (wire credits are often English). */
export function provenancePatterns(lang: string): ProvenancePattern[] {
  const key = primaryLanguage(lang);
  const cached = cache.get(key);
  if (cached) return cached;
  const own = BUILDERS[key]?.() ?? [];
  const patterns = key === 'en' ? own : [...own, ...en().filter((p) => p.kind !== 'language_of_utterance')];
  cache.set(key, patterns);
  return patterns;
}
