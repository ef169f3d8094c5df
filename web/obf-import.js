/**
 * Open Board Format import: an .obf (one board, JSON), an .obz (a zip of boards, pictures and
 * manifest.json), or a .zip that is an .obz inside, read into a new deck and a report of what it held
 * and what was left out and why. Nothing here touches the deck in use: the teacher sees the report
 * first and then adds, replaces or cancels (app.js).
 *
 * What is read, in this order: every board linked from the root (load_board, by path or by id through
 * the manifest), breadth first, then every other board the manifest lists. Each board with words
 * becomes a category; a button becomes a card unless it is
 * - a link to another board, :home or :back: navigation (Malmoi's category tabs do that),
 * - :clear, :backspace or :speak: Malmoi's 모두 지우기, 하나 지우기 and 말하기 buttons do that,
 * - another action (+less spells, :space …): Malmoi has none,
 * - without a label, or a board's title repeated in a cell of its own.
 * A picture that is not a safe image (not an image at all, an unsafe link, a scripted SVG, too large)
 * leaves its card with a letter tile. A picture on the internet is never fetched here: it is listed
 * in the report, and `inlineRemotePictures` fetches it only when the teacher asks.
 *
 * A hostile file costs little: the file, each board, the nesting of its JSON, every zip entry, the
 * number of boards, buttons and cards, each picture and all pictures together have limits; every
 * picture is converted once and shared by the cards that show it.
 */
import { isZip, openZip, cleanZipPath, ZipError } from './zip.js';
import { checkPicture, parseDataUrl } from './picture-check.js';
import { CARD_KEYS } from './obf-export.js';
import {
  DECK_FORMAT, DECK_LIMITS, DeckError, checkDeck, clip, knownAnnotation, wellFormed,
} from './deck.js';

export const IMPORT_LIMITS = Object.freeze({
  fileBytes: 30 * 1024 * 1024, // the file as chosen
  boardChars: 20 * 1024 * 1024, // one board's JSON
  depth: 40, // JSON nesting (a board needs about 6)
  boards: 200,
  buttons: 20000, // all buttons read, on all boards
  cards: DECK_LIMITS.cards,
  pictureChars: DECK_LIMITS.pictureChars, // all pictures of the new deck, as stored
  shrinkOver: 96 * 1024, // a bitmap larger than this is made smaller when the app can
  remotePictures: 2000,
  textLength: DECK_LIMITS.text,
  speakLength: 200,
  extKeys: 20, // ext_malmoi_fields
  extValueChars: 500,
  nestedArchives: 1, // a .zip holding one .obz
});

/** A refused file; `code` is stable and `message` is Korean, to be shown as it is. */
export class ImportError extends Error {
  /** @param {string} code @param {string} [message] */
  constructor(code, message = MESSAGES[code] || MESSAGES.not_board) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
  }
}

const MESSAGES = {
  not_board: '이 파일은 읽을 수 없어요. .obf(JSON) 또는 .obz·.zip(압축) 낱말판 파일인지 확인해 주세요.',
  not_obf: 'Open Board Format 낱말판 파일이 아니에요.',
  too_big: `파일이 너무 커요. ${IMPORT_LIMITS.fileBytes / 1024 / 1024}MB보다 작은 파일만 가져올 수 있어요.`,
  too_deep: '파일의 구조가 지나치게 깊어요. 안전을 위해 가져오지 않았어요.',
  zip_bomb: '압축을 풀면 너무 커지는 파일이에요. 안전을 위해 가져오지 않았어요.',
  zip_bad_path: '파일 안의 경로가 올바르지 않아요. 안전을 위해 가져오지 않았어요.',
  zip_damaged: '압축 파일(.obz)이 손상되었어요.',
  zip_unsupported: '지원하지 않는 방식으로 압축된 파일이에요.',
  zip_too_many: '압축 파일 안에 파일이 너무 많아요.',
  too_many: '낱말판이 너무 커요. 단추가 너무 많아요.',
  no_cards: '가져올 카드가 없어요. 낱말판에 낱말 단추가 하나도 없어요.',
};

/**
 * What the report counts. Each skipped item has a code; the preview shows one line per code.
 * @typedef {object} ImportReport
 * @property {string} name          the file's deck name
 * @property {string} format        'obz' | 'obf'
 * @property {Array<{name: string, cards: number}>} boards  the boards that became categories, in order
 * @property {number} boardsRead    boards read from the file
 * @property {number} cards
 * @property {number} pictures      distinct pictures kept
 * @property {Record<string, number>} skipped  code → count (see SKIP_TEXT)
 * @property {Record<string, number>} actions  action → count, for actions Malmoi does not have
 * @property {Record<string, number>} annotations  unknown annotation value → count
 * @property {Array<{url: string, cards: string[], categories: string[]}>} remote  pictures on the internet
 */

