import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../../public/_locales/en/messages.json';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/**
 * WXT's fake browser throws "i18n.getMessage not implemented", so any component calling `t()`
 * would fail to render. This installs the shipped English messages with Chrome's substitution
 * rules ($name$ → placeholder → $1), so tests read what a user reads.
 */
export function useEnglishMessages(): void {
  const messages: Messages = english;
  const getMessage = (key: string, subs: string[] = []): string => {
    const m = messages[key];
    if (!m) return '';
    return m.message
      .replace(/\$(\w+)\$/g, (whole, name: string) => m.placeholders?.[name.toLowerCase()]?.content ?? whole)
      .replace(/\$(\d)/g, (_, d: string) => subs[Number(d) - 1] ?? '');
  };
  Object.assign(fakeBrowser, { i18n: { getMessage, getUILanguage: () => 'en-US' } });
}
