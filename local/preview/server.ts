// A local preview of the add-on's sidebars: each one rendered by the bundle in the emulator, with
// google.script.run answered over HTTP by the same emulator, so a browser can click through it.

import http from 'node:http';
import type { Host } from '../cli/host';

/** The browser side of google.script.run: every server call becomes a POST to /call/<function>. */
export const SCRIPT_RUN_SHIM = `<script>
(function () {
  function runner(success, failure) {
    return new Proxy({}, {
      get: function (_t, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/call/' + String(name), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(args) })
            .then(function (r) { return r.json(); })
            .then(function (reply) {
              if (reply.error) { if (failure) failure(new Error(reply.error)); }
              else if (success) success(reply.value);
            })
            .catch(function (e) { if (failure) failure(e); });
        };
      }
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
</script>`;

/** Renders a sidebar by running the bundle's function that shows it, and injects the shim. */
export function renderSidebar(host: Host, fn: string): string | null {
  const before = host.emulator.ui.shown.length;
  host.bundle.run(fn, []);
  const shown = host.emulator.ui.shown;
  if (shown.length === before) return null;
  const html = shown[shown.length - 1].html;
  return html.replace('<head>', () => `<head>\n${SCRIPT_RUN_SHIM}`);
}

async function body(req: http.IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

export function createPreviewServer(host: Host, sidebars: readonly string[]): http.Server {
  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    try {
      if (req.method === 'GET' && url.pathname === '/') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(`<!DOCTYPE html><meta charset="utf-8"><title>Registrar preview</title><ul>${sidebars.map((s) => `<li><a href="/sidebar/${s}">${s}</a></li>`).join('')}</ul>`);
        return;
      }
      const sidebar = /^\/sidebar\/(\w+)$/.exec(url.pathname);
      if (req.method === 'GET' && sidebar) {
        const html = renderSidebar(host, sidebar[1]);
        res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
        res.end(html ?? 'not a sidebar');
        return;
      }
      const call = /^\/call\/(\w+)$/.exec(url.pathname);
      if (req.method === 'POST' && call) {
        const args = JSON.parse((await body(req)) || '[]') as unknown[];
        let reply: { value?: unknown; error?: string };
        try {
          reply = { value: host.bundle.run(call[1], args) };
        } catch (error) {
          reply = { error: error instanceof Error ? error.message : String(error) };
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply));
        return;
      }
      res.writeHead(404);
      res.end();
    } catch (error) {
      res.writeHead(500);
      res.end(error instanceof Error ? error.message : String(error));
    }
  });
}
