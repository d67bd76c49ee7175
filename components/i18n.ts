import { browser } from 'wxt/browser';

/** The extension's own translation (public/_locales), with the key as a visible fallback. */
export function t(key: string, ...subs: (string | number)[]): string {
  // Keys come from public/_locales; the typed overloads only know the manifest's own keys.
  const getMessage = browser.i18n?.getMessage as ((key: string, subs?: string[]) => string) | undefined;
  const text = getMessage?.(key, subs.map(String));
  return text || key;
}

/** The UI language the browser gives us, reduced to what we ship. */
export function uiLang(): 'en' | 'nl' {
  const lang = browser.i18n?.getUILanguage?.() ?? 'en';
  return lang.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}
