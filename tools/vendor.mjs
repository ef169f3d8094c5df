// Copies the npm assets the app serves itself (so it works offline and looks the same on every
// tablet) from node_modules into web/gen/vendor/. Run by tools/build.sh.
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'web', 'gen', 'vendor');
mkdirSync(out, { recursive: true });

const copies = [
  ['node_modules/fflate/esm/browser.js', 'fflate.js'],
  ['node_modules/fflate/LICENSE', 'fflate.LICENSE'],
];
for (const [from, to] of copies) {
  const source = join(root, from);
  if (!existsSync(source)) throw new Error(`missing ${from}: run tools/setup.sh (npm ci)`);
  cpSync(source, join(out, to));
}
console.log(`vendor: ${copies.length} files in web/gen/vendor`);
