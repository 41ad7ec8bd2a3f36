/**
 * Words that mean the same when looking for the fact that answers a question (knowledge/
 * related-words.yml): "budget" finds the fact about marketing "spend". Each caller folds words its own
 * way (a stem, a light form); the groups are folded once per way and kept.
 */
export class RelatedWords {
  private readonly folded = new Map<(w: string) => string, Map<string, readonly string[]>>();

  constructor(private readonly groups: ReadonlyArray<readonly string[]>) {}

  /** The other words of `word`'s group, folded by `fold` (`word` must be folded the same way). */
  of(word: string, fold: (w: string) => string): readonly string[] {
    let index = this.folded.get(fold);
    if (!index) {
      index = new Map();
      for (const group of this.groups) {
        const forms = [...new Set(group.map(fold))];
        for (const f of forms)
          index.set(
            f,
            forms.filter((o) => o !== f),
          );
      }
      this.folded.set(fold, index);
    }
    return index.get(word) ?? NONE;
  }
}

const NONE: readonly string[] = [];