/**
 * Reads a board file into a new deck and a report, or throws ImportError.
 * @param {Uint8Array} bytes the file's content
 * @param {object} [options]
 * @param {Set<string>} [options.knownSymbols] OpenMoji symbols this app has as files
 * @param {(bytes: Uint8Array, type: string) => Promise<string|null>} [options.shrinkPicture]
 *   makes a large bitmap small (a data URL); the browser passes a canvas-based one
 * @param {(done: number, total: number) => void} [options.onProgress]
 * @returns {Promise<{deck: object, report: ImportReport}>}
 */
export async function readBoardFile(bytes, options = {}) {
  if (!(bytes instanceof Uint8Array)) throw new ImportError('not_board');
  if (bytes.length > IMPORT_LIMITS.fileBytes) throw new ImportError('too_big');
  try {
    const source = isZip(bytes) ? archiveSource(bytes, 0) : singleSource(bytes);
    const reader = new BoardReader(source, options);
    return await reader.read();
  } catch (error) {
    if (error instanceof ImportError) throw error;
    if (error instanceof ZipError) throw new ImportError(error.code);
    if (error instanceof DeckError) throw new ImportError('not_board', error.message);
    throw new ImportError('not_board');
  }
}

// ————————————————————————————————————————————— sources

/** One .obf: the board is the only file; pictures must be inline or on the internet. */
function singleSource(bytes) {
  const board = parseJson(bytes);
  if (!isBoard(board)) throw new ImportError('not_obf');
  return { format: 'obf', root: board, rootPath: '', boards: [], images: new Map(), readFile: () => null, readBoard: () => null };
}

/** An .obz (or a .zip that is one, or that holds one). */
function archiveSource(bytes, depth) {
  const zip = openZip(bytes);
  let base = '';
  let manifest = null;
  const manifestPath = zip.has('manifest.json') ? 'manifest.json'
    : single(zip.paths.filter((p) => /^[^/]+\/manifest\.json$/i.test(p)));
  if (manifestPath) {
    base = manifestPath.slice(0, -'manifest.json'.length);
    manifest = parseJson(zip.read(manifestPath));
    if (!manifest || typeof manifest !== 'object' || Array.isArray(manifest)) throw new ImportError('not_obf');
  } else if (!zip.paths.some((p) => p.toLowerCase().endsWith('.obf'))) {
    // A .zip holding one .obz (as a teacher might pack it to send it by mail).
    const inner = single(zip.paths.filter((p) => /\.(obz|zip)$/i.test(p)));
    if (inner && depth < IMPORT_LIMITS.nestedArchives) {
      const innerBytes = zip.read(inner);
      if (innerBytes && isZip(innerBytes)) return archiveSource(innerBytes, depth + 1);
    }
    throw new ImportError('not_obf');
  }
  const resolve = (path) => {
    if (typeof path !== 'string' || !path) return null;
    try {
      const clean = cleanZipPath(path);
      if (!clean) return null;
      if (zip.has(base + clean)) return base + clean;
      return zip.has(clean) ? clean : null;
    } catch {
      return null; // a link that climbs out of the archive leads nowhere
    }
  };
  const paths = manifest?.paths && typeof manifest.paths === 'object' ? manifest.paths : {};
  const listed = (group) => new Map(/** @type {Array<[string, string]>} */ (Object.entries(paths[group] && typeof paths[group] === 'object' ? paths[group] : {})
    .map(([id, path]) => [String(id), resolve(path)]).filter(([, path]) => path)));
  const boardIds = listed('boards');
  const images = listed('images');
  let rootPath = manifest ? resolve(manifest.root) : null;
  const obfPaths = zip.paths.filter((p) => p.toLowerCase().endsWith('.obf'));
  const boards = manifest ? [...new Set(boardIds.values())] : obfPaths;
  if (!rootPath) rootPath = boards[0] ?? null;
  if (!rootPath) throw new ImportError('not_obf');
  const parsed = new Map();
  const readBoard = (path) => {
    if (!parsed.has(path)) {
      let board = null;
      try {
        board = parseJson(zip.read(path));
        if (!isBoard(board)) board = null;
      } catch (error) {
        if (error instanceof ZipError && error.code === 'zip_bomb') throw error;
        if (error instanceof ImportError && error.code === 'too_deep') throw error;
        board = null;
      }
      parsed.set(path, board);
    }
    return parsed.get(path);
  };
  const root = readBoard(rootPath);
  return {
    format: 'obz',
    root,
    rootPath,
    boards,
    boardIds,
    images,
    resolve,
    readFile: (path) => zip.read(path),
    readBoard,
  };
}

