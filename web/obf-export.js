/**
 * Open Board Format export (openboardformat.org): a deck as an .obz (a zip of boards, pictures and
 * manifest.json) or one .obf (JSON, pictures inline), so boards move between Malmoi, Cboard, Asterics
 * Grid and CoughDrop.
 *
 * A root board links to one board per category (load_board); grid order is the card order; photos
 * travel as image files (data URIs in a lone .obf), OpenMoji symbols as SVG files with
 * symbol {set: "openmoji", filename}; Malmoi's annotations as ext_malmoi_* fields on buttons, so a
 * round trip gives the same deck (obf-import.js).
 */
import { zipSync, strToU8 } from './gen/vendor/fflate.js';
import { DECK_FORMAT, POS_COLOURS } from './deck.js';
import { parseDataUrl, toBase64 } from './picture-check.js';

const OPENMOJI_LICENSE = {
  type: 'CC BY-SA 4.0',
  copyright_notice_url: 'https://creativecommons.org/licenses/by-sa/4.0/',
  source_url: 'https://openmoji.org/',
  author_name: 'OpenMoji',
  author_url: 'https://openmoji.org/',
};

/** '#rrggbb' → 'rgb(r, g, b)', the colour form OBF readers understand. @param {string} hex */
const obfColour = (hex) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

/** Card fields written as OBF or ext_malmoi_* fields of their own; any other field goes in ext_malmoi_fields. */
export const CARD_KEYS = new Set(['id', 'label', 'speak', 'pos', 'class', 'verb', 'honorific', 'emoji', 'symbol', 'image', 'category', 'hidden']);
const IMAGE_EXTENSIONS = {
  'image/png': 'png', 'image/jpeg': 'jpg', 'image/gif': 'gif', 'image/webp': 'webp', 'image/svg+xml': 'svg',
};

/**
 * The deck as an .obz archive.
 * @param {object} deck
 * @param {(hex: string) => Promise<Uint8Array|null>} readSymbol the OpenMoji SVG for a symbol
 * @returns {Promise<Uint8Array>}
 */
export async function exportObz(deck, readSymbol) {
  /** @type {Record<string, Uint8Array>} */
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
  if (card.verb) button.ext_malmoi_verb = card.verb;
  if (card.honorific === true) button.ext_malmoi_honorific = true;
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

/** Image files inside the .obz, each written once (cards sharing a photo share its file). */
class ImageFiles {
  constructor(files, manifest, readSymbol) {
    this.files = files;
    this.manifest = manifest;
    this.readSymbol = readSymbol;
    this.photos = new Map();
  }

  async forItem(item, photoId) {
    if (item.image) {
      const known = this.photos.get(item.image);
      if (known) return { ...known };
      const parsed = parseDataUrl(item.image);
      if (!parsed) return { id: photoId, url: item.image };
      const ext = IMAGE_EXTENSIONS[parsed.type];
      if (!ext) return null;
      const path = `images/${safeName(photoId)}.${ext}`;
      this.files[path] = parsed.bytes;
      this.manifest.paths.images[photoId] = path;
      const image = { id: photoId, path, content_type: parsed.type };
      this.photos.set(item.image, image);
      return { ...image };
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
      data: `data:image/svg+xml;base64,${toBase64(bytes)}`,
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

/** A new id not in `taken`: `wanted`, or `wanted-2`, `wanted-3` … */
function freeId(wanted, taken) {
  const used = new Set(taken);
  if (!used.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!used.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

function safeName(value) {
  return String(value).replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 80) || 'image';
}
