/**
 * Configuration of the Malmoi server: where the model lives, how to talk to it, and the limits.
 *
 * Sources, strongest first: environment variables, then a JSON file (--config or MALMOI_CONFIG).
 * The file uses the same names as the environment (MALMOI_MODEL …) or their camelCase form (model …).
 * The API key is kept as a non-enumerable property so that JSON.stringify(config) and console.log
 * never show it; error messages never quote it either.
 */
import { readFileSync } from 'node:fs';

export const OPENAI_BASE_URL = 'https://api.openai.com/v1';

/** Each setting: its environment name, its camelCase name in a config file, its parser, its default. */
const SETTINGS = [
  { env: 'MALMOI_API_KEY', key: 'apiKey', parse: parseKey, fallback: '' },
  { env: 'MALMOI_BASE_URL', key: 'baseUrl', parse: parseBaseUrl, fallback: OPENAI_BASE_URL },
  { env: 'MALMOI_MODEL', key: 'model', parse: parseText, fallback: '' },
  { env: 'MALMOI_API_STYLE', key: 'apiStyle', parse: parseStyle, fallback: '' },
  // No default here: the core owns the token cap (core.limits().maxTokens) and writes it itself.
  { env: 'MALMOI_MAX_TOKENS', key: 'maxTokens', parse: parseCount, fallback: null },
  { env: 'MALMOI_TIMEOUT_MS', key: 'timeoutMs', parse: parseCount, fallback: 15000 },
  { env: 'MALMOI_RATE', key: 'rate', parse: parsePositive, fallback: 60 },
  { env: 'MALMOI_BURST', key: 'burst', parse: parseCount, fallback: 20 },
  { env: 'MALMOI_MAX_BODY', key: 'maxBody', parse: parseCount, fallback: 16384 },
  { env: 'MALMOI_BODY_TIMEOUT_MS', key: 'bodyTimeoutMs', parse: parseCount, fallback: 10000 },
  { env: 'MALMOI_TRUST_PROXY', key: 'trustProxy', parse: parseFlag, fallback: false },
  { env: 'MALMOI_ALLOWED_HOSTS', key: 'allowedHosts', parse: parseHosts, fallback: [] },
];

/** A configuration mistake; the message names the setting and never repeats a secret value. */
export class ConfigError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * @typedef {object} ServerConfig
 * @property {string} apiKey        non-enumerable; '' when none
 * @property {string} baseUrl       without a trailing slash
 * @property {string} model         '' when none
 * @property {'openai'|'compatible'} apiStyle
 * @property {number | null} maxTokens  null: the core's own cap
 * @property {number} timeoutMs
 * @property {number} rate          requests per minute per client
 * @property {number} burst         bucket size
 * @property {number} maxBody       bytes
 * @property {number} bodyTimeoutMs the longest a client may take to send a request body
 * @property {boolean} trustProxy   use the last X-Forwarded-For entry as the client address
 * @property {string[]} allowedHosts host names served besides IP addresses, localhost and this machine's name
 * @property {boolean} configured   whether the proxy may call the model
 * @property {string} reason        why not configured ('' when configured)
 */

/**
 * Builds a configuration from one plain object (camelCase or MALMOI_ names); missing keys get defaults.
 * @param {Record<string, unknown>} [raw]
 * @returns {ServerConfig}
 */
export function resolveConfig(raw = {}) {
  const values = {};
  const known = new Set(SETTINGS.flatMap((s) => [s.env, s.key]));
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) throw new ConfigError(`Unknown setting "${name}".`);
  }
  for (const setting of SETTINGS) {
    const given = raw[setting.key] ?? raw[setting.env];
    const blank = given === undefined || given === null || given === '';
    values[setting.key] = blank ? setting.fallback : setting.parse(given, setting.env);
  }
  const host = new URL(values.baseUrl).hostname;
  const isOpenAI = host === 'api.openai.com';
  const apiStyle = values.apiStyle || (isOpenAI ? 'openai' : 'compatible');
  let reason = '';
  if (!values.model) reason = 'MALMOI_MODEL is not set';
  else if (isOpenAI && !values.apiKey) reason = 'MALMOI_API_KEY is not set for api.openai.com';

  const config = {
    baseUrl: values.baseUrl,
    model: values.model,
    apiStyle,
    maxTokens: values.maxTokens,
    timeoutMs: values.timeoutMs,
    rate: values.rate,
    burst: values.burst,
    maxBody: values.maxBody,
    bodyTimeoutMs: values.bodyTimeoutMs,
    trustProxy: values.trustProxy,
    allowedHosts: Object.freeze(values.allowedHosts),
    configured: reason === '',
    reason,
  };
  Object.defineProperty(config, 'apiKey', { value: values.apiKey, enumerable: false });
  return /** @type {ServerConfig} */ (Object.freeze(config));
}

