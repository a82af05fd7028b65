// Smaller answers over the wire (issue 18): the web app's files come from the `.br` or `.gz` copy
// built next to each, chosen by Accept-Encoding with Vary set; JSON answers over 1 KB are
// gzipped; the member app's first load stays within 100 KB of JavaScript as sent (gzip), and
// Chromium reads the compressed app as usual. Raw node:http requests, so nothing is decompressed
// on the way in and the sizes are the bytes on the wire.
import { request } from 'node:http';
import { gunzipSync, brotliDecompressSync } from 'node:zlib';
import { expect, launchBrowser } from '../harness.mjs';

/** Whether a Vary header names `field` (answers in words also vary by language and session). */
const varies = (vary, field) => (vary ?? '').split(',').map((v) => v.trim().toLowerCase()).includes(field.toLowerCase());

/** GET `url` with these request headers; resolves to status, headers and the raw body bytes. */
function raw(url, headers = {}) {
  return new Promise((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on('error', reject)
      .end();
  });
}

export default async function ({ server }) {
  const base = server.url;
  const html = (await raw(`${base}/`)).body.toString();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) => m[1]);
  const main = scripts[0];
  return [
    ['[compression] the main script comes as brotli, gzip or plain by Accept-Encoding, with Vary', async () => {
      expect(main, 'index.html loads no script');
      const plain = await raw(base + main);
      const br = await raw(base + main, { 'Accept-Encoding': 'gzip, deflate, br' });
      const gz = await raw(base + main, { 'Accept-Encoding': 'gzip' });
      const refused = await raw(base + main, { 'Accept-Encoding': 'br;q=0, gzip;q=0' });
      expect(plain.status === 200 && !plain.headers['content-encoding'], `without Accept-Encoding: ${plain.headers['content-encoding']}`);
      expect(br.headers['content-encoding'] === 'br' && gz.headers['content-encoding'] === 'gzip', `encodings: ${br.headers['content-encoding']}, ${gz.headers['content-encoding']}`);
      expect(!refused.headers['content-encoding'], 'q=0 was not respected');
      for (const r of [plain, br, gz]) expect(r.headers.vary === 'Accept-Encoding', `Vary is ${r.headers.vary}`);
      expect(brotliDecompressSync(br.body).equals(plain.body) && gunzipSync(gz.body).equals(plain.body), 'a compressed copy is not the script');
      expect(br.headers['content-type'].startsWith('text/javascript'), `the type is ${br.headers['content-type']}`);
      expect(br.headers.etag !== plain.headers.etag, 'both encodings share one ETag');
      const again = await raw(base + main, { 'Accept-Encoding': 'br', 'If-None-Match': br.headers.etag });
      expect(again.status === 304 && again.headers['content-encoding'] === 'br', `a revalidation answered ${again.status}`);
      console.log(`     main script: ${plain.body.length} bytes, ${gz.body.length} gzip, ${br.body.length} brotli`);
    }],
    ['[compression] the first load is at most 100 KB of JavaScript as sent gzipped', async () => {
      let bytes = 0;
      for (const src of scripts) {
        const r = await raw(base + src, { 'Accept-Encoding': 'gzip' });
        expect(r.headers['content-encoding'] === 'gzip', `${src} was not sent gzipped`);
        bytes += r.body.length;
      }
      console.log(`     first-load JavaScript on the wire: ${(bytes / 1024).toFixed(1)} KB gzip`);
      expect(bytes <= 100 * 1024, `first-load JavaScript is ${bytes} bytes gzipped`);
    }],
    ['[compression] app pages (index.html for any screen) come compressed too', async () => {
      const page = await raw(`${base}/today`, { 'Accept-Encoding': 'gzip, br' });
      expect(page.headers['content-encoding'] === 'br' && page.headers['content-type'].startsWith('text/html'), `/today came as ${page.headers['content-encoding']} ${page.headers['content-type']}`);
      expect(brotliDecompressSync(page.body).toString() === html, '/today is not index.html');
    }],
    ['[compression] a JSON answer over 1 KB is gzipped; a small one is not', async () => {
      const big = await raw(`${base}/api/v1/exercises`, { 'Accept-Encoding': 'gzip, br', Accept: 'application/json' });
      expect(big.status === 200 && big.headers['content-encoding'] === 'gzip' && varies(big.headers.vary, 'Accept-Encoding') && varies(big.headers.vary, 'Accept-Language'), `the exercise list came as ${big.headers['content-encoding']}, Vary ${big.headers.vary}`);
      const list = JSON.parse(gunzipSync(big.body).toString());
      expect(list.exercises.length >= 40, 'the gzipped list is not the list');
      const plain = await raw(`${base}/api/v1/exercises`, { Accept: 'application/json' });
      expect(!plain.headers['content-encoding'] && plain.body.length > big.body.length * 3, `plain ${plain.body.length} bytes, gzip ${big.body.length}`);
      console.log(`     GET /api/v1/exercises: ${plain.body.length} bytes, ${big.body.length} gzip`);
      const small = await raw(`${base}/healthz`, { 'Accept-Encoding': 'gzip' });
      expect(!small.headers['content-encoding'], 'a tiny answer was gzipped');
    }],
    ['[compression] Chromium loads the compressed app and its screens', async () => {
      const browser = await launchBrowser();
      try {
        const page = await browser.context.newPage();
        const encodings = [];
        page.on('response', async (r) => {
          if (r.url().includes('/assets/') && r.url().endsWith('.js')) encodings.push((await r.allHeaders())['content-encoding']);
        });
        await page.goto(`${base}/exercises`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        // Chromium offers brotli on secure origins only; on http://127.0.0.1 it takes gzip.
        expect(encodings.length > 0 && encodings.every((e) => e === 'br' || e === 'gzip'), `scripts came as ${encodings.join(', ')}`);
      } finally {
        await browser.close();
      }
    }],
  ];
}
