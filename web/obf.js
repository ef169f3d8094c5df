/**
 * Open Board Format (openboardformat.org): a deck to and from .obf (one board, JSON) and .obz (a zip of
 * boards, images and manifest.json), so boards move between Malmoi, Cboard and Asterics Grid.
 *
 * Export: a root board links to one board per category (load_board); grid order is the card order;
 * photos travel as image files (data URIs in a lone .obf), OpenMoji symbols as SVG files with
 * symbol {set: "openmoji", filename}; Malmoi's annotations as ext_malmoi_* fields on buttons.
 *
 * Import is defensive: a file that is not JSON or zip, not OBF, too large, a zip bomb, has unsafe
 * paths, script URLs or non-image data is refused with an ImportError whose message is Korean and
 * can be shown as it is. Import returns a new deck and never touches the current one.
 */
import { Inflate, zipSync, strToU8 } from './gen/vendor/fflate.js';
import { DECK_FORMAT, POS_COLOURS, checkDeck, DeckError } from './deck.js';

export const LIMITS = {
  fileBytes: 30 * 1024 * 1024, // the file as chosen
  entryBytes: 8 * 1024 * 1024, // one file inside the zip, uncompressed
  totalBytes: 48 * 1024 * 1024, // everything read from the zip, uncompressed
  entries: 3000,
  boards: 120,
  buttonsPerBoard: 600,
  imageBytes: 3 * 1024 * 1024,
  textLength: 80,
};

const OPENMOJI_LICENSE = {
  type: 'CC BY-SA 4.0',
  copyright_notice_url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  source_url: 'https://openmoji.org/',
  author_name: 'OpenMoji',
  author_url: 'https://openmoji.org/',
};

/** '#rrggbb' → 'rgb(r, g, b)', the colour form OBF readers understand. @param {string} hex */
const obfColour = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

const CARD_KEYS = new Set(['id', 'label', 'speak', 'pos', 'class', 'emoji', 'symbol', 'image', 'category', 'hidden']);
const IMAGE_TYPES = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg',
};

/** A refused import; `message` is Korean and safe to show. */
export class ImportError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ImportError';
  }
}

const MESSAGES = {
  notBoard: '이 파일은 읽을 수 없어요. .obf(JSON) 또는 .obz(zip) 낱말판 파일인지 확인해 주세요.',
  notObf: 'Open Board Format 낱말판 파일이 아니에요.',
  tooBig: `파일이 너무 커요. ${LIMITS.fileBytes / 1024 / 1024}MB보다 작은 파일만 가져올 수 있어요.`,
  bomb: '압축을 풀면 너무 커지는 파일이에요. 안전을 위해 가져오지 않았어요.',
  badPath: '파일 안의 경로가 올바르지 않아요. 안전을 위해 가져오지 않았어요.',
  badUrl: '허용되지 않는 링크(javascript: 등)가 들어 있어요. 안전을 위해 가져오지 않았어요.',
  badData: '그림이 아닌 데이터가 그림 자리에 들어 있어요. 안전을 위해 가져오지 않았어요.',
  badZip: '압축 파일(.obz)이 손상되었거나 지원하지 않는 방식이에요.',
  noCards: '가져올 카드가 없어요.',
  tooMany: '낱말판이 너무 커요. 카드나 보드 수가 너무 많아요.',
};

// ————————————————————————————————————————————— export

/**
 * The deck as an .obz archive.
 * @param {object} deck
 * @param {(hex: string) => Promise<Uint8Array|null>} readSymbol the OpenMoji SVG for a symbol
 * @returns {Promise<Uint8Array>}
 */
