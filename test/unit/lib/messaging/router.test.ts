import { describe, expect, test, vi } from 'vitest';
import { createRouter, type Handlers, type SenderInfo } from '../../../../lib/messaging/router';

const self = { id: 'ext-id', origin: 'chrome-extension://ext-id/' };
const popup: SenderInfo = { id: 'ext-id', url: 'chrome-extension://ext-id/popup.html' };
const content: SenderInfo = { id: 'ext-id', tabId: 7, url: 'https://www.trustpilot.com/review/x' };

function handlers(): Handlers {
  return {
    'capture.tab': vi.fn(async () => ({ found: 1, added: 1, known: 0, method: 'jsonld', warnings: [], sourceId: 's' })),
    'capture.store': vi.fn(async () => ({ found: 0, added: 0, known: 0, method: 'x', warnings: [], sourceId: null })),
    'queue.status': vi.fn(async () => ({ pending: 1, done: 2, error: 0 })),
    'comments.lookup': vi.fn(async () => []),
    'tags.set': vi.fn(async () => null),
    'capture.pages': vi.fn(async () => ({ running: true, pages: 0, found: 0, added: 0, known: 0, ended: null })),
    'capture.progress': vi.fn(async () => ({ running: false, pages: 0, found: 0, added: 0, known: 0, ended: null })),
    'capture.stop': vi.fn(async () => ({ running: false, pages: 0, found: 0, added: 0, known: 0, ended: 'stopped' })),
    'export.csv': vi.fn(async () => ({ name: 'x.csv', csv: '' })),
    'dashboard.open': vi.fn(async () => null),
    'picker.start': vi.fn(async () => null),
    'recipe.save': vi.fn(async ({ recipe }) => recipe),
    'recipe.get': vi.fn(async () => null),
  };
}

describe('the background refuses bad messages before they reach the database', () => {
  test.each([
    ['no object', 'hello', popup, /Malformed message/],
    ['null', null, popup, /Malformed message/],
    ['unknown type', { type: 'db.drop', data: {} }, popup, /Unknown message type: db\.drop/],
    ['prototype key as type', { type: 'toString', data: {} }, popup, /Unknown message type/],
    ['bad data', { type: 'capture.tab', data: { tabId: 'x' } }, popup, /Invalid "capture\.tab" message: tabId/],
    ['negative tab id', { type: 'capture.tab', data: { tabId: -1 } }, popup, /Invalid "capture\.tab"/],
    ['content script may not start captures of other tabs', { type: 'capture.tab', data: { tabId: 3 } }, content, /not accepted from this sender/],
    ['a content script may not read other tabs\' progress as the popup', { type: 'capture.tab', data: { tabId: 1 } }, { id: 'ext-id', tabId: 4, url: 'http://127.0.0.1:5/x' }, /not accepted/],
    ['another extension', { type: 'queue.status', data: {} }, { ...popup, id: 'evil' }, /another extension/],
    ['a web page (no tab, foreign url)', { type: 'queue.status', data: {} }, { id: 'ext-id', url: 'https://evil.example/' }, /not accepted/],
    ['oversized comment', { type: 'capture.store', data: { url: 'u', title: '', site: 's', comments: [{ text: 'x'.repeat(100_001), title: null, author: null, date: null, rating: null, externalId: null, site: 's', url: 'u' }] } }, content, /Invalid "capture\.store" message: comments\.0\.text/],
    ['rating not finite', { type: 'capture.store', data: { url: 'u', title: '', site: 's', comments: [{ text: 'ok', title: null, author: null, date: null, rating: { value: Infinity, min: 1, max: 5 }, externalId: null, site: 's', url: 'u' }] } }, content, /Invalid "capture\.store"/],
  ])('%s', async (_name, message, sender, error) => {
    const h = handlers();
    const reply = await createRouter(h, self)(message, sender);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(error);
    for (const fn of Object.values(h)) expect(fn).not.toHaveBeenCalled();
  });
});

describe('valid messages reach their handler with parsed data', () => {
  test('popup asks for a capture', async () => {
    const h = handlers();
    const reply = await createRouter(h, self)({ type: 'capture.tab', data: { tabId: 12 } }, popup);
    expect(reply).toEqual({ ok: true, result: expect.objectContaining({ found: 1 }) });
    expect(h['capture.tab']).toHaveBeenCalledWith({ tabId: 12 }, { ...popup, kind: 'extension' });
  });

  test('a content script corrects a tag', async () => {
    const h = handlers();
    const reply = await createRouter(h, self)({ type: 'tags.set', data: { commentId: 'c1', sentiment: 'negative' } }, content);
    expect(reply.ok).toBe(true);
    expect(h['tags.set']).toHaveBeenCalledWith({ commentId: 'c1', sentiment: 'negative' }, { ...content, kind: 'content' });
  });

  test('a handler that throws becomes an error reply, not a crash', async () => {
    const h = handlers();
    h['queue.status'] = async () => {
      throw new Error('database closed');
    };
    await expect(createRouter(h, self)({ type: 'queue.status', data: {} }, popup)).resolves.toEqual({ ok: false, error: 'database closed' });
  });
});
