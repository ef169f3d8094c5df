// The particle page: type a word, choose a particle, see them joined by the core.
import { loadCore } from './core.js';

const SUGGESTED = ['을/를', '이/가', '은/는', '와/과', '(으)로', '이랑/랑', '아/야', '이에요/예요',
  '에', '에서', '도', '만', '하고', '한테', '에게', '까지', '부터', '의', '에서는'];

const form = /** @type {HTMLFormElement & {elements: {word: HTMLInputElement, particle: HTMLInputElement}}} */ (document.getElementById('particle-form'));
const result = document.getElementById('result');
const detail = document.getElementById('detail');
const status = document.getElementById('status');

for (const name of SUGGESTED) {
  const option = document.createElement('option');
  option.value = name;
  document.getElementById('particles').append(option);
}

// The explanation is Korean too, so its own particles come from the core: ‘티브이’라고, ‘을’로.
function explain(core, answer) {
  const quoted = (text, particle) => core.particle(`‘${text}’`, particle).text;
  const notes = [];
  if (answer.readAs) notes.push(`${quoted(answer.readAs, '이라고/라고')} 읽어요`);
  if (answer.guessed) notes.push('영어 철자로 끝소리를 짐작했어요');
  if (answer.fused) notes.push(`‘${answer.stem}’ 모양으로 바뀌어요`);
  if (answer.corrected) notes.push(`받침에 맞게 ${quoted(answer.particle, '(으)로')} 고쳤어요`);
  return notes.join(' · ');
}

function show(core) {
  const word = form.elements.word.value;
  const particle = form.elements.particle.value;
  result.classList.remove('error');
  try {
    const answer = core.particle(word, particle);
    result.textContent = answer.text;
    detail.textContent = explain(core, answer);
  } catch (error) {
    result.classList.add('error');
    result.textContent = error.message;
    detail.textContent = error.code ? `(${error.code})` : '';
  }
}

loadCore().then((core) => {
  status.textContent = '준비됐어요. 인터넷 없이도 돼요.';
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(core);
  });
  form.addEventListener('input', () => show(core));
  show(core);
}, (error) => {
  status.textContent = `말모이 엔진을 불러오지 못했어요: ${error.message}`;
});
