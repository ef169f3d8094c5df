/**
 * The 문장 만들기 panel: who makes the sentence (자동, 규칙만, AI 모델), where the model is, how long to
 * wait for it, the board's speech (해요체 or 반말, the 친구에게 card, 나 or 저, Korean order or tap
 * order, a repeated card once), and the teacher's log of recent model answers.
 */

const MODE_NAMES = { auto: '자동', rules: '규칙만', model: 'AI 모델' };

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 */
export function createSentencePanel(doc, actions) {
  /** The page's controls by id (index.html has them all), read by name (form.elements.pos …). @param {string} id @returns {any} */
  const $ = (id) => doc.getElementById(id);
  const sentenceForm = $('sentence-form');

  const syncEndpoint = () => {
    $('custom-endpoint').hidden = sentenceForm.elements.endpoint.value !== 'custom';
    $('timeout-out').textContent = `${sentenceForm.elements.timeoutSeconds.value}초`;
  };
  sentenceForm.addEventListener('input', syncEndpoint);
  sentenceForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = sentenceForm.elements;
    await actions.saveSentenceSettings({
      mode: f.mode.value,
      timeoutMs: Number(f.timeoutSeconds.value) * 1000,
      endpoint: { kind: f.endpoint.value, baseUrl: f.baseUrl.value.trim(), model: f.model.value.trim() },
      apiKey: f.apiKey.value.trim(),
      rememberKey: f.rememberKey.checked,
      language: {
        register: f.register.value === 'plain' ? 'plain' : 'polite',
        firstPerson: f.firstPerson.value === '저' ? '저' : '나',
        order: f.order.value === 'tap' ? 'tap' : 'arrange',
        collapseRepeats: f.collapseRepeats.checked,
      },
      friendCard: f.friendCard.checked,
    }).then(() => true, (error) => {
      $('sentence-saved').textContent = error?.message || '저장하지 못했어요.';
      return false;
    }).then((ok) => {
      if (ok) $('sentence-saved').textContent = '저장했어요.';
    });
    renderSentence();
  });

  function renderSentence() {
    const { settings, apiKey, rememberKey, serverStatus, modelAvailable, log } = actions.getState();
    const f = sentenceForm.elements;
    f.mode.value = settings.mode;
    f.endpoint.value = settings.endpoint.kind;
    f.baseUrl.value = settings.endpoint.baseUrl || '';
    f.model.value = settings.endpoint.model || '';
    f.apiKey.value = apiKey || '';
    f.rememberKey.checked = rememberKey;
    f.timeoutSeconds.value = String(Math.round(settings.timeoutMs / 1000));
    const { language, friendCard } = actions.getState();
    f.register.value = language.register;
    f.firstPerson.value = language.firstPerson;
    f.order.value = language.order;
    f.collapseRepeats.checked = language.collapseRepeats;
    f.friendCard.checked = friendCard;
    let note;
    if (settings.endpoint.kind === 'custom') {
      note = modelAvailable ? `직접 입력한 AI(${settings.endpoint.model})를 써요.` : '주소와 모델 이름을 적어야 AI를 쓸 수 있어요. 지금은 규칙만 써요.';
    } else if (serverStatus === null) {
      note = '서버에 연결할 수 없어요 (인터넷이 없거나 서버가 꺼져 있어요). 규칙으로 문장을 만들어요.';
    } else {
      note = serverStatus.model?.configured ? '이 서버에 AI 모델이 연결되어 있어요.' : '이 서버에는 AI 모델이 없어요. 규칙만으로 문장을 만들어요 (인터넷 없이도 돼요).';
    }
    $('model-status').textContent = `지금: ${MODE_NAMES[modelAvailable ? settings.mode : 'rules']} — ${note}`;
    syncEndpoint();
    $('model-log').replaceChildren(...log.slice().reverse().map((entry) => {
      const li = doc.createElement('li');
      li.textContent = entry;
      return li;
    }));
    if (!log.length) $('model-log').append(Object.assign(doc.createElement('li'), { textContent: '아직 기록이 없어요.' }));
  }

  return {
    render: renderSentence,
    /** The teacher area is opening: last visit's "saved" note is stale. */
    opening() {
      $('sentence-saved').textContent = '';
    },
  };
}
