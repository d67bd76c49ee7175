import type { Handlers, SenderInfo } from '../messaging/router';
import { validateRecipe } from '../capture/generic/recipe';
import { recipeFor, saveRecipe, type VerbatimDb } from '../db';

type RecipeHandlers = Pick<Handlers, 'picker.start' | 'recipe.save' | 'recipe.get'>;

/** A page may read and teach only its own site's recipe, never another site's. */
function ownHost(sender: SenderInfo, host: string): string {
  let senderHost: string;
  try {
    senderHost = new URL(sender.url ?? '').hostname.toLowerCase();
  } catch {
    throw new Error('Recipes are only for pages with an address.');
  }
  if (senderHost !== host.trim().toLowerCase()) throw new Error(`A page on ${senderHost} cannot use the recipe of ${host}.`);
  return senderHost;
}

/** The picker's messages: open it in a tab, then keep and hand out what the user taught. */
export function recipeHandlers(db: VerbatimDb, startPicker?: (tabId: number) => Promise<void>): RecipeHandlers {
  return {
    'picker.start': async ({ tabId }) => {
      if (!startPicker) throw new Error('Picking comments is not available here.');
      await startPicker(tabId);
      return null;
    },
    'recipe.save': async ({ recipe }, sender) => {
      const valid = validateRecipe(recipe);
      ownHost(sender, valid.host);
      return saveRecipe(db, valid);
    },
    'recipe.get': async ({ host }, sender) => recipeFor(db, ownHost(sender, host)),
  };
}
