import { defineConfig } from 'wxt';

// Least privilege: activeTab + scripting capture the page the user is on when they ask;
// host access for "capture all pages" and for badges on revisits is optional and
// requested at run time. The `e2e` mode (tests and the demo) adds one host permission
// for 127.0.0.1, because a headless browser has no toolbar click to grant activeTab.
export default defineConfig({
  modules: ['@wxt-dev/module-vue'],
  imports: false,
  // Separate output folders let a test run and a build happen side by side.
  outDir: process.env.VERBATIM_OUT_DIR ?? '.output',
  // Manifest V3 in Firefox too: optional host permissions and _execute_action as in Chrome.
  manifestVersion: 3,
  manifest: ({ mode, browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
    host_permissions: mode === 'e2e' ? ['http://127.0.0.1/*'] : [],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_cmdOpenPopup__',
      },
      'capture-page': {
        suggested_key: { default: 'Alt+Shift+C' },
        description: '__MSG_cmdCapturePage__',
      },
      'open-palette': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: '__MSG_cmdOpenPalette__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Verbatim collects nothing: everything stays in the browser.
            gecko: { id: 'verbatim@verbatim.invalid', strict_min_version: '128.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  hooks: {
    // The capture script is injected on demand; its (empty) match list must not turn into host permissions.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.host_permissions?.length === 0) delete manifest.host_permissions;
    },
  },
});
