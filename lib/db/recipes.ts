import { recipeSchema, validateRecipe, type Recipe } from '../capture/generic/recipe';
import type { VerbatimDb } from './schema';

/**
 * The capture recipes users taught with the picker, one per host: a later visit to any
 * page of that host captures by it without picking again.
 */

const normalHost = (host: string) => host.trim().toLowerCase();

/** Stores (or replaces) the recipe for its host; refuses a recipe that does not validate. */
export async function saveRecipe(db: VerbatimDb, recipe: Recipe): Promise<Recipe> {
  const valid = validateRecipe(recipe);
  const stored = { ...valid, host: normalHost(valid.host) };
  await db.recipes.put({ ...stored, savedAt: new Date().toISOString() });
  return stored;
}

/**
 * The recipe saved for a host, or null. A stored record that no longer validates (written
 * by an older version, or damaged) counts as none: capture falls back to the detector.
 */
export async function recipeFor(db: VerbatimDb, host: string): Promise<Recipe | null> {
  const record = await db.recipes.get(normalHost(host));
  if (!record) return null;
  const parsed = recipeSchema.safeParse(record);
  return parsed.success ? parsed.data : null;
}
