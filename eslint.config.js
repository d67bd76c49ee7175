import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';

const extensionApis = ['wxt', 'wxt/*', '#imports', 'vue', 'pinia', 'webextension-polyfill', '@wxt-dev/*'];

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'coverage/**', 'demo-output/**', 'test-results/**'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    rules: { 'vue/multi-word-component-names': 'off', 'vue/max-attributes-per-line': 'off', 'vue/singleline-html-element-content-newline': 'off', 'vue/html-self-closing': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // lib/ runs in plain Node and in any extension context: no framework or extension APIs.
    files: ['lib/**/*.ts'],
    ignores: ['lib/messaging/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: extensionApis, message: 'lib/ must stay free of wxt, extension APIs, Vue and Pinia.' }] }],
      'no-restricted-globals': ['error', { name: 'browser', message: 'lib/ must not touch extension APIs.' }, { name: 'chrome', message: 'lib/ must not touch extension APIs.' }],
    },
  },
);
