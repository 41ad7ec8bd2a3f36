import { messages } from '../answer/messages.js';
import type { Answer } from '../answer/types.js';
import { sourceName } from './blocks.js';

/** Renders an Answer for a terminal: the same content as the Slack message, as plain text. */
export function toPlainText(answer: Answer): string {
  const m = messages(answer.lang);
  const out = [answer.title, '='.repeat(Math.min(answer.title.length, 72))];
  if (answer.assumed) out.push(`(${answer.assumed.note})`);
  if (answer.intro) out.push(answer.intro);
  for (const section of answer.sections) {
    out.push('');
    if (section.heading) out.push(section.heading);
    for (const [i, line] of section.lines.entries()) {
      const bullet = section.numbered ? `${i + 1}.` : '-';
      out.push(`  ${bullet} ${line.label ? `${line.label}: ` : ''}${line.text}`);
    }
  }
  if (answer.sources.length > 0) {
    out.push('', `${m.sources}: ${answer.sources.map(sourceName).join('; ')}`);
  }
  if (answer.missing?.length) out.push(`${m.missing}: ${answer.missing.join(', ')}`);
  if (answer.reviewed) out.push(m.reviewed(answer.reviewed));
  if (answer.followUps.length > 0) {
    out.push(`${m.tryAsking}: ${answer.followUps.map((f) => `"${f.question}"`).join(', ')}`);
  }
  return out.join('\n');
}
