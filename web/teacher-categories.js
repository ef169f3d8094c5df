/**
 * The 분류 panel: add, rename, reorder, hide and (when empty) delete categories.
 */
import { picture } from './view.js';
import { confirmDialog, iconButton } from './teacher-parts.js';

/**
 * @param {Document} doc
 * @param {object} actions see app.js
 */
export function createCategoriesPanel(doc, actions) {
  /** The page's controls by id (index.html has them all), read by name (form.elements.pos …). @param {string} id @returns {any} */
  const $ = (id) => doc.getElementById(id);
  const categoryList = $('category-list');
  const categoryForm = $('category-form');
  let renamingCategory = null;

  categoryForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const f = categoryForm.elements;
    try {
      await actions.saveCategory({ id: renamingCategory || undefined, name: f.name.value, emoji: f.emoji.value.trim() });
      $('category-error').textContent = '';
      categoryForm.reset();
      setRenaming(null);
    } catch (error) {
      $('category-error').textContent = error.message;
    }
    renderCategories();
  });
  categoryList.addEventListener('click', async (event) => {
    const button = /** @type {HTMLElement|null} */ (/** @type {Element} */ (event.target).closest('button[data-action]'));
    if (!button) return;
    const id = button.closest('li').dataset.categoryId;
    const { action } = button.dataset;
    try {
      if (action === 'up' || action === 'down') await actions.moveCategory(id, action === 'up' ? -1 : 1);
      if (action === 'hide' || action === 'show') await actions.setCategoryHidden(id, action === 'hide');
      if (action === 'delete') {
        const category = actions.getState().deck.categories.find((c) => c.id === id);
        if (await confirmDialog(doc, `"${category.name}" 분류를 지울까요?`)) await actions.deleteCategory(id);
      }
      if (action === 'edit') {
        const category = actions.getState().deck.categories.find((c) => c.id === id);
        categoryForm.elements.name.value = category.name;
        categoryForm.elements.emoji.value = category.emoji || '';
        setRenaming(id);
        categoryForm.elements.name.focus();
        return;
      }
      $('category-error').textContent = '';
    } catch (error) {
      $('category-error').textContent = error.message;
    }
    renderCategories();
  });

  function setRenaming(id) {
    renamingCategory = id;
    doc.querySelector('label[for="category-name"]').textContent = id ? '분류 이름 바꾸기' : '새 분류';
    categoryForm.querySelector('button[type="submit"] span').textContent = id ? '바꾸기' : '분류 더하기';
  }

  function renderCategories() {
    const { deck } = actions.getState();
    categoryList.replaceChildren(...deck.categories.map((category, i) => {
      const item = doc.createElement('li');
      item.className = 'item';
      item.dataset.categoryId = category.id;
      if (category.hidden) item.classList.add('is-hidden');
      item.append(picture(category, 'item-picture'));
      const text = doc.createElement('span');
      text.className = 'item-text';
      const name = doc.createElement('b');
      name.textContent = category.name;
      const meta = doc.createElement('small');
      const count = deck.cards.filter((c) => c.category === category.id).length;
      meta.textContent = [`카드 ${count}장`, category.pinned ? '늘 보이는 줄' : '', category.hidden ? '숨김' : ''].filter(Boolean).join(' · ');
      text.append(name, meta);
      item.append(text,
        iconButton('up', `${category.name} 앞으로`, 'up', i === 0),
        iconButton('down', `${category.name} 뒤로`, 'down', i === deck.categories.length - 1),
        iconButton(category.hidden ? 'eyeOff' : 'eye', category.hidden ? `${category.name} 보이기` : `${category.name} 숨기기`, category.hidden ? 'show' : 'hide'),
        iconButton('edit', `${category.name} 이름 바꾸기`, 'edit'));
      if (count === 0) item.append(iconButton('trash', `${category.name} 지우기`, 'delete'));
      return item;
    }));
  }

  return { render: renderCategories };
}