function single(list) {
  return list.length === 1 ? list[0] : null;
}

/** The file's JSON, refusing a nesting deeper than the limit before parsing it. */
function parseJson(bytes) {
  if (!bytes) throw new ImportError('not_board');
  if (bytes.length > IMPORT_LIMITS.boardChars * 3) throw new ImportError('too_big');
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (text.length > IMPORT_LIMITS.boardChars) throw new ImportError('too_big');
  if (tooDeep(text, IMPORT_LIMITS.depth)) throw new ImportError('too_deep');
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportError('not_board');
  }
}

/** True when arrays and objects in the JSON text nest deeper than `limit` (strings skipped). */
export function tooDeep(text, limit) {
  let depth = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x22) { // a string: skip to its closing quote
      for (i += 1; i < text.length; i += 1) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i += 1;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      depth += 1;
      if (depth > limit) return true;
    } else if (c === 0x5d || c === 0x7d) {
      depth -= 1;
    }
  }
  return false;
}

/** The OBF shape: an object with a buttons array (the format field is optional: older exporters leave it out). */
function isBoard(value) {
  if (!value || typeof value !== 'object' || Array.isArray(value) || !Array.isArray(value.buttons)) return false;
  if (typeof value.format === 'string') return value.format.startsWith('open-board-');
  return 'id' in value || 'grid' in value || 'name' in value;
}

// ————————————————————————————————————————————— boards to a deck

const ACTIONS = {
  ':clear': 'action_clear',
  ':backspace': 'action_backspace',
  ':deleteword': 'action_backspace',
  ':speak': 'action_speak',
  ':home': 'navigation',
  ':back': 'navigation',
};

class BoardReader {
  constructor(source, { knownSymbols = new Set(), shrinkPicture = null, onProgress = null } = {}) {
    this.source = source;
    this.knownSymbols = knownSymbols;
    this.shrinkPicture = shrinkPicture;
    this.onProgress = onProgress;
    this.own = Boolean(source.root?.ext_malmoi_deck);
    this.report = {
      name: '', format: source.format, boards: [], boardsRead: 0, cards: 0, pictures: 0,
      skipped: {}, actions: {}, annotations: {}, remote: [],
    };
    this.categories = [];
    this.cards = [];
    this.categoryIds = new Set();
    this.cardIds = new Set();
    this.buttonsRead = 0;
    this.pictureCache = new Map(); // source key → Promise<{url}|{problem}>
    this.keptPictures = new Set();
    this.pictureChars = 0;
    this.remote = new Map(); // url → {url, cards, categories}
  }

  skip(code, n = 1) {
    this.report.skipped[code] = (this.report.skipped[code] || 0) + n;
  }

  async read() {
    const { source } = this;
    const root = source.root;
    this.report.name = text(root?.name, IMPORT_LIMITS.textLength) || '가져온 낱말판';
    if (source.format === 'obf' && Array.isArray(root.ext_malmoi_categories)) {
      await this.readDescribedBoard(root);
    } else {
      await this.readBoards();
    }
    this.finishRemote();
    this.report.cards = this.cards.length;
    this.report.pictures = this.keptPictures.size;
    if (!this.cards.length) throw new ImportError('no_cards');
    const deck = {
      format: DECK_FORMAT,
      id: cleanId(root?.ext_malmoi_deck?.id ?? root?.id ?? 'imported'),
      name: this.report.name,
      locale: typeof root?.locale === 'string' ? clip(wellFormed(root.locale), 16) : 'ko',
      categories: this.categories,
      cards: this.cards,
    };
    return { deck: checkDeck(deck), report: this.report };
  }

  /** Every board: linked from the root first (breadth first), then the rest the manifest lists. */
  async readBoards() {
    const { source } = this;
    const order = [];
    const seen = new Set();
    const queue = [];
    const visit = (path, via) => {
      if (seen.has(path)) return;
      seen.add(path);
      queue.push({ path, via });
    };
    visit(source.rootPath, null); // '' for a lone .obf
    const starts = [...source.boards];
    while (queue.length || starts.length) {
      if (!queue.length) {
        visit(starts.shift(), null);
        continue;
      }
      const { path, via } = queue.shift();
      const board = path === source.rootPath ? source.root : source.readBoard(path);
      if (!board) {
        this.skip('board_unreadable');
        continue;
      }
      if (order.length >= IMPORT_LIMITS.boards) {
        this.skip('board_over_limit');
        continue;
      }
      order.push({ path, board, via });
      for (const button of orderedButtons(board)) {
        const target = this.linkTarget(button.load_board);
        if (target) visit(target, { button, board });
      }
    }
    this.report.boardsRead = order.length;
    for (const [index, { path, board, via }] of order.entries()) {
      await this.readBoard(board, via, path === source.rootPath);
      this.onProgress?.(index + 1, order.length);
      if (index % 8 === 7) await pause(); // let the page draw "읽는 중…"
    }
  }

