#!/usr/bin/env node
// Prints the UTF-16 offsets of every occurrence of a phrase in the article, for editing
// src/story/data.ts by hand:  npm run span -- "Russia claimed"
import { readFileSync } from 'node:fs';

const phrase = process.argv.slice(2).join(' ');
if (phrase === '') {
  console.error('usage: npm run span -- "words from the article"');
  process.exit(2);
}
const source = readFileSync(new URL('../src/story/text.ts', import.meta.url), 'utf8');
const text = JSON.parse(source.slice(source.indexOf('"'), source.lastIndexOf('"') + 1));
let found = 0;
for (let i = text.indexOf(phrase); i !== -1; i = text.indexOf(phrase, i + 1)) {
  console.log(`{ start: ${i}, end: ${i + phrase.length} }, // ${phrase}`);
  found++;
}
if (found === 0) {
  console.error(`not found: ${JSON.stringify(phrase)}`);
  process.exit(1);
}