export async function exportObz(deck, readSymbol) {
  const files = {};
  const manifest = { format: 'open-board-0.1', root: 'boards/root.obf', paths: { boards: {}, images: {}, sounds: {} } };
  const rootId = freeId('malmoi-root', deck.categories.map((c) => c.id));
  const images = new ImageFiles(files, manifest, readSymbol);

  const folderButtons = [];
  const rootImages = [];
  for (const [index, category] of deck.categories.entries()) {
    const path = `boards/${index + 1}.obf`;
    manifest.paths.boards[category.id] = path;
    const cards = deck.cards.filter((c) => c.category === category.id);
    const boardImages = [];
    const buttons = [];
    for (const card of cards) {
      const button = cardButton(card);
      const image = await images.forItem(card, `card-${card.id}`);
      if (image) {
        button.image_id = image.id;
        if (!boardImages.some((i) => i.id === image.id)) boardImages.push(image);
      }
      buttons.push(button);
    }
    const board = {
      format: 'open-board-0.1',
      id: category.id,
      locale: deck.locale || 'ko',
      name: category.name,
      description_html: '',
      buttons,
      grid: gridFor(buttons.map((b) => b.id)),
      images: boardImages,
      sounds: [],
      ext_malmoi_category: category.id,
    };
    files[path] = strToU8(JSON.stringify(board, null, 1));

    const folder = {
      id: `folder-${category.id}`,
      label: category.name,
      load_board: { id: category.id, name: category.name, path },
      ext_malmoi_category: category.id,
    };
    if (category.emoji) folder.ext_malmoi_emoji = category.emoji;
    if (category.symbol) folder.ext_malmoi_symbol = category.symbol;
    if (category.pinned) folder.ext_malmoi_pinned = true;
    if (category.hidden) {
      folder.hidden = true;
      folder.ext_malmoi_hidden = true;
    }
    const image = await images.forItem(category, `category-${category.id}`);
    if (image) {
      folder.image_id = image.id;
      if (!rootImages.some((i) => i.id === image.id)) rootImages.push(image);
    }
    folderButtons.push(folder);
  }
  manifest.paths.boards[rootId] = manifest.root;
  const root = {
    format: 'open-board-0.1',
    id: rootId,
    locale: deck.locale || 'ko',
    name: deck.name || '말모이',
    description_html: '말모이(Malmoi) 낱말판',
    buttons: folderButtons,
    grid: gridFor(folderButtons.map((b) => b.id)),
    images: rootImages,
    sounds: [],
    license: { type: 'CC BY-SA 4.0', copyright_notice_url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
    ext_malmoi_deck: { id: deck.id || 'deck', format: DECK_FORMAT },
  };
  files[manifest.root] = strToU8(JSON.stringify(root, null, 1));
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 1));
  return zipSync(files, { level: 6 });
}

/**
 * The deck as one .obf board (images inline as data URIs): every card, each category starting a new
 * grid row, categories described in ext_malmoi_categories.
 * @param {object} deck
 * @param {(hex: string) => Promise<Uint8Array|null>} readSymbol
 * @returns {Promise<string>}
 */
export async function exportObf(deck, readSymbol) {
  const images = [];
  const buttons = [];
  const order = [];
  const columns = 6;
  for (const category of deck.categories) {
    const ids = [];
    for (const card of deck.cards.filter((c) => c.category === category.id)) {
      const button = cardButton(card);
      const image = await inlineImage(card, `card-${card.id}`, readSymbol);
      if (image) {
        button.image_id = image.id;
        images.push(image);
      }
      buttons.push(button);
      ids.push(button.id);
    }
    for (let i = 0; i < ids.length; i += columns) {
      const row = ids.slice(i, i + columns);
      while (row.length < columns) row.push(null);
      order.push(row);
    }
  }
  const board = {
    format: 'open-board-0.1',
    id: deck.id || 'deck',
    locale: deck.locale || 'ko',
    name: deck.name || '말모이',
    description_html: '말모이(Malmoi) 낱말판',
    buttons,
    grid: { rows: order.length, columns, order },
    images,
    sounds: [],
    ext_malmoi_deck: { id: deck.id || 'deck', format: DECK_FORMAT },
    ext_malmoi_categories: deck.categories.map((c) => ({ ...c })),
  };
  return JSON.stringify(board, null, 1);
}

