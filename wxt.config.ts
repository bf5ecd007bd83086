import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Reply Coach',
    description: 'Coaches your replies to difficult customers: kind, firm, and analysed only on your device.',
    permissions: ['storage', 'scripting', 'activeTab'],
    // Sites outside the built-in list, each only after the user turns the coach on there.
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    // The coach and its engine load on first focus of a reply box, from the extension itself.
    web_accessible_resources: [{ resources: ['coach.js'], matches: ['<all_urls>'], ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'reply-coach@reply-coach.dev', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
});
