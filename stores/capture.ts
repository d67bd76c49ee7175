import { defineStore } from 'pinia';
import { ref } from 'vue';
import { browser } from 'wxt/browser';
import { request } from '../lib/messaging/client';
import type { CaptureOutcome } from '../lib/messaging/protocol';

const send = (message: { type: string; data: unknown }) => browser.runtime.sendMessage(message);

/** Capturing the page in the user's tab, through the background (which owns the database writes). */
export const useCaptureStore = defineStore('capture', () => {
  const busy = ref(false);
  const outcome = ref<CaptureOutcome | null>(null);
  const error = ref<string | null>(null);

  async function capture(tabId: number): Promise<void> {
    busy.value = true;
    error.value = null;
    try {
      outcome.value = await request(send, 'capture.tab', { tabId });
    } catch (err) {
      outcome.value = null;
      error.value = err instanceof Error ? err.message : String(err);
    } finally {
      busy.value = false;
    }
  }

  return { busy, outcome, error, capture };
});
