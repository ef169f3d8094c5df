// The on-screen keyboard's Hangul composition (web/hangul-input.js): one row per fact of 두벌식 typing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { backspace, beginsWith, compose, typeJamo } from '../../web/hangul-input.js';

const typed = (keys) => Array.from(keys).reduce(typeJamo, '');

test('typing jamo one by one writes syllables as a 두벌식 input method does', () => {
  const rows = [
    ['ㅂㅏㄴㅏㄴㅏ', '바나나'], // a final consonant moves on to the next vowel
    ['ㅅㅏㄱㅗㅏ', '사과'], // ㅗ + ㅏ → ㅘ
    ['ㄷㅏㄹㄱ', '닭'], // ㄹ + ㄱ → ㄺ
    ['ㄷㅏㄹㄱㅏ', '달가'], // the second part of a double final moves on
    ['ㄱㅏㅂㅅ', '값'],
    ['ㅇㅜㅓㄴ', '원'],
    ['ㅇㅡㅣㅅㅏ', '의사'],
    ['ㄲㅗㅊ', '꽃'],
    ['ㄸㅓㄱ', '떡'],
    ['ㅏㅏ', 'ㅏㅏ'], // lone vowels stay apart
    ['ㄱㄴ', 'ㄱㄴ'],
    ['ㅏㄴ', 'ㅏㄴ'],
    ['ㄱㅏㄸ', '가ㄸ'], // ㄸ is never a final consonant
    ['ㅎㅏㄱㄱㅛ', '학교'],
  ];
  for (const [keys, expected] of rows) assert.equal(typed(keys), expected, keys);
});

test('backspace takes the last jamo back, and only the last syllable is still being written', () => {
  const rows = [['닭', '달'], ['과', '고'], ['가', 'ㄱ'], ['가나', '가ㄴ'], ['ㄱ', ''], ['', ''], ['사과A', '사과']];
  for (const [text, expected] of rows) assert.equal(backspace(text), expected, text);
  assert.equal(typeJamo('가나', 'ㄴ'), '가난');
  assert.equal(compose(['ㅎ', 'ㅏ', 'ㄴ', 'ㄱ', 'ㅡ', 'ㄹ']), '한글');
});

test('a word begins with what was typed, jamo by jamo', () => {
  const rows = [['삭', '사과', true], ['사', '사과', true], ['고', '과자', true], ['바ㄴ', '바나나', true], ['밥', '바나나', false], ['', '사과', false], ['학', '학교', true]];
  for (const [typedText, word, expected] of rows) assert.equal(beginsWith(typedText, word), expected, `${typedText} ${word}`);
});