  /** The archive path a load_board leads to, or null (a board on the internet, or one not in the file). */
  linkTarget(link) {
    if (!link || typeof link !== 'object' || this.source.format !== 'obz') return null;
    return this.source.resolve(link.path) || (link.id !== undefined ? this.source.boardIds.get(String(link.id)) : null) || null;
  }

  /**
   * The board's word buttons in order. Every button read counts toward the import's limit; one that
   * is not a word (an action, navigation, a title) is skipped with its reason.
   * @param {object} board
   */
  *wordButtons(board) {
    for (const button of orderedButtons(board)) {
      this.buttonsRead += 1;
      if (this.buttonsRead > IMPORT_LIMITS.buttons) throw new ImportError('too_many');
      const kind = this.kindOf(button, board);
      if (kind === 'word') yield button;
      else this.skip(kind);
    }
  }

  async readBoard(board, via, isRoot) {
    const wanted = this.own && typeof via?.button.ext_malmoi_category === 'string' ? via.button.ext_malmoi_category
      : board.ext_malmoi_category ?? board.id ?? (isRoot ? 'home' : `board-${this.categories.length + 1}`);
    const name = text(via?.button.label, IMPORT_LIMITS.textLength) || text(board.name, IMPORT_LIMITS.textLength)
      || (isRoot ? '첫 화면' : '이름 없는 분류');
    const category = { id: freeId(cleanId(wanted), this.categoryIds), name };
    const cards = [];
    for (const button of this.wordButtons(board)) {
      if (this.cards.length + cards.length >= IMPORT_LIMITS.cards) {
        this.skip('card_over_limit');
        continue;
      }
      cards.push(await this.card(button, board, category.id));
    }
    if (!cards.length) {
      if (!isRoot) this.skip('board_empty'); // a root of links only is a menu, not an empty board
      return;
    }
    this.categoryIds.add(category.id);
    if (via) {
      const folder = via.button;
      if (typeof folder.ext_malmoi_emoji === 'string' && folder.ext_malmoi_emoji) category.emoji = clip(wellFormed(folder.ext_malmoi_emoji), 16);
      const symbol = ownSymbol(folder.ext_malmoi_symbol);
      if (symbol) category.symbol = symbol;
      await this.picture(category, via.board, folder, 'category');
      if (folder.ext_malmoi_pinned === true) category.pinned = true;
      if (folder.ext_malmoi_hidden === true || folder.hidden === true) category.hidden = true;
    }
    this.categories.push(category);
    this.cards.push(...cards);
    this.report.boards.push({ name: category.name, cards: cards.length });
  }

  /** Malmoi's own single .obf: every card on one board, categories described in ext_malmoi_categories. */
  async readDescribedBoard(board) {
    for (const raw of board.ext_malmoi_categories.slice(0, IMPORT_LIMITS.boards)) {
      if (!raw || typeof raw !== 'object') continue;
      const id = cleanId(raw.id ?? '');
      if (this.categoryIds.has(id)) continue;
      this.categoryIds.add(id);
      const category = { id, name: text(raw.name, IMPORT_LIMITS.textLength) || '이름 없는 분류' };
      if (typeof raw.emoji === 'string' && raw.emoji) category.emoji = clip(wellFormed(raw.emoji), 16);
      const symbol = ownSymbol(raw.symbol);
      if (symbol) category.symbol = symbol;
      if (typeof raw.image === 'string') await this.pictureFromUrl(category, raw.image, 'category');
      if (raw.pinned === true) category.pinned = true;
      if (raw.hidden === true) category.hidden = true;
      this.categories.push(category);
    }
    const counts = new Map();
    this.report.boardsRead = 1;
    for (const button of this.wordButtons(board)) {
      const category = typeof button.ext_malmoi_category === 'string' ? cleanId(button.ext_malmoi_category) : '';
      if (!this.categoryIds.has(category)) {
        this.skip('no_category');
        continue;
      }
      if (this.cards.length >= IMPORT_LIMITS.cards) {
        this.skip('card_over_limit');
        continue;
      }
      this.cards.push(await this.card(button, board, category));
      counts.set(category, (counts.get(category) || 0) + 1);
    }
    this.report.boards = this.categories.map((c) => ({ name: c.name, cards: counts.get(c.id) || 0 }));
  }

