/**
 * The command palette's commands. Where a command runs decides which contexts list it:
 * 'page' commands need a captured page with the overlay, 'any' run everywhere.
 */
export type CommandId =
  | 'capture-page' | 'capture-all-pages' | 'tag-focused' | 'next-untagged' | 'next-follow-up'
  | 'export-drivers' | 'export-comments' | 'open-dashboard' | 'toggle-overlay';

export interface PaletteCommand {
  id: CommandId;
  title: { en: string; nl: string };
  /** Shown beside the title; the global ones come from the manifest's commands. */
  shortcut?: string;
  where: 'page' | 'any';
}

export const paletteCommands: readonly PaletteCommand[] = [
  { id: 'capture-page', title: { en: 'Capture this page', nl: 'Deze pagina verzamelen' }, shortcut: 'Alt+Shift+C', where: 'any' },
  { id: 'capture-all-pages', title: { en: 'Capture all pages', nl: "Alle pagina's verzamelen" }, where: 'any' },
  { id: 'tag-focused', title: { en: 'Tag focused comment', nl: 'Gefocuste opmerking labelen' }, shortcut: 'T', where: 'page' },
  { id: 'next-untagged', title: { en: 'Next untagged comment', nl: 'Volgende opmerking zonder label' }, shortcut: 'U', where: 'page' },
  { id: 'next-follow-up', title: { en: 'Next open follow-up', nl: 'Volgende open opvolging' }, shortcut: 'N', where: 'page' },
  { id: 'export-drivers', title: { en: 'Export drivers CSV', nl: 'Drivers-CSV exporteren' }, where: 'any' },
  { id: 'export-comments', title: { en: 'Export comments CSV', nl: 'Opmerkingen-CSV exporteren' }, where: 'any' },
  { id: 'open-dashboard', title: { en: 'Open the dashboard', nl: 'Dashboard openen' }, where: 'any' },
  { id: 'toggle-overlay', title: { en: 'Toggle the overlay', nl: 'Overlay aan/uit' }, shortcut: 'O', where: 'page' },
];

export function commandsFor(context: 'page' | 'popup'): PaletteCommand[] {
  return paletteCommands.filter((c) => context === 'page' || c.where === 'any');
}
