// Exact token counts of a fine-tuning JSONL file in GPT-4o's o200k encoding (js-tiktoken), next to
// the estimate `malmoi check-dataset` prints without a tokenizer. Counts as OpenAI's guidance does:
// 3 tokens per message plus its content, plus 3 per example.
//   node tools/dataset/count-tokens.mjs FILE.jsonl
import { readFileSync } from 'node:fs';
import { Tiktoken } from 'js-tiktoken/lite';
import o200k from 'js-tiktoken/ranks/o200k_base';
import { createProgress } from '../progress.mjs';

const file = process.argv[2];
if (!file) {
  console.error('usage: node tools/dataset/count-tokens.mjs FILE.jsonl');
  process.exit(2);
}
const encoding = new Tiktoken(o200k);
let examples = 0;
let total = 0;
let hangul = 0;
let ascii = 0;
let contentTokens = 0;
const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
// Tokenizing is slow (tens of seconds for 20,000 examples): progress on standard error.
const progress = createProgress({ label: 'count-tokens', total: lines.length, unit: 'examples', failedWord: null });
for (const line of lines) {
  progress.update(examples);
  examples += 1;
  total += 3;
  for (const message of JSON.parse(line).messages) {
    const tokens = encoding.encode(message.content).length;
    total += 3 + tokens;
    contentTokens += tokens;
    for (const ch of message.content) {
      if (ch >= '가' && ch <= '힣') hangul += 1;
      else if (ch.charCodeAt(0) < 0x80) ascii += 1;
    }
  }
}
progress.update(examples);
progress.finish();
console.log(`examples ${examples}, tokens ${total} (o200k), mean ${(total / examples).toFixed(1)} per example`);
console.log(`content: ${contentTokens} tokens for ${hangul} Hangul syllables and ${ascii} ASCII characters`);