  /** 'word', or the skip code of a button that does not become a card. */
  kindOf(button, board) {
    if (button.load_board && typeof button.load_board === 'object') {
      return this.linkTarget(button.load_board) ? 'navigation' : 'link_elsewhere';
    }
    const actions = [button.action, ...(Array.isArray(button.actions) ? button.actions : [])]
      .filter((a) => typeof a === 'string' && a.trim());
    if (actions.length) {
      const known = actions.map((a) => ACTIONS[a.trim().toLowerCase()]).find(Boolean);
      if (known) return known;
      const name = clip(wellFormed(actions[0].trim()), 40);
      this.report.actions[name] = (this.report.actions[name] || 0) + 1;
      return 'action_other';
    }
    const label = text(button.label ?? button.vocalization, IMPORT_LIMITS.textLength);
    if (!label || /^[-_=.~\s]{3,}$/.test(label)) return 'no_label';
    if (!this.own && isTitleCell(button, board, label)) return 'title';
    return 'word';
  }

  async card(button, board, category) {
    const label = this.repaired(button.label ?? button.vocalization, IMPORT_LIMITS.textLength);
    const card = { id: this.cardId(button, category), label };
    const speak = typeof button.vocalization === 'string' ? this.repaired(button.vocalization, IMPORT_LIMITS.speakLength) : '';
    if (speak && speak !== label) card.speak = speak;
    // The same check as the core's own annotations: a noun's verb (타다) and the honorific mark (true).
    for (const kind of /** @type {Array<'pos'|'class'|'verb'|'honorific'>} */ (['pos', 'class', 'verb', 'honorific'])) {
      const value = button[`ext_malmoi_${kind}`];
      if (value === undefined || value === null || value === '' || value === false) continue;
      if (knownAnnotation(kind, value)) card[kind] = value;
      else {
        this.skip('annotation_unknown');
        const shown = `${kind}: ${clip(wellFormed(String(value)), 30)}`;
        this.report.annotations[shown] = (this.report.annotations[shown] || 0) + 1;
      }
    }
    if (typeof button.ext_malmoi_emoji === 'string' && button.ext_malmoi_emoji) card.emoji = clip(wellFormed(button.ext_malmoi_emoji), 16);
    const symbol = ownSymbol(button.ext_malmoi_symbol);
    if (symbol) card.symbol = symbol;
    await this.picture(card, board, button, 'card');
    card.category = category;
    if (button.ext_malmoi_hidden === true || button.hidden === true) card.hidden = true;
    if (button.sound_id !== undefined && button.sound_id !== null && button.sound_id !== '') this.skip('sound');
    this.extraFields(card, button.ext_malmoi_fields);
    return card;
  }

  cardId(button, category) {
    const own = cleanId(button.id ?? 'card');
    const id = !this.cardIds.has(own) ? own : freeId(`${category}-${own}`, this.cardIds);
    this.cardIds.add(id);
    return id;
  }

  /** Text cleaned for the deck; counts a repair of broken characters. */
  repaired(value, length) {
    if (typeof value === 'string' && wellFormed(value) !== value) this.skip('text_repaired');
    return text(value, length);
  }

  /** Malmoi's other card fields (ext_malmoi_fields), within limits. */
  extraFields(card, extra) {
    if (!extra || typeof extra !== 'object' || Array.isArray(extra)) return;
    let kept = 0;
    for (const [key, value] of Object.entries(extra)) {
      const usable = /^[A-Za-z][A-Za-z0-9_]{0,39}$/.test(key) && !CARD_KEYS.has(key) && !(key in card);
      const clean = usable ? cleanValue(value, 0) : undefined;
      if (clean === undefined || kept >= IMPORT_LIMITS.extKeys || JSON.stringify(clean).length > IMPORT_LIMITS.extValueChars) {
        this.skip('field_dropped');
        continue;
      }
      card[key] = clean;
      kept += 1;
    }
  }

  // ——— pictures

