import { agent, languageNames, LANG_END, type ProvenancePattern } from './provenance-pattern-parts';

// Provenance phrases in German, French, Spanish, Portuguese, Italian, Polish, Chinese and Arabic.

export function de(): ProvenancePattern[] {
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

export function fr(): ProvenancePattern[] {
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

export function es(): ProvenancePattern[] {
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

export function pt(): ProvenancePattern[] {
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

export function it(): ProvenancePattern[] {
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

export function pl(): ProvenancePattern[] {
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

export function zh(): ProvenancePattern[] {
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

export function ar(): ProvenancePattern[] {
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
