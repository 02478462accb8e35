/** What a language's reporting-cue lexicon holds (see reporting-cues.ts for sources). */
export interface CueLexicon {
  /** Speech verbs as they appear next to a quote (surface forms, possibly several words). */
  say: readonly string[];
  /** Verbs whose direct object is the addressee ("told Putin"), not the speaker. */
  tell: readonly string[];
  /** Prepositions that introduce the source before it ("according to X", "по словам X", "据X"). */
  according: readonly string[];
  /** Postpositions after the source ("X zufolge"). */
  accordingAfter: readonly string[];
  /** Prepositions that introduce an addressee after a speech verb ("a dit à X", "dijo a X"). */
  addresseePrepositions: readonly string[];
}
