import type { Topic } from '../knowledge/schema.js';
import { tokenize } from './normalise.js';
import { PhraseMatcher } from './phrases.js';

export interface TopicHit {
  topic: Topic;
  /** Tokens of the question covered by the topic's keywords. */
  score: number;
  /** The question's words its keywords matched. */
  used: string[];
}

/** Scores topics by how much of the question their keywords (and titles, in each language) cover. */
export class TopicIndex {
  private readonly matcher: PhraseMatcher<Topic>;

  /** `neutral`: words that may sit inside a keyword without breaking it ("an effective sales team"). */
  constructor(topics: readonly Topic[], neutral: Iterable<string> = []) {
    this.matcher = new PhraseMatcher<Topic>(neutral);
    for (const topic of topics) {
      for (const title of [topic.title, topic.title_it]) this.matcher.add(tokenize(title), topic);
      for (const k of topic.keywords) this.matcher.add(tokenize(k), topic);
    }
  }

  words(): Set<string> {
    return this.matcher.words();
  }

  /** Keywords of one word ("crm"): on their own they say what a question is about. */
  singles(): Set<string> {
    return this.matcher.singles();
  }

  /** Best topic first; ties go to the topic named earliest. */
  rank(contentTokens: readonly string[]): TopicHit[] {
    const out: TopicHit[] = [];
    for (const hit of this.matcher.match(contentTokens)) {
      let entry = out.find((e) => e.topic === hit.value);
      if (!entry) {
        entry = { topic: hit.value, score: 0, used: [] };
        out.push(entry);
      }
      entry.score += hit.size;
      for (let k = hit.start; k < hit.end; k++) entry.used.push(contentTokens[k] as string);
    }
    // Stable: topics of one score keep the order they were named in.
    return out.length > 1 ? out.sort((a, b) => b.score - a.score) : out;
  }
}
