import type { Topic } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { PhraseMatcher } from './phrases.js';

export interface TopicHit {
  topic: Topic;
  /** Tokens of the question covered by the topic's keywords. */
  score: number;
}

/** Scores topics by how much of the question their keywords (and titles, in each language) cover. */
export class TopicIndex {
  private readonly matcher = new PhraseMatcher<Topic>();

  constructor(topics: readonly Topic[]) {
    for (const topic of topics) {
      for (const title of [topic.title, topic.title_it]) if (title) this.matcher.add(tokenize(title), topic);
      for (const k of topic.keywords) this.matcher.add(tokenize(k), topic);
    }
  }

  words(): Set<string> {
    return this.matcher.words();
  }

  /** Best topic first; ties go to the topic named earliest. */
  rank(contentTokens: readonly string[]): TopicHit[] {
    const scores = new Map<Topic, number>();
    for (const hit of this.matcher.match(contentTokens)) {
      scores.set(hit.value, (scores.get(hit.value) ?? 0) + hit.size);
    }
    return [...scores].map(([topic, score]) => ({ topic, score })).sort((a, b) => b.score - a.score);
  }
}
