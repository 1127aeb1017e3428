// node scripts/icons.mjs [--check]
// Renders assets/icon.svg, the one icon source, into every PNG the manifests and
// the stores use, with the Chromium the tests already need (no native image
// library). The PNGs are committed so a build needs no renderer; --check renders
// again and fails when a committed PNG no longer matches its source.
import { Buffer } from 'node:buffer';
import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromePath } from './harness/browser.mjs';

const root = resolve(import.meta.dirname, '..');
export const iconSource = resolve(root, 'assets/icon.svg');

// Chrome's store wants the 128 px art at 96 px inside a transparent 16 px margin;
// toolbar sizes use the whole square so the shield stays readable at 16 px.
export const iconTargets = [
  ...[16, 32, 48, 96].map((size) => ({ path: `public/icon/${size}.png`, size, margin: 0 })),
  { path: 'public/icon/128.png', size: 128, margin: 16 },
  { path: 'store/icon-300.png', size: 300, margin: 24 },
];

// Anti-aliasing may differ by a few levels between Chromium releases; a changed
// drawing moves far more than this.
const tolerance = 24;

async function withPage(work) {
  const browser = await chromium.launch({
    executablePath: chromePath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    return await work(await browser.newPage());
  } finally {
    await browser.close();
  }
}

/** Each target as PNG base64, plus its RGBA pixels when `committed` PNGs are given to compare. */
function renderInPage(page, svg, targets, committed) {
  return page.evaluate(
    async ({ svg, targets, committed }) => {
      const load = async (src) => {
        const image = new window.Image();
        image.src = src;
        await image.decode();
        return image;
      };
      const pixels = (canvas) => canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      const source = await load(`data:image/svg+xml;base64,${svg}`);
      const results = [];
      for (const [i, { size, margin }] of targets.entries()) {
        const canvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
        canvas.getContext('2d').drawImage(source, margin, margin, size - 2 * margin, size - 2 * margin);
        const result = { png: canvas.toDataURL('image/png').split(',')[1] };
        if (committed?.[i]) {
          const old = await load(`data:image/png;base64,${committed[i]}`);
          if (old.width !== size || old.height !== size) {
            result.maxDifference = 255;
          } else {
            const oldCanvas = Object.assign(document.createElement('canvas'), { width: size, height: size });
            oldCanvas.getContext('2d').drawImage(old, 0, 0);
            const [a, b] = [pixels(canvas), pixels(oldCanvas)];
            result.maxDifference = a.reduce((max, value, k) => Math.max(max, Math.abs(value - b[k])), 0);
          }
        }
        results.push(result);
      }
      return results;
    },
    { svg, targets, committed },
  );
}

const svgBase64 = () => readFileSync(iconSource).toString('base64');

export async function writeIcons() {
  const rendered = await withPage((page) => renderInPage(page, svgBase64(), iconTargets));
  for (const [i, target] of iconTargets.entries()) {
    const file = resolve(root, target.path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, Buffer.from(rendered[i].png, 'base64'));
  }
  return iconTargets.map((t) => t.path);
}

/** The targets whose committed PNG is missing or differs from a fresh render of the source. */
export async function staleIcons() {
  const committed = iconTargets.map((t) => {
    const file = resolve(root, t.path);
    return existsSync(file) ? readFileSync(file).toString('base64') : null;
  });
  const rendered = await withPage((page) => renderInPage(page, svgBase64(), iconTargets, committed));
  return iconTargets
    .map((t, i) => ({ path: t.path, difference: committed[i] === null ? 'missing' : rendered[i].maxDifference }))
    .filter((t) => t.difference === 'missing' || t.difference > tolerance);
}

if (process.argv[1] === import.meta.filename) {
  if (process.argv.includes('--check')) {
    const stale = await staleIcons();
    for (const s of stale) console.error(`${s.path}: ${s.difference === 'missing' ? 'missing' : `differs from assets/icon.svg by up to ${s.difference}/255 per channel`}`);
    if (stale.length) {
      console.error('run node scripts/icons.mjs and commit the PNGs');
      process.exit(1);
    }
    console.log(`icons: ${iconTargets.length} PNGs match assets/icon.svg`);
  } else {
    for (const path of await writeIcons()) console.log(`wrote ${path}`);
  }
}