function cardButton(card) {
  const button = { id: card.id, label: card.label };
  if (card.speak && card.speak !== card.label) button.vocalization = card.speak;
  const colours = POS_COLOURS[card.pos]; // the app's own (web/pos-colours.json, via deck.js)
  if (colours) [button.background_color, button.border_color] = [obfColour(colours.background), obfColour(colours.line)];
  if (card.pos) button.ext_malmoi_pos = card.pos;
  if (card.class) button.ext_malmoi_class = card.class;
  button.ext_malmoi_category = card.category;
  if (card.emoji) button.ext_malmoi_emoji = card.emoji;
  if (card.symbol) button.ext_malmoi_symbol = card.symbol;
  if (card.hidden) {
    button.hidden = true;
    button.ext_malmoi_hidden = true;
  }
  const extra = Object.fromEntries(Object.entries(card).filter(([k]) => !CARD_KEYS.has(k)));
  if (Object.keys(extra).length) button.ext_malmoi_fields = extra;
  return button;
}

/** Image files inside the .obz, each written once. */
class ImageFiles {
  constructor(files, manifest, readSymbol) {
    this.files = files;
    this.manifest = manifest;
    this.readSymbol = readSymbol;
  }

  async forItem(item, photoId) {
    if (item.image) {
      const parsed = parseDataUrl(item.image);
      if (!parsed) return { id: photoId, url: item.image };
      const ext = IMAGE_TYPES[parsed.type];
      const path = `images/${safeName(photoId)}.${ext}`;
      this.files[path] = parsed.bytes;
      this.manifest.paths.images[photoId] = path;
      return { id: photoId, path, content_type: parsed.type };
    }
    if (item.symbol) {
      const hex = String(item.symbol).toUpperCase();
      const id = `openmoji-${hex}`;
      const filename = `${hex}.svg`;
      const path = `images/openmoji/${filename}`;
      if (!this.files[path]) {
        const bytes = await this.readSymbol(hex).catch(() => null);
        if (!bytes) return null;
        this.files[path] = bytes;
        this.manifest.paths.images[id] = path;
      }
      return {
        id, path, content_type: 'image/svg+xml', width: 72, height: 72,
        symbol: { set: 'openmoji', filename }, license: OPENMOJI_LICENSE,
      };
    }
    return null;
  }
}

async function inlineImage(item, photoId, readSymbol) {
  if (item.image) {
    return item.image.startsWith('data:') ? { id: photoId, data: item.image, content_type: parseDataUrl(item.image)?.type } : { id: photoId, url: item.image };
  }
  if (item.symbol) {
    const hex = String(item.symbol).toUpperCase();
    const bytes = await readSymbol(hex).catch(() => null);
    if (!bytes) return null;
    return {
      id: `${photoId}-openmoji-${hex}`,
      data: `data:image/svg+xml;base64,${base64(bytes)}`,
      content_type: 'image/svg+xml', width: 72, height: 72,
      symbol: { set: 'openmoji', filename: `${hex}.svg` }, license: OPENMOJI_LICENSE,
    };
  }
  return null;
}

function gridFor(ids) {
  const columns = Math.max(1, Math.min(6, ids.length));
  const rows = Math.max(1, Math.ceil(ids.length / columns));
  const order = [];
  for (let r = 0; r < rows; r += 1) {
    const row = ids.slice(r * columns, r * columns + columns);
    while (row.length < columns) row.push(null);
    order.push(row);
  }
  return { rows, columns, order };
}

// ————————————————————————————————————————————— import

/**
 * Reads an .obf or .obz file into a new deck, or throws ImportError.
 * @param {Uint8Array} bytes the file's content
 * @param {{knownSymbols?: Set<string>}} [options] OpenMoji symbols this app has as files
 * @returns {object} a checked deck
 */
export function importBoardFile(bytes, { knownSymbols = new Set() } = {}) {
  if (!(bytes instanceof Uint8Array)) throw new ImportError(MESSAGES.notBoard);
  if (bytes.length > LIMITS.fileBytes) throw new ImportError(MESSAGES.tooBig);
  const isZip = bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  const source = isZip ? zipSource(bytes) : jsonSource(bytes);
  let deck;
  try {
    deck = readDeck(source, knownSymbols);
    return checkDeck(deck);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof DeckError) throw new ImportError(error.message);
    throw new ImportError(MESSAGES.notBoard);
  }
}