/**
 * Reads the environment and the optional JSON file, the environment winning.
 * @param {{env?: NodeJS.ProcessEnv, configPath?: string}} [options]
 * @returns {ServerConfig}
 */
export function loadConfig({ env = process.env, configPath } = {}) {
  const path = configPath || env.MALMOI_CONFIG;
  const merged = path ? normaliseNames(readConfigFile(path)) : {};
  for (const setting of SETTINGS) {
    const value = env[setting.env];
    if (value !== undefined && value !== '') merged[setting.key] = value;
  }
  return resolveConfig(merged);
}

/**
 * A one-line description that is safe to log: no key, no credentials, no path.
 * @param {ServerConfig} config
 */
export function describeConfig(config) {
  if (!config.configured) return `model not configured (${config.reason}); rule-only mode`;
  const host = new URL(config.baseUrl).host;
  const key = config.apiKey ? 'key set' : 'no key';
  return `model ${config.model} at ${host} (style ${config.apiStyle}, ${key})`;
}

/** @param {string} path */
function readConfigFile(path) {
  let text;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`Cannot read config file ${path}: ${error.code || error.message}`);
  }
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message can quote the file's text, which may hold the key.
    throw new ConfigError(`Config file ${path} is not valid JSON.`);
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new ConfigError(`Config file ${path} must hold a JSON object.`);
  }
  return parsed;
}

/**
 * Maps MALMOI_ names in a file to camelCase so the environment can override either spelling.
 * @param {object} raw
 */
function normaliseNames(raw) {
  /** @type {Record<string, unknown>} */
  const out = {};
  for (const [name, value] of Object.entries(raw)) {
    const setting = SETTINGS.find((s) => s.env === name || s.key === name);
    if (!setting) throw new ConfigError(`Unknown setting "${name}" in the config file.`);
    out[setting.key] = value;
  }
  return out;
}

function parseText(value, name) {
  if (typeof value !== 'string') throw new ConfigError(`${name} must be a string.`);
  return value.trim();
}

function parseKey(value, name) {
  if (typeof value !== 'string') throw new ConfigError(`${name} must be a string.`);
  const key = value.trim();
  // A key becomes a header value: anything outside visible ASCII would break or inject headers.
  if (!/^[\x21-\x7e]+$/.test(key)) {
    throw new ConfigError(`${name} contains spaces or characters that cannot go in a header.`);
  }
  return key;
}

function parseBaseUrl(value, name) {
  const text = parseText(value, name).replace(/\/+$/, '');
  let url;
  try {
    url = new URL(text);
  } catch {
    throw new ConfigError(`${name} is not a URL (expected e.g. http://127.0.0.1:11434/v1).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new ConfigError(`${name} must start with http:// or https://.`);
  }
  if (url.username || url.password) {
    throw new ConfigError(`${name} must not contain credentials; put the key in MALMOI_API_KEY.`);
  }
  if (url.search || url.hash) throw new ConfigError(`${name} must not have a query or fragment.`);
  return text;
}

function parseStyle(value, name) {
  const style = parseText(value, name).toLowerCase();
  if (style !== 'openai' && style !== 'compatible') {
    throw new ConfigError(`${name} must be "openai" or "compatible".`);
  }
  return style;
}

function parseCount(value, name) {
  const number = typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value;
  if (!Number.isSafeInteger(number) || number < 1) {
    throw new ConfigError(`${name} must be a whole number of at least 1.`);
  }
  return number;
}

function parsePositive(value, name) {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number) || number <= 0) {
    throw new ConfigError(`${name} must be a positive number.`);
  }
  return number;
}

/** Host names, comma-separated (or an array in a config file): no scheme, port or path. */
function parseHosts(value, name) {
  const list = Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : null;
  if (!list) throw new ConfigError(`${name} must be host names separated by commas.`);
  const names = list.map((item) => String(item).trim().toLowerCase().replace(/\.$/, '')).filter(Boolean);
  for (const host of names) {
    if (!/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$/.test(host)) {
      throw new ConfigError(`${name} must be host names separated by commas, such as malmoi.school.example ` +
        '(no http://, port or path; IP addresses are always served).');
    }
  }
  return names;
}

function parseFlag(value, name) {
  if (typeof value === 'boolean') return value;
  const text = String(value).trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(text)) return true;
  if (['0', 'false', 'no', 'off'].includes(text)) return false;
  throw new ConfigError(`${name} must be true or false.`);
}
