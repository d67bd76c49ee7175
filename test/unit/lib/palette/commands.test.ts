import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { commandsFor, paletteCommands, type CommandId } from '../../../../lib/palette/commands';
import { actionFor, type OverlayAction } from '../../../../lib/overlay/keys';

const pageOnly: CommandId[] = ['tag-focused', 'next-untagged', 'next-follow-up', 'toggle-overlay'];

describe('commandsFor', () => {
  test('the page lists every command, in palette order', () => {
    expect(commandsFor('page').map((c) => c.id)).toEqual(paletteCommands.map((c) => c.id));
  });

  test('the popup lists only commands that need no overlay', () => {
    const ids = commandsFor('popup').map((c) => c.id);
    expect(ids).toEqual(['capture-page', 'capture-all-pages', 'export-drivers', 'export-comments', 'open-dashboard']);
    for (const id of pageOnly) expect(ids).not.toContain(id);
  });
});

describe('paletteCommands', () => {
  test('ids are unique and every command has an English and a Dutch title', () => {
    expect(new Set(paletteCommands.map((c) => c.id)).size).toBe(paletteCommands.length);
    for (const c of paletteCommands) {
      expect(c.title.en.trim()).not.toBe('');
      expect(c.title.nl.trim()).not.toBe('');
      expect(c.title.nl).not.toBe(c.title.en);
    }
  });

  // The shortcut shown beside a page command must be the overlay key that does the same thing.
  test.each<[CommandId, OverlayAction]>([
    ['tag-focused', 'themes'],
    ['next-untagged', 'next-untagged'],
    ['next-follow-up', 'next-follow-up'],
    ['toggle-overlay', 'toggle'],
  ])('%s shows the overlay key for %s', (id, action) => {
    const shortcut = paletteCommands.find((c) => c.id === id)!.shortcut!;
    const key = { key: shortcut, ctrlKey: false, metaKey: false, altKey: false, target: null };
    expect(actionFor(key, { hasFocus: true })).toBe(action);
  });

  test('the capture shortcut shown is the one the manifest registers', () => {
    const config = readFileSync(new URL('../../../../wxt.config.ts', import.meta.url), 'utf8');
    const registered = /'capture-page':\s*{\s*suggested_key:\s*{\s*default:\s*'([^']+)'/.exec(config)?.[1];
    expect(paletteCommands.find((c) => c.id === 'capture-page')!.shortcut).toBe(registered);
  });
});