  /** Sets item.symbol or item.image from the button's image_id, or counts why not. */
  async picture(item, board, button, kind) {
    if (button.image_id === undefined || button.image_id === null || button.image_id === '') return;
    const id = String(button.image_id);
    const image = imagesOf(board).get(id);
    const symbol = image?.symbol;
    if (symbol && typeof symbol === 'object' && String(symbol.set).toLowerCase() === 'openmoji' && typeof symbol.filename === 'string') {
      const match = /^([0-9A-F]+(?:-[0-9A-F]+)*)\.svg$/i.exec(symbol.filename);
      const hex = match?.[1].toUpperCase();
      // An OpenMoji symbol the app has as a file (or the one Malmoi's own annotation names) is drawn from it.
      if (hex && (this.knownSymbols.has(hex) || item.symbol === hex)) {
        if (!item.symbol) item.symbol = hex;
        return;
      }
    }
    // Local sources first (inline data, a file in the archive, the manifest's list), then the internet.
    const local = [];
    if (typeof image?.data === 'string') local.push(['data', image.data]);
    if (typeof image?.url === 'string' && /^\s*data:/i.test(image.url)) local.push(['data', image.url]);
    if (typeof image?.path === 'string') local.push(['path', this.source.resolve?.(image.path) || `missing:${image.path}`]);
    const listed = this.source.images.get(id);
    if (listed) local.push(['path', listed]);
    let problem = image || listed ? null : 'picture_missing';
    for (const [how, where] of local) {
      const result = await this.convert(how, where);
      if (result.url) {
        this.keep(item, result.url, where);
        return;
      }
      problem ??= result.problem;
    }
    const url = typeof image?.url === 'string' ? image.url.trim() : '';
    const web = webAddress(url);
    if (web) {
      this.addRemote(web, item, kind);
      return;
    }
    if (url && !/^data:/i.test(url)) problem = 'picture_unsafe';
    this.skip(problem || 'picture_missing');
  }

  /** A category picture given as a URL (Malmoi's single .obf). */
  async pictureFromUrl(item, url, kind) {
    if (/^\s*data:/i.test(url)) {
      const result = await this.convert('data', url);
      if (result.url) this.keep(item, result.url, url);
      else this.skip(result.problem);
    } else if (webAddress(url)) {
      this.addRemote(webAddress(url), item, kind);
    } else {
      this.skip('picture_unsafe');
    }
  }

  /** One picture source converted once, however many cards show it. */
  convert(how, where) {
    const key = `${how}:${where}`;
    if (!this.pictureCache.has(key)) this.pictureCache.set(key, this.convertOnce(how, where));
    return this.pictureCache.get(key);
  }

  async convertOnce(how, where) {
    let bytes;
    if (how === 'data') {
      const parsed = parseDataUrl(where);
      if (!parsed) return { problem: 'picture_bad' };
      bytes = parsed.bytes;
    } else {
      bytes = where.startsWith('missing:') ? null : this.source.readFile(where);
      if (!bytes) return { problem: 'picture_missing' };
    }
    return this.finishPicture(bytes);
  }

  /** Checked bytes → a data URL, made smaller when large and the app can. */
  async finishPicture(bytes) {
    const checked = checkPicture(bytes);
    if (checked.ok === false) return { problem: checked.code === 'too_big' || checked.code === 'svg_too_big' || checked.code === 'too_many_pixels' ? 'picture_too_big' : 'picture_bad' };
    if (checked.type !== 'image/svg+xml' && checked.bytes.length > IMPORT_LIMITS.shrinkOver && this.shrinkPicture) {
      try {
        const small = await this.shrinkPicture(checked.bytes, checked.type);
        if (typeof small === 'string' && small.startsWith('data:image/') && small.length < checked.url.length) return { url: small };
      } catch {
        // Keep the picture as it is.
      }
    }
    return { url: checked.url };
  }

  /** Gives the item its picture unless all pictures together would pass the limit. */
  keep(item, url, key) {
    if (this.pictureChars + url.length > IMPORT_LIMITS.pictureChars) {
      this.skip('picture_over_total');
      return false;
    }
    this.pictureChars += url.length;
    item.image = url;
    this.keptPictures.add(key);
    return true;
  }

  addRemote(url, item, kind) {
    if (!this.remote.has(url)) {
      if (this.remote.size >= IMPORT_LIMITS.remotePictures) {
        this.skip('picture_remote_over_limit');
        return;
      }
      this.remote.set(url, { url, cards: [], categories: [] });
    }
    this.remote.get(url)[kind === 'card' ? 'cards' : 'categories'].push(item);
  }

  /** The report lists internet pictures by card and category id (the items are plain objects of the deck). */
  finishRemote() {
    this.report.remote = [...this.remote.values()].map(({ url, cards, categories }) => ({
      url, cards: cards.map((c) => c.id), categories: categories.map((c) => c.id),
    }));
  }
}

/**
 * Fetches the internet pictures the report lists, once each, checks them like any other picture and
 * puts them on their cards. Only when the teacher asks: an import itself never contacts a host.
 * @param {{deck: object, report: ImportReport}} result from readBoardFile (changed in place)
 * @param {object} options
 * @param {(url: string, init: object) => Promise<Response>} options.fetch
 * @param {(bytes: Uint8Array, type: string) => Promise<string|null>} [options.shrinkPicture]
 * @param {number} [options.timeoutMs]
 * @param {(done: number, total: number) => void} [options.onProgress]
 * @returns {Promise<{fetched: number, failed: number}>}
 */