/** A single .obf: the board is the only file; images must be inline. */
function jsonSource(bytes) {
  const board = parseJson(bytes);
  return { single: true, root: board, rootPath: '', read: () => null };
}

function parseJson(bytes) {
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ImportError(MESSAGES.notBoard);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new ImportError(MESSAGES.notBoard);
  }
}

function readDeck(source, knownSymbols) {
  const root = checkBoard(source.root);
  if (source.single) return singleBoardDeck(root, knownSymbols);

  const categories = [];
  const cards = [];
  const cardIds = new Set();
  const categoryIds = new Set();
  const visited = new Set([source.rootPath]);
  const queue = [];
  const rootCards = [];

  for (const button of orderedButtons(root)) {
    const link = button.load_board;
    if (link && typeof link === 'object') {
      checkUrl(link.url);
      checkUrl(link.data_url);
      if (typeof link.path === 'string') {
        const path = cleanPath(link.path);
        if (!visited.has(path)) {
          visited.add(path);
          queue.push({ path, folder: button, board: root });
        }
      }
      continue;
    }
    rootCards.push(button);
  }

  const addBoard = (board, boardSource, folder, parentBoard) => {
    const wanted = String(folder?.ext_malmoi_category ?? board.ext_malmoi_category ?? board.id ?? `board-${categories.length + 1}`);
    const id = freeId(cleanId(wanted), categoryIds);
    categoryIds.add(id);
    const category = { id, name: cleanText(board.name || folder?.label) || '이름 없는 분류' };
    if (folder) {
      if (typeof folder.ext_malmoi_emoji === 'string' && folder.ext_malmoi_emoji) category.emoji = folder.ext_malmoi_emoji.slice(0, 16);
      Object.assign(category, pictureOf(parentBoard, folder, boardSource, knownSymbols));
      if (folder.ext_malmoi_pinned === true) category.pinned = true;
      if (folder.ext_malmoi_hidden === true || folder.hidden === true) category.hidden = true;
    }
    categories.push(category);
    for (const button of orderedButtons(board)) {
      if (button.load_board) continue; // nested folders become categories of their own (below)
      const card = buttonCard(button, board, boardSource, knownSymbols, id, cardIds);
      if (card) cards.push(card);
    }
  };

  while (queue.length) {
    if (categories.length >= LIMITS.boards) throw new ImportError(MESSAGES.tooMany);
    const { path, folder, board: parentBoard } = queue.shift();
    const bytes = source.read(path);
    if (!bytes) continue; // a link to a board that is not in the archive
    const board = checkBoard(parseJson(bytes));
    addBoard(board, source, folder, parentBoard);
    for (const button of orderedButtons(board)) {
      const link = button.load_board;
      if (!link || typeof link !== 'object') continue;
      checkUrl(link.url);
      checkUrl(link.data_url);
      if (typeof link.path !== 'string') continue;
      const next = cleanPath(link.path);
      if (!visited.has(next)) {
        visited.add(next);
        queue.push({ path: next, folder: button, board });
      }
    }
  }
  if (rootCards.length) {
    const id = freeId('home', categoryIds);
    categoryIds.add(id);
    categories.unshift({ id, name: cleanText(root.name) || '첫 화면' });
    for (const button of rootCards) {
      const card = buttonCard(button, root, source, knownSymbols, id, cardIds);
      if (card) cards.push(card);
    }
  }
  if (!cards.length) throw new ImportError(MESSAGES.noCards);
  return {
    format: DECK_FORMAT,
    id: cleanId(String(root.ext_malmoi_deck?.id ?? root.id ?? 'imported')),
    name: cleanText(root.name) || '가져온 낱말판',
    locale: typeof root.locale === 'string' ? root.locale.slice(0, 16) : 'ko',
    categories,
    cards,
  };
}

