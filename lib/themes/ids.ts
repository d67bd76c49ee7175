/**
 * A child theme's id starts with its parent's id and a dot (DESIGN.md), so ancestry is
 * read off the id itself: "food.pizza" → ["food", "food.pizza"].
 */
export function withAncestors(themeId: string): string[] {
  const parts = themeId.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** Every theme a comment counts for in the driver summary, each once. */
export function countedThemeIds(themeIds: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const id of themeIds) for (const a of withAncestors(id)) out.add(a);
  return [...out];
}
