// Hostile and broken board files, made on the fly for the import tests (nothing here is a real
// exporter's output): shared huge pictures, bombs, traversal, deep nesting, scripted SVG, entity
// declarations, wrong MIME types, broken text and oversized extension fields.
import { zipSync, deflateSync, strToU8 } from '../../web/gen/vendor/fflate.js';

const encoder = new TextEncoder();

/** A board (JSON object) with the given buttons and images. */
export function board(buttons, images = [], extra = {}) {
  return { format: 'open-board-0.1', id: 'b', locale: 'ko', name: '시험', buttons, images, grid: { rows: 1, columns: Math.max(1, buttons.length), order: [buttons.map((b) => b.id)] }, ...extra };
}

/** The bytes of a lone .obf. */
export function obf(value) {
  return encoder.encode(typeof value === 'string' ? value : JSON.stringify(value));
}

/** An .obz of these files (path → object or bytes); a manifest is added unless one is given. */
export function obz(files, { root = 'boards/1.obf', level = 6 } = {}) {
  const entries = {};
  for (const [path, content] of Object.entries(files)) {
    entries[path] = content instanceof Uint8Array ? content : strToU8(JSON.stringify(content));
  }
  if (!entries['manifest.json']) {
    const boards = Object.fromEntries(Object.keys(files).filter((p) => p.endsWith('.obf')).map((p, i) => [`b${i}`, p]));
    entries['manifest.json'] = strToU8(JSON.stringify({ format: 'open-board-0.1', root, paths: { boards } }));
  }
  return zipSync(entries, { level });
}

/** A PNG header declaring width × height, followed by `size` bytes of zeros (compresses to nothing). */
export function fakePng(size, width = 64, height = 64) {
  const bytes = new Uint8Array(size);
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  new DataView(bytes.buffer).setUint32(16, width);
  new DataView(bytes.buffer).setUint32(20, height);
  return bytes;
}

/** A real 1×1 PNG. */
export const PNG_1x1 = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** `count` buttons sharing one picture of `pictureBytes` (a 3 MB picture packs to a few KB). */
export function sharedPicture(count, pictureBytes = 3 * 1024 * 1024) {
  const buttons = Array.from({ length: count }, (_, i) => ({ id: `c${i}`, label: `낱말${i}`, image_id: 'big' }));
  return obz({
    'boards/1.obf': board(buttons, [{ id: 'big', path: 'images/big.png', content_type: 'image/png', width: 64, height: 64 }]),
    'images/big.png': fakePng(pictureBytes),
  }, { level: 9 });
}

/** A board whose JSON nests `depth` arrays deep, padded to about `bytes`. */
export function deepNesting(depth, bytes = 0) {
  const padding = Math.max(0, bytes - depth * 2);
  return encoder.encode(`{"format":"open-board-0.1","id":"deep","name":"${'x'.repeat(padding)}","buttons":[{"id":"1","label":"a"}],"ext_x":${'['.repeat(depth)}${']'.repeat(depth)}}`);
}

/** A zip whose one entry inflates to `inflated` bytes but whose directory says `declared`. */
export function zipBomb(inflated, declared = inflated) {
  const data = deflateSync(new Uint8Array(inflated), { level: 9 });
  const name = encoder.encode('boards/1.obf');
  const local = new Uint8Array(30 + name.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(4, 20, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, declared, true);
  lv.setUint16(26, name.length, true);
  local.set(name, 30);
  const central = new Uint8Array(46 + name.length);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(4, 20, true);
  cv.setUint16(6, 20, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, data.length, true);
  cv.setUint32(24, declared, true);
  cv.setUint16(28, name.length, true);
  cv.setUint32(42, 0, true);
  central.set(name, 46);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, 1, true);
  ev.setUint16(10, 1, true);
  ev.setUint32(12, central.length, true);
  ev.setUint32(16, local.length + data.length, true);
  const out = new Uint8Array(local.length + data.length + central.length + end.length);
  out.set(local, 0);
  out.set(data, local.length);
  out.set(central, local.length + data.length);
  out.set(end, local.length + data.length + central.length);
  return out;
}

/** An SVG data URI of this text. */
export function svgData(text) {
  return `data:image/svg+xml;base64,${Buffer.from(text, 'utf8').toString('base64')}`;
}

export const SCRIPTED_SVG = '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)" width="10" height="10">'
  + '<script>alert(2)</script><a href="javascript:alert(3)"><rect width="10" height="10" fill="red" onclick="alert(4)"/></a>'
  + '<foreignObject><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.com/"></iframe></foreignObject>'
  + '<set attributeName="href" to="javascript:alert(5)"/><image href="https://example.com/track.png" width="1" height="1"/>'
  + '<style>@import url(https://example.com/x.css); rect { fill: url(https://example.com/p.svg) }</style>'
  + '<circle cx="5" cy="5" r="4" style="fill: url(#g)"/></svg>';

/** An Illustrator-style SVG: its DOCTYPE declares the namespaces as entities. */
export const ILLUSTRATOR_SVG = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 16.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
	<!ENTITY ns_extend "http://ns.adobe.com/Extensibility/1.0/">
	<!ENTITY ns_ai "http://ns.adobe.com/AdobeIllustrator/10.0/">
	<!ENTITY ns_svg "http://www.w3.org/2000/svg">
	<!ENTITY ns_xlink "http://www.w3.org/1999/xlink">
]>
<svg version="1.1" xmlns:x="&ns_extend;" xmlns:i="&ns_ai;" xmlns="&ns_svg;" xmlns:xlink="&ns_xlink;"
	 x="0px" y="0px" width="100px" height="100px" viewBox="0 0 100 100" xml:space="preserve">
<switch>
	<foreignObject requiredExtensions="&ns_ai;" x="0" y="0" width="1" height="1">
		<i:pgfRef  xlink:href="#adobe_illustrator_pgf"></i:pgfRef>
	</foreignObject>
	<g i:extraneous="self">
		<style type="text/css"><![CDATA[ .st0{fill:#E30613;} ]]></style>
		<circle class="st0" cx="50" cy="50" r="40"/>
	</g>
</switch>
<i:pgf  id="adobe_illustrator_pgf"><![CDATA[ eJzsvWmTHMlxIPq9zPo/9LeFmJVYmZFHZNDM3Uo ]]></i:pgf>
</svg>`;

/** An SVG whose entities expand exponentially ("billion laughs"). */
export const LAUGHS_SVG = `<?xml version="1.0"?><!DOCTYPE svg [
<!ENTITY a "hahahahahahahahahaha">
<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
<!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">
]><svg xmlns="http://www.w3.org/2000/svg"><text>&f;</text></svg>`;

/** A Windows metafile header, as some exporters write it under image/png. */
export const WMF = Uint8Array.from([0xd7, 0xcd, 0xc6, 0x9a, 0, 0, 0, 0, 0, 0, 0x40, 0x1f, 0xa0, 0x0f, 0, 0, 0, 0, 0x60, 0x5c]);