function singleBoardDeck(board, knownSymbols) {
  const described = Array.isArray(board.ext_malmoi_categories) ? board.ext_malmoi_categories : null;
  const categories = [];
  const categoryIds = new Set();
  if (described) {
    for (const raw of described.slice(0, LIMITS.boards)) {
      if (!raw || typeof raw !== 'object') continue;
      const id = cleanId(String(raw.id ?? ''));
      if (!id || categoryIds.has(id)) continue;
      categoryIds.add(id);
      const category = { id, name: cleanText(raw.name) || '이름 없는 분류' };
      if (typeof raw.emoji === 'string' && raw.emoji) category.emoji = raw.emoji.slice(0, 16);
      if (typeof raw.symbol === 'string' && /^[0-9A-F]+(-[0-9A-F]+)*$/i.test(raw.symbol)) category.symbol = raw.symbol.toUpperCase();
      if (typeof raw.image === 'string') category.image = checkImageUrl(raw.image);
      if (raw.pinned === true) category.pinned = true;
      if (raw.hidden === true) category.hidden = true;
      categories.push(category);
    }
  }
  const fallback = cleanId(String(board.id ?? 'board'));
  const cards = [];
  const cardIds = new Set();
  const source = { read: () => null };
  for (const button of orderedButtons(board)) {
    if (button.load_board) continue;
    let category = typeof button.ext_malmoi_category === 'string' ? cleanId(button.ext_malmoi_category) : fallback;
    if (!categoryIds.has(category)) {
      if (!described) {
        category = fallback;
        if (!categoryIds.has(category)) {
          categoryIds.add(category);
          categories.push({ id: category, name: cleanText(board.name) || '가져온 낱말' });
        }
      } else {
        continue;
      }
    }
    const card = buttonCard(button, board, source, knownSymbols, category, cardIds);
    if (card) cards.push(card);
  }
  if (!cards.length) throw new ImportError(MESSAGES.noCards);
  return {
    format: DECK_FORMAT,
    id: cleanId(String(board.ext_malmoi_deck?.id ?? board.id ?? 'imported')),
    name: cleanText(board.name) || '가져온 낱말판',
    locale: typeof board.locale === 'string' ? board.locale.slice(0, 16) : 'ko',
    categories,
    cards,
  };
}

function checkBoard(board) {
  if (!board || typeof board !== 'object' || Array.isArray(board)) throw new ImportError(MESSAGES.notObf);
  if (typeof board.format !== 'string' || !board.format.startsWith('open-board-')) throw new ImportError(MESSAGES.notObf);
  if (!Array.isArray(board.buttons)) throw new ImportError(MESSAGES.notObf);
  if (board.buttons.length > LIMITS.buttonsPerBoard) throw new ImportError(MESSAGES.tooMany);
  checkUrl(board.url);
  for (const image of Array.isArray(board.images) ? board.images : []) {
    if (!image || typeof image !== 'object') continue;
    checkUrl(image.url);
    if (typeof image.data === 'string') checkImageUrl(image.data);
  }
  for (const sound of Array.isArray(board.sounds) ? board.sounds : []) checkUrl(sound?.url);
  return board;
}

/** The board's buttons in grid order (row by row), then any the grid leaves out. */
function orderedButtons(board) {
  const buttons = board.buttons.filter((b) => b && typeof b === 'object' && !Array.isArray(b));
  const byId = new Map(buttons.map((b) => [String(b.id), b]));
  const out = [];
  const seen = new Set();
  const order = board.grid && Array.isArray(board.grid.order) ? board.grid.order : [];
  for (const row of order) {
    if (!Array.isArray(row)) continue;
    for (const cell of row) {
      if (cell === null || cell === undefined) continue;
      const button = byId.get(String(cell));
      if (button && !seen.has(button)) {
        seen.add(button);
        out.push(button);
      }
    }
  }
  for (const button of buttons) if (!seen.has(button)) out.push(button);
  return out;
}

