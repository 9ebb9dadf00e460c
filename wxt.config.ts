import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { declaredContentScripts } from './lib/page/sites';

/**
 * Page scripts (the declared gate script, the injected annotator bundle) get the browser's own
 * extension object instead of webextension-polyfill: `wxt/browser` (used by WXT's
 * ContentScriptContext in the annotator's controller) resolves to lib/page/native-browser.ts in
 * their builds. Background, popup and options keep the polyfill through
 * `@wxt-dev/webextension-polyfill`. Why: lib/page/native-browser.ts.
 */
const NATIVE_BROWSER = fileURLToPath(new URL('./lib/page/native-browser.ts', import.meta.url));

/**
 * Sharh's build. Permissions are the least that does the job (issue 2):
 * - content script declared only for arabic.china.org.cn, less the pages its address rules out;
 * - every other site is an optional host permission asked for when the user enables it;
 * - activeTab lets a toolbar click / shortcut annotate the current tab once.
 */
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  // No modulepreload polyfill: it is fetch() code a store reviewer would have to check, and
  // extension pages run in browsers that support modulepreload natively.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.length || !entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      const alias = config.resolve?.alias ?? {};
      const rest = Array.isArray(alias) ? alias : Object.entries(alias).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      // First match wins: ours goes before the polyfill module's alias of the same name.
      config.resolve = { ...config.resolve, alias: [{ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER }, ...rest] };
    },
  },
  manifest: ({ browser }) => ({
    // The gate script is a plain script (entrypoints/gate.ts, no WXT content-script wrapper: it runs
    // on every matched page), so it is declared here, from the site rules' data (lib/page/sites.ts):
    // on arabic.china.org.cn less its section, index and search pages, which the address alone rules
    // out — those pages, and the portal's services in other languages, get no script at all.
    content_scripts: declaredContentScripts('gate.js'),
    name: 'Sharh — Arabic news, readable',
    short_name: 'Sharh',
    description:
      'Highlights names and numbers in Arabic tech and economy news with English renderings, a summary and key facts. Runs entirely on your device.',
    permissions: ['storage', 'activeTab', 'scripting'],
    // The declared content script's hosts, so the background may inject the annotator bundle there
    // (scripting.executeScript needs a host permission; content-script matches alone do not grant it).
    host_permissions: ['*://*.china.org.cn/*'],
    optional_host_permissions: ['*://*/*'],
    commands: {
      'toggle-site': {
        suggested_key: { default: 'Alt+Shift+A' },
        description: 'Turn Sharh on or off on this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sharh@sharh.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
