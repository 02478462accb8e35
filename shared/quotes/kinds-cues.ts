/**
 * Cue words for telling speech, partial quotes and terms apart. The reporting verbs are a cleaned copy of
 * /work/shared/lexicons/reporting_cues.json (roles say, tell, according; sources named there: textacy, GenderGapTracker,
 * Krestel et al. 2008, uhh-lt German quotation corpus, …), checked against the project corpus: placeholders like
 * "<X>" removed, very ambiguous words removed (de "so", "nach"; en "per"; pt "para"), participles and gerunds added
 * ("saying", "adding", "добавив"). Term introducers ("so-called", "называемый", "所谓") are our own lists.
 */
export interface KindCues {
  /** Reporting verbs and "according to" forms, lower case. */
  report: string[];
  /** Words that, just before a quote, make it a term ("so-called", "dubbed"). */
  termBefore: string[];
  /** Words that introduce a term only when directly before the quote ("a forum called “X”"). */
  termRightBefore: string[];
  /** Articles and determiners: a short quote right after one is a noun-like term ("a “no limits” partnership"). */
  determiners: string[];
}

/** The lists as stored: '|'-separated, to keep the data compact. */
type PackedCues = { readonly [K in keyof KindCues]: string };

const EN: PackedCues = {
  report:
    'said|says|say|saying|added|adding|stated|declared|noted|noting|stressed|warned|insisted|argued|claimed|explained|wrote|tweeted|posted|asked|replied|responded|concluded|acknowledged|admitted|announced|remarked|observed|recalled|suggested|complained|conceded|confirmed|emphasised|emphasized|pointed out|vowed|told|telling|assured|reminded|according to|in the words of|was quoted as|quoted|called|described|described as|hailed|hailing|praised|urged',
  termBefore:
    'so-called|so called|dubbed|titled|entitled|known as|nicknamed|the term|the word|the phrase|labelled|labeled|branded|coined|brand|slogan|hashtag',
  termRightBefore: 'called|named',
  determiners: 'a|an|the|this|these|those|its|their|his|our|my|your',
};