export async function inlineRemotePictures(result, { fetch: fetchImpl, shrinkPicture = null, timeoutMs = 10000, onProgress = null }) {
  const { deck, report } = result;
  const cards = new Map(deck.cards.map((c) => [c.id, c]));
  const categories = new Map(deck.categories.map((c) => [c.id, c]));
  const reader = new BoardReader({ format: 'obf', root: null, images: new Map() }, { shrinkPicture });
  reader.pictureChars = deck.cards.concat(deck.categories).reduce((n, item) => n + (item.image?.length || 0), 0);
  let fetched = 0;
  let failed = 0;
  let done = 0;
  const queue = [...report.remote];
  const worker = async () => {
    while (queue.length) {
      const entry = queue.shift();
      const bytes = await download(fetchImpl, entry.url, timeoutMs);
      const picture = bytes ? await reader.finishPicture(bytes) : { problem: 'picture_unreachable' };
      const items = [...entry.cards.map((id) => cards.get(id)), ...entry.categories.map((id) => categories.get(id))].filter(Boolean);
      if (picture.url) {
        let any = false;
        for (const item of items) if (!item.symbol && !item.image && reader.keep(item, picture.url, entry.url)) any = true;
        if (any) fetched += 1;
      } else {
        failed += 1;
      }
      done += 1;
      onProgress?.(done, report.remote.length);
    }
  };
  await Promise.all(Array.from({ length: 4 }, worker));
  report.pictures += fetched;
  return { fetched, failed };
}

