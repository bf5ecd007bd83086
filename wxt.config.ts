import preact from '@preact/preset-vite';
import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { FIXTURE_MATCHES, SITE_MATCHES } from './sites';

/**
 * In the coach's own build, rules/nlp.ts's compromise comes from nlp.js (loaded first by the coach) instead
 * of being bundled in: two scripts, two tasks. Every other build bundles compromise as usual.
 */
function compromiseOutsideCoach() {
  return {
    name: 'reply-coach:compromise-outside-coach',
    enforce: 'pre' as const,
    resolveId(this: { getModuleIds(): IterableIterator<string> }, id: string, importer?: string) {
      if (id !== 'compromise/two' || !importer?.endsWith('rules/nlp.ts')) return null;
      // Only in the build whose entry is the coach; the welcome page's try-it box bundles compromise as usual.
      const coachBuild = [...this.getModuleIds()].some((m) => m.includes('entrypoints/coach/index.ts'));
      return coachBuild ? resolve(__dirname, 'entrypoints/coach/nlp-global.ts') : null;
    },
  };
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports only: an unresolved name must be an error, not a silent import from utils/ or components/.
  imports: false,
  // The sources zip for Mozilla's review: the code that builds the extension, not build output or test artifacts.
  zip: { excludeSources: ['dist/**', 'tests/e2e/fixtures/build/**', 'tests/e2e/artifacts/**', 'bench-results/**'] },
  vite: () => ({ plugins: [preact(), compromiseOutsideCoach()] }),
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'scripting', 'activeTab'],
    // Opens the coach's panel for the focused reply box; users change the keys in the browser's shortcut settings.
    commands: { 'open-panel': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_command_openPanel__' } },
    // The e2e build opens the popup in a tab (popup.html?tabId=N), where no toolbar click grants activeTab:
    // host access to the local fixture server stands in for it. The store build never has this.
    ...(mode === 'e2e' ? { host_permissions: FIXTURE_MATCHES } : {}),
    // Sites outside the built-in list, each only after the user turns the coach on there.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // A plain script, not a WXT content script: a built-in page pays for a few kilobytes, not a runtime.
    // reply.js loads the coach and its engine (coach.js) on the first focus of a reply box.
    content_scripts: [
      {
        matches: mode === 'e2e' ? [...SITE_MATCHES, ...FIXTURE_MATCHES] : SITE_MATCHES,
        js: ['reply.js'],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
      },
    ],
    web_accessible_resources: [{ resources: ['coach.js', 'nlp.js', 'tone-model.js'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
    // Extension pages run only their own scripts: no remote code, no eval, no inline script.
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // 140: data_collection_permissions and the CSS Custom Highlight API the underlines use.
            gecko: { id: 'reply-coach@reply-coach.dev', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : // Team deploy: what a company admin may push through policy (chrome.storage.managed).
        { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
