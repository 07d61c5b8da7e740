import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import { type TestServer, startTestServer } from './helpers.ts';

/** GET with the path sent exactly as written (fetch would normalise `..` away). */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path, method: 'GET' }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('static files', () => {
  let root: string;
  let server: TestServer;

  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'chime-static-'));
    await mkdir(join(root, 'demo', 'help-desk'), { recursive: true });
    await mkdir(join(root, 'dist'));
    await writeFile(join(root, 'demo', 'index.html'), '<!doctype html><title>demo</title>');
    await writeFile(join(root, 'demo', 'app.js'), 'export {};');
    await writeFile(join(root, 'demo', 'help-desk', 'index.html'), '<!doctype html><title>help</title>');
    await writeFile(join(root, 'demo', '.secret'), 'hidden');
    await writeFile(join(root, 'dist', 'index.js'), 'export const x = 1;');
    await writeFile(join(root, 'outside.txt'), 'outside');
    await symlink(join(root, 'outside.txt'), join(root, 'demo', 'link.txt'));
    server = await startTestServer({ staticRoot: root });
  });
  after(async () => {
    await server.close();
    await rm(root, { recursive: true, force: true });
  });

  it('serves demo/index.html at / with a strict CSP and nosniff', async () => {
    const response = await fetch(`${server.url}/`);
    assert.equal(response.status, 200);
    assert.equal(await response.text(), '<!doctype html><title>demo</title>');
    assert.equal(response.headers.get('content-type'), 'text/html; charset=utf-8');
    assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
    const csp = response.headers.get('content-security-policy')!;
    assert.match(csp, /(^|; )script-src 'self'(;|$)/);
    assert.match(csp, /require-trusted-types-for 'script'/);
    assert.match(csp, /trusted-types lit-html/);
    assert.match(csp, /object-src 'none'/);
    assert.doesNotMatch(csp, /unsafe-eval/);
  });

  it('serves files with their content type', async () => {
    const script = await fetch(`${server.url}/app.js`);
    assert.equal(script.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await script.text(), 'export {};');
    const bundle = await fetch(`${server.url}/dist/index.js`);
    assert.equal(bundle.status, 200);
    assert.equal(bundle.headers.get('content-type'), 'text/javascript; charset=utf-8');
    assert.equal(await bundle.text(), 'export const x = 1;');
    const page = await fetch(`${server.url}/help-desk/`);
    assert.equal(await page.text(), '<!doctype html><title>help</title>');
  });

  it('answers HEAD without a body', async () => {
    const response = await fetch(`${server.url}/app.js`, { method: 'HEAD' });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-length'), '10');
  });

  it('refuses paths that leave the served directories', async () => {
    const paths = [
      '/../outside.txt',
      '/..%2foutside.txt',
      '/%2e%2e/outside.txt',
      '/dist/../../outside.txt',
      '/dist/..%2f..%2foutside.txt',
      '/%2e%2e%5coutside.txt',
      '/.secret',
      '/link.txt',
      '/app.js%00.html',
    ];
    for (const path of paths) {
      const response = await rawGet(server.url, path);
      assert.equal(response.status, 404, path);
      assert.doesNotMatch(response.body, /outside|hidden/, path);
    }
  });

  it('answers a missing file with 404 JSON', async () => {
    const response = await fetch(`${server.url}/nope.js`);
    assert.equal(response.status, 404);
    assert.equal((await response.json()).Code, 'NotFound');
  });

  it('answers a write method on a file with 405', async () => {
    const response = await fetch(`${server.url}/app.js`, { method: 'DELETE' });
    assert.equal(response.status, 405);
    assert.equal((await response.json()).Code, 'MethodNotAllowed');
  });
});