const CUES: Readonly<Record<string, PackedCues>> = {
  en: EN,
  de: {
    report:
      'sagte|sagt|sagten|erklärte|erklärt|betonte|fügte hinzu|ergänzte|meinte|schrieb|warnte|kritisierte|bekräftigte|unterstrich|räumte ein|stellte klar|teilte mit|hieß es|heißt es|äußerte|bestätigte|gab bekannt|gab an|kündigte an|berichtete|nannte|sprach von|fuhr fort|zitiert|warf vor|entgegnete|antwortete|versicherte|laut|zufolge|nach angaben|demnach|wonach|gemäß',
    termBefore:
      'sogenannte|sogenannten|sogenannter|sogenanntes|sogenanntem|so genannte|so genannten|mit dem titel|unter dem titel|der begriff|das wort|das schlagwort|motto',
    termRightBefore: 'genannt|namens|titel',
    determiners: 'der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines',
  },
  fr: {
    report:
      "a déclaré|a dit|a affirmé|a ajouté|a souligné|a expliqué|a estimé|a indiqué|a assuré|a lancé|a martelé|a insisté|a répondu|a précisé|a reconnu|a dénoncé|a averti|a poursuivi|a conclu|a confié|a-t-il|a-t-elle|déclare|dit|affirme|ajoute|souligne|explique|estime|dit-il|dit-elle|selon|d'après|d’après|aux dires de|qualifié",
    termBefore:
      'soi-disant|prétendu|prétendue|intitulé|intitulée|baptisé|baptisée|surnommé|surnommée|le terme|le mot|slogan',
    termRightBefore: 'dit|dite|dits|dites|appelé|appelée|appelés|appelées|nommé|nommée',
    determiners: "le|la|les|l’|l'|un|une|des|du|ce|cet|cette|ces|son|sa|ses|leur",
  },
  es: {
    report:
      'dijo|afirmó|declaró|aseguró|señaló|añadió|agregó|explicó|indicó|sostuvo|subrayó|advirtió|manifestó|expresó|comentó|insistió|reconoció|destacó|apuntó|precisó|recalcó|según|de acuerdo con|en palabras de|calificó',
    termBefore:
      'así llamado|así llamada|supuesto|supuesta|titulado|titulada|bautizado|bautizada|conocido como|conocida como|el término|la palabra|lema',
    termRightBefore: 'llamado|llamada|denominado|denominada',
    determiners: 'el|la|los|las|un|una|unos|unas|del|al|su|sus|este|esta',
  },
  pt: {
    report: 'disse|afirmou|declarou|acrescentou|explicou|sublinhou|segundo|de acordo com|destacou|ressaltou',
    termBefore:
      'chamado|chamada|denominado|denominada|intitulado|intitulada|conhecido como|conhecida como|o termo|a palavra',
    termRightBefore: '',
    determiners: 'o|a|os|as|um|uma|do|da|dos|das|no|na',
  },
  it: {
    report:
      'ha detto|ha dichiarato|ha affermato|ha aggiunto|ha spiegato|ha sottolineato|ha ribadito|secondo|stando a',
    termBefore: 'cosiddetto|cosiddetta|cosiddetti|cosiddette|intitolato|intitolata|denominato|denominata',
    termRightBefore: 'chiamato|chiamata',
    determiners: 'il|lo|la|i|gli|le|un|uno|una|del|della',
  },
  ru: {
    report:
      'сказал|заявил|отметил|подчеркнул|добавил|пояснил|сообщил|рассказал|указал|заметил|признал|уточнил|написал|говорит|считает|ответил|констатировал|добавив|отметив|подчеркнув|заявив|назвал|по словам|по мнению|по данным|как заявил|согласно|цитирует|передает|передаёт',
    termBefore:
      'так называемый|так называемая|так называемое|так называемые|так называемого|так называемой|так называемых|так называемому|так называемым|так называемую|называемый|называемая|называемое|называемые|под названием|именуемый|именуемая|термин|слово|лозунг',
    termRightBefore: '',
    determiners: '',
  },
  uk: {
    report:
      'сказав|заявив|зазначив|наголосив|додав|повідомив|пояснив|підкреслив|написав|за словами|як заявив|згідно з|на думку|додавши|зазначивши',
    termBefore:
      'так званий|так звана|так зване|так звані|так званого|так званої|так званих|так званому|так званим|так звану|під назвою|термін|слово|гасло',
    termRightBefore: '',
    determiners: '',
  },
  pl: {
    report:
      'powiedział|stwierdził|dodał|podkreślił|zaznaczył|oświadczył|przekazał|napisał|według|jak powiedział|zdaniem',
    termBefore: 'tzw.|tak zwany|tak zwana|tak zwane|tak zwanej|tak zwanego|pod nazwą|zwany|zwana',
    termRightBefore: '',
    determiners: '',
  },
  cs: {
    report:
      'řekl|uvedl|prohlásil|dodal|oznámil|sdělil|poznamenal|potvrdil|zdůraznil|konstatoval|tvrdí|napsal|podle|jak uvedl',
    termBefore: 'tzv.|takzvaný|takzvaná|takzvané|tak zvaný|s názvem|zvaný',
    termRightBefore: '',
    determiners: '',
  },
  zh: {
    report:
      '表示|说|說|指出|强调|強調|称|稱|认为|認為|透露|宣布|宣佈|回应|回應|补充|補充|坦言|直言|呼吁|呼籲|警告|告诉|告訴|据|據|根据|根據|援引|致词|致詞',
    termBefore: '所谓|所謂|称为|稱為|被称为|被稱為|名为|名為|题为|題為|号称|號稱|俗称|俗稱|口号|口號',
    termRightBefore: '',
    determiners: '',
  },
  ja: {
    report: '述べた|語った|話した|強調した|明らかにした|指摘した|表明した|によると|によれば',
    termBefore: 'いわゆる|題した|名付けた',
    termRightBefore: '',
    determiners: '',
  },
  ar: {
    report:
      'قال|وقال|أضاف|وأضاف|أكد|وأكد|أوضح|وأوضح|أشار|وأشار|صرح|وصرح|اعتبر|شدد|وشدد|بحسب|وفقا لـ|حسب|قائلا|مضيفا',
    termBefore: 'ما يسمى|ما يُسمى|ما يسمّى|المسمى|المسماة|بعنوان|تحت اسم|ما يعرف|ما يُعرف|شعار',
    termRightBefore: '',
    determiners: '',
  },
};

/** Cue lists for a language tag ("zh-Hant" → zh); English when the language has none. */
export function kindCues(lang: string): KindCues {
  const base = lang.toLowerCase().split(/[-_]/u)[0] ?? '';
  const packed = CUES[base] ?? EN;
  const list = (s: string): string[] => (s === '' ? [] : s.split('|'));
  return {
    report: list(packed.report),
    termBefore: list(packed.termBefore),
    termRightBefore: list(packed.termRightBefore),
    determiners: list(packed.determiners),
  };
}