/** The bytes at `url` (at most one picture's limit), or null. */
async function download(fetchImpl, url, timeoutMs) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url, {
      signal: controller.signal, credentials: 'omit', referrerPolicy: 'no-referrer', redirect: 'follow', cache: 'no-store',
    });
    if (!response.ok || !response.body) return null;
    const reader = response.body.getReader();
    const chunks = [];
    let length = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      length += value.length;
      if (length > 3 * 1024 * 1024) {
        controller.abort();
        return null;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(length);
    let at = 0;
    for (const chunk of chunks) {
      out.set(chunk, at);
      at += chunk.length;
    }
    return out;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

// ————————————————————————————————————————————— helpers

/** The board's buttons in grid order (row by row), then any the grid leaves out. */
function orderedButtons(board) {
  if (board.__ordered) return board.__ordered;
  const buttons = board.buttons.filter((b) => b && typeof b === 'object' && !Array.isArray(b));
  const byId = new Map();
  for (const b of buttons) if (!byId.has(String(b.id))) byId.set(String(b.id), b);
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
  Object.defineProperty(board, '__ordered', { value: out, enumerable: false });
  return out;
}

function imagesOf(board) {
  if (board.__images) return board.__images;
  const map = new Map();
  for (const image of Array.isArray(board.images) ? board.images : []) {
    if (image && typeof image === 'object' && image.id !== undefined && image.id !== null && !map.has(String(image.id))) map.set(String(image.id), image);
  }
  Object.defineProperty(board, '__images', { value: map, enumerable: false });
  return map;
}

/**
 * A cell that only repeats its board's name, with no picture, no speech and no link: a page title
 * (CommuniKate puts one on every board), not a word.
 */
function isTitleCell(button, board, label) {
  if (button.vocalization || (button.image_id !== undefined && button.image_id !== null && button.image_id !== '')) return false;
  const flat = (value) => String(value ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  const own = flat(label);
  if (!own) return false;
  const name = flat(board.name);
  return own === flat(board.id) || own === name || (name.endsWith(own) && String(board.name).toLowerCase().trim().endsWith(label.toLowerCase().trim()) && own.length >= 3);
}

/** An http(s) address, normalised (spaces encoded), or '' for anything else. */
function webAddress(url) {
  if (typeof url !== 'string' || url.length > 2000 || !/^\s*https?:\/\//i.test(url)) return '';
  try {
    const parsed = new URL(url.trim());
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !parsed.username && !parsed.password ? parsed.href : '';
  } catch {
    return '';
  }
}

function ownSymbol(value) {
  return typeof value === 'string' && /^[0-9A-F]{2,8}(-[0-9A-F]{2,8}){0,8}$/i.test(value) ? value.toUpperCase() : '';
}

/** Text for the deck: well-formed, no control characters, trimmed, clipped. */
function text(value, length) {
  if (typeof value !== 'string' && typeof value !== 'number') return '';
  return clip(wellFormed(String(value)).replace(/[\u0000-\u001f\u007f]/g, ' ').trim(), length);
}

function cleanId(value) {
  return clip(wellFormed(String(value)).replace(/[\u0000-\u001f\u007f]/g, '').trim(), 100) || 'item';
}

function freeId(wanted, taken) {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** A JSON value with well-formed strings, at most 3 deep; undefined when unusable. */
function cleanValue(value, depth) {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string') return clip(wellFormed(value), IMPORT_LIMITS.extValueChars);
  if (depth >= 3 || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    if (value.length > 50) return undefined;
    const out = value.map((v) => cleanValue(v, depth + 1));
    return out.includes(undefined) ? undefined : out;
  }
  const entries = Object.entries(value);
  if (entries.length > 20) return undefined;
  const out = {};
  for (const [k, v] of entries) {
    const clean = cleanValue(v, depth + 1);
    if (clean === undefined || k === '__proto__') return undefined;
    out[wellFormed(k)] = clean;
  }
  return out;
}

function pause() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// ————————————————————————————————————————————— the report in words

const SKIP_TEXT = {
  navigation: (n) => `이동 단추 ${n}개: 말모이에서는 분류 탭으로 옮겨 다녀요.`,
  link_elsewhere: (n) => `파일 밖(인터넷 등)의 낱말판으로 가는 단추 ${n}개: 건너뛰어요.`,
  action_clear: (n) => `'모두 지우기' 단추 ${n}개: 말모이의 모두 지우기 단추가 같은 일을 해요.`,
  action_backspace: (n) => `'하나 지우기' 단추 ${n}개: 말모이의 하나 지우기 단추가 같은 일을 해요.`,
  action_speak: (n) => `'말하기' 단추 ${n}개: 말모이의 말하기 단추가 같은 일을 해요.`,
  action_other: (n, report) => `말모이에 없는 동작 단추 ${n}개(${listOf(report.actions)}): 건너뛰어요.`,
  no_label: (n) => `글자가 없는 칸 ${n}개: 건너뛰어요.`,
  title: (n) => `낱말판 제목 칸 ${n}개: 낱말이 아니라서 건너뛰어요.`,
  no_category: (n) => `분류가 없는 카드 ${n}개: 건너뛰어요.`,
  card_over_limit: (n) => `카드가 ${DECK_LIMITS.cards}장을 넘어 ${n}개는 가져오지 않아요.`,
  board_empty: (n) => `낱말 카드가 없는 낱말판 ${n}개: 분류를 만들지 않아요.`,
  board_unreadable: (n) => `읽을 수 없는 낱말판 ${n}개: 건너뛰어요.`,
  board_over_limit: (n) => `낱말판이 ${IMPORT_LIMITS.boards}개를 넘어 ${n}개는 가져오지 않아요.`,
  picture_bad: (n) => `그림이 아니거나 안전하지 않은 그림 ${n}개: 그 카드는 글자 카드로 가져와요.`,
  picture_unsafe: (n) => `허용되지 않는 링크(javascript: 등)로 된 그림 ${n}개: 그 카드는 글자 카드로 가져와요.`,
  picture_missing: (n) => `파일에서 찾을 수 없는 그림 ${n}개: 그 카드는 글자 카드로 가져와요.`,
  picture_too_big: (n) => `너무 큰 그림 ${n}개: 그 카드는 글자 카드로 가져와요.`,
  picture_over_total: (n) => `그림 용량 한도를 넘은 그림 ${n}개: 그 카드는 글자 카드로 가져와요.`,
  picture_remote_over_limit: (n) => `인터넷 그림이 너무 많아 ${n}개는 글자 카드로 가져와요.`,
  annotation_unknown: (n, report) => `말모이가 모르는 품사·명사 종류·동사·높임 표시 ${n}개(${listOf(report.annotations)}): 빼고 가져와요.`,
  field_dropped: (n) => `너무 많거나 큰 말모이 추가 정보 ${n}개: 빼고 가져와요.`,
  text_repaired: (n) => `깨진 글자가 든 낱말 ${n}개: 깨진 글자를 �로 바꿔 가져와요.`,
  sound: (n) => `소리 ${n}개: 가져오지 않아요(말모이는 글자를 읽어 줘요).`,
};

function listOf(counts) {
  const names = Object.keys(counts);
  return names.slice(0, 5).join(', ') + (names.length > 5 ? ` 외 ${names.length - 5}가지` : '');
}

/**
 * The report as Korean lines for the preview: what the file holds, then one line per kind of
 * skipped item.
 * @param {ImportReport} report
 * @returns {{holds: string, skipped: Array<{code: string, count: number, text: string}>}}
 */
export function describeReport(report) {
  const pictured = report.pictures ? `, 그림 ${report.pictures}개` : '';
  const holds = `낱말판 ${report.boards.length}개, 카드 ${report.cards}장${pictured}`;
  const skipped = Object.entries(report.skipped)
    .filter(([code]) => SKIP_TEXT[code])
    .map(([code, count]) => ({ code, count, text: SKIP_TEXT[code](count, report) }));
  return { holds, skipped };
}
