import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground({
  type: 'module',
  main() {
    // Wired up in the extension issue: message router and analysis queue.
  },
});