function buttonCard(button, board, source, knownSymbols, category, cardIds) {
  checkUrl(button.url);
  const label = cleanText(button.label ?? button.vocalization);
  if (!label) return null; // an action-only or empty cell
  const id = freeId(cleanId(String(button.id ?? 'card')), cardIds);
  cardIds.add(id);
  const card = { id, label };
  if (typeof button.vocalization === 'string' && button.vocalization.trim() && button.vocalization !== label) {
    card.speak = button.vocalization.trim().slice(0, 200);
  }
  if (typeof button.ext_malmoi_pos === 'string') card.pos = button.ext_malmoi_pos.slice(0, 20);
  if (typeof button.ext_malmoi_class === 'string') card.class = button.ext_malmoi_class.slice(0, 20);
  if (typeof button.ext_malmoi_emoji === 'string' && button.ext_malmoi_emoji) card.emoji = button.ext_malmoi_emoji.slice(0, 16);
  Object.assign(card, pictureOf(board, button, source, knownSymbols));
  card.category = category;
  if (button.ext_malmoi_hidden === true || button.hidden === true) card.hidden = true;
  const extra = button.ext_malmoi_fields;
  if (extra && typeof extra === 'object' && !Array.isArray(extra)) {
    for (const [key, value] of Object.entries(extra)) {
      if (!CARD_KEYS.has(key) && !key.startsWith('__') && JSON.stringify(value).length < 2000) card[key] = value;
    }
  }
  return card;
}

/**
 * A button's picture: {symbol} (Malmoi's own annotation, or a known OpenMoji symbol) and/or {image}
 * (a photo or other picture as a data URL or http URL).
 */
function pictureOf(board, button, source, knownSymbols) {
  const out = {};
  const own = button.ext_malmoi_symbol;
  if (typeof own === 'string' && /^[0-9A-F]+(-[0-9A-F]+)*$/i.test(own)) out.symbol = own.toUpperCase();
  const picture = imageOf(board, button, source, knownSymbols);
  if (picture?.symbol) {
    if (!out.symbol) out.symbol = picture.symbol;
  } else if (picture?.image) {
    out.image = picture.image;
  }
  return out;
}

/** {symbol} for a known OpenMoji symbol, {image} (a data URL or http URL) otherwise, or null. */
function imageOf(board, button, source, knownSymbols) {
  if (button.image_id === undefined || button.image_id === null) return null;
  const images = Array.isArray(board.images) ? board.images : [];
  const image = images.find((i) => i && String(i.id) === String(button.image_id));
  if (!image) return null;
  const symbol = image.symbol;
  if (symbol && typeof symbol === 'object' && String(symbol.set).toLowerCase() === 'openmoji' && typeof symbol.filename === 'string') {
    const match = /^([0-9A-F]+(?:-[0-9A-F]+)*)\.svg$/i.exec(symbol.filename);
    if (match && knownSymbols.has(match[1].toUpperCase())) return { symbol: match[1].toUpperCase() };
  }
  if (typeof image.data === 'string') return { image: checkImageUrl(image.data) };
  if (typeof image.path === 'string' && source.read) {
    const bytes = source.read(cleanPath(image.path));
    if (bytes) return { image: bytesToDataUrl(bytes, image.content_type) };
  }
  if (typeof image.url === 'string' && image.url) return { image: checkImageUrl(image.url) };
  return null;
}

