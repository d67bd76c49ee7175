/**
 * Phrases that contain a theme word but are not about the theme. Matched like terms, they
 * win as the longer phrase and hide the word: "can't wait to go back" is not about waiting
 * time, "in order to" not about an order, "will return" not about returns.
 */
export const GUARD_PHRASES: Record<string, string[]> = {
  en: [
    "can't wait", 'cannot wait', 'could not wait', "couldn't wait", 'wait and see',
    'in order to', 'in order for',
    'will return', 'would return', 'will definitely return', 'will be returning', 'return again', 'never return',
    'definitely return', 'would not return', 'will not return', "won't return", 'returning customer',
    'in return', 'return the favor', 'return the favour',
    'free of charge', 'in charge',
  ],
  nl: ['niet wachten om', 'kan niet wachten'],
};
