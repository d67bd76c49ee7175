import { defineConfig } from 'wxt';

// Least privilege: activeTab + scripting capture the page the user is on when they ask;
// host access for "capture all pages" is optional and requested at run time.
export default defineConfig({
  modules: ['@wxt-dev/module-vue'],
  imports: false,
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['activeTab', 'scripting', 'storage'],
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
  },
});