/** Refuses anything but http(s) for a link; undefined and empty are fine. */
function checkUrl(url) {
  if (url === undefined || url === null || url === '') return;
  if (typeof url !== 'string') throw new ImportError(MESSAGES.badUrl);
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  if (scheme && !['http', 'https'].includes(scheme[1].toLowerCase())) {
    throw new ImportError(scheme[1].toLowerCase() === 'data' ? MESSAGES.badData : MESSAGES.badUrl);
  }
  if (/^\s*\/\//.test(url) || /[\u0000-\u001f]/.test(url)) throw new ImportError(MESSAGES.badUrl);
}

/** An image reference that may be shown in <img>: an image data URI or an http(s) URL. */
function checkImageUrl(url) {
  if (typeof url !== 'string') throw new ImportError(MESSAGES.badData);
  if (/^\s*data:/i.test(url)) {
    const parsed = parseDataUrl(url.trim());
    if (!parsed) throw new ImportError(MESSAGES.badData);
    if (parsed.bytes.length > LIMITS.imageBytes) throw new ImportError(MESSAGES.bomb);
    if (!looksLike(parsed.bytes, parsed.type)) throw new ImportError(MESSAGES.badData);
    return url.trim();
  }
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url);
  if (!scheme || !['http', 'https'].includes(scheme[1].toLowerCase())) throw new ImportError(MESSAGES.badUrl);
  return url.trim();
}

/**
 * Decodes an image data URL: {type, bytes}, or null when it is not a base64 or plain data URL of
 * one of the image types we show.
 * @param {string} url
 */
export function parseDataUrl(url) {
  const match = /^data:([a-z0-9.+-]+\/[a-z0-9.+-]+)((?:;[a-z0-9-]+=[^;,]*)*)(;base64)?,(.*)$/is.exec(url);
  if (!match) return null;
  const type = match[1].toLowerCase();
  if (!IMAGE_TYPES[type]) return null;
  let bytes;
  try {
    bytes = match[3] ? unbase64(match[4]) : new TextEncoder().encode(decodeURIComponent(match[4]));
  } catch {
    return null;
  }
  return { type, bytes };
}

function bytesToDataUrl(bytes, declared) {
  if (bytes.length > LIMITS.imageBytes) throw new ImportError(MESSAGES.bomb);
  const type = sniffImage(bytes) || (String(declared).toLowerCase() === 'image/svg+xml' && looksLike(bytes, 'image/svg+xml') ? 'image/svg+xml' : null);
  if (!type) throw new ImportError(MESSAGES.badData);
  return `data:${type};base64,${base64(bytes)}`;
}

/** The image type from the first bytes (SVG is text: checked separately). */
function sniffImage(bytes) {
  const starts = (...sig) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'image/png';
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x47, 0x49, 0x46, 0x38)) return 'image/gif';
  if (starts(0x52, 0x49, 0x46, 0x46) && bytes[8] === 0x57 && bytes[9] === 0x45 && bytes[10] === 0x42 && bytes[11] === 0x50) return 'image/webp';
  if (looksLike(bytes, 'image/svg+xml')) return 'image/svg+xml';
  return null;
}

function looksLike(bytes, type) {
  if (type === 'image/svg+xml') {
    const head = new TextDecoder().decode(bytes.subarray(0, 1024)).replace(/^\uFEFF/, '').trimStart();
    return /^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(head);
  }
  return sniffImage(bytes) === type;
}

function cleanText(value) {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return String(value).replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, LIMITS.textLength);
}

function cleanId(value) {
  const id = String(value).replace(/[\u0000-\u001f\u007f]/g, '').trim().slice(0, 100);
  return id || 'item';
}

function freeId(wanted, taken) {
  const used = taken instanceof Set ? taken : new Set(taken);
  if (!used.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!used.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

function safeName(value) {
  return String(value).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80) || 'image';
}

/** A zip entry path: relative, no "..", no drive letters or backslashes; refused otherwise. */
function cleanPath(path) {
  if (typeof path !== 'string' || !path || path.length > 500) throw new ImportError(MESSAGES.badPath);
  if (/[\\\u0000]/.test(path) || path.startsWith('/') || /^[a-z]:/i.test(path)) throw new ImportError(MESSAGES.badPath);
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.some((p) => p === '..')) throw new ImportError(MESSAGES.badPath);
  return parts.join('/');
}

// ————————————————————————————————————————————— zip reading

/**
 * A reader over a zip archive that checks every entry's name first and inflates each file with a
 * running cap, so a bomb (or a header that lies about its size) stops at the cap.
 */
function zipSource(bytes) {
  const entries = readCentralDirectory(bytes);
  let total = 0;
  const cache = new Map();
  const read = (path) => {
    const entry = entries.get(path);
    if (!entry) return null;
    if (cache.has(path)) return cache.get(path);
    const data = extract(bytes, entry, (n) => {
      total += n;
      if (total > LIMITS.totalBytes) throw new ImportError(MESSAGES.bomb);
    });
    cache.set(path, data);
    return data;
  };
  const manifestBytes = read('manifest.json');
  let rootPath;
  if (manifestBytes) {
    const manifest = parseJson(manifestBytes);
    if (!manifest || typeof manifest !== 'object' || typeof manifest.root !== 'string') throw new ImportError(MESSAGES.notObf);
    if (typeof manifest.format === 'string' && !manifest.format.startsWith('open-board-')) throw new ImportError(MESSAGES.notObf);
    rootPath = cleanPath(manifest.root);
  } else {
    // Some exporters leave the manifest out; a single .obf at the top level is the root then.
    const top = [...entries.keys()].filter((name) => name.endsWith('.obf'));
    if (top.length !== 1) throw new ImportError(MESSAGES.notObf);
    rootPath = top[0];
  }
  const rootBytes = read(rootPath);
  if (!rootBytes) throw new ImportError(MESSAGES.notObf);
  return { single: false, root: parseJson(rootBytes), rootPath, read };
}

function readCentralDirectory(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65535); i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end === -1) throw new ImportError(MESSAGES.badZip);
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  if (count === 0xffff || offset === 0xffffffff) throw new ImportError(MESSAGES.tooBig); // zip64: far beyond a board
  if (count > LIMITS.entries) throw new ImportError(MESSAGES.tooMany);
  const entries = new Map();
  const decoder = new TextDecoder();
  let at = offset;
  let declared = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new ImportError(MESSAGES.badZip);
    const flags = view.getUint16(at + 8, true);
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const size = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (at + 46 + nameLength > bytes.length) throw new ImportError(MESSAGES.badZip);
    const rawName = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
    const isDirectory = rawName.endsWith('/');
    const name = cleanPath(isDirectory ? rawName.slice(0, -1) || '.' : rawName);
    if (isDirectory) continue;
    if (flags & 1) throw new ImportError(MESSAGES.badZip); // encrypted
    if (method !== 0 && method !== 8) throw new ImportError(MESSAGES.badZip);
    if (size > LIMITS.entryBytes) throw new ImportError(MESSAGES.bomb);
    declared += size;
    if (declared > LIMITS.totalBytes) throw new ImportError(MESSAGES.bomb);
    entries.set(name, { method, compressed, size, local });
  }
  return entries;
}

function extract(bytes, entry, count) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.local + 30 > bytes.length || view.getUint32(entry.local, true) !== 0x04034b50) throw new ImportError(MESSAGES.badZip);
  const start = entry.local + 30 + view.getUint16(entry.local + 26, true) + view.getUint16(entry.local + 28, true);
  if (start + entry.compressed > bytes.length) throw new ImportError(MESSAGES.badZip);
  const data = bytes.subarray(start, start + entry.compressed);
  if (entry.method === 0) {
    count(data.length);
    return data.slice();
  }
  const cap = Math.min(entry.size, LIMITS.entryBytes);
  const chunks = [];
  let length = 0;
  const inflater = new Inflate((chunk) => {
    length += chunk.length;
    // The header's size is checked as well as the cap: more bytes than declared is a lie.
    if (length > cap) throw new ImportError(MESSAGES.bomb);
    count(chunk.length);
    chunks.push(chunk);
  });
  const step = 1024; // one step can inflate to at most ~1 MB, so the cap is never overshot by much
  try {
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
    for (let i = 0; i < data.length; i += step) inflater.push(data.subarray(i, i + step), i + step >= data.length);
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(MESSAGES.badZip);
  }
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

// ————————————————————————————————————————————— bytes

function base64(bytes) {
  let text = '';
  for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(text);
}

function unbase64(text) {
  const binary = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i);
  return out;
}
