import { describe, expect, test } from 'vitest';
import type { CommentRecord, CommentStatus } from '../../../../lib/db/records';
import { withStatus } from '../../../../lib/db/status';

const base = { id: 'c1', capturedAt: 1234, status: 'pending', error: 'old reason' } as CommentRecord;

describe('withStatus: a comment\'s queue entry follows its status', () => {
  test.each<[CommentStatus, string | undefined, Partial<CommentRecord>]>([
    ['pending', undefined, { status: 'pending', queued: ['pending', 1234] }],
    ['error', 'engine crashed', { status: 'error', queued: ['error', 1234], error: 'engine crashed' }],
    ['error', undefined, { status: 'error', queued: ['error', 1234], error: 'old reason' }],
    ['done', undefined, { status: 'done' }],
  ])('%s (reason %s)', (status, reason, expected) => {
    const next = withStatus(base, status, reason);
    expect(next).toMatchObject(expected);
    if (status !== 'error') expect(next.error).toBeUndefined();
    if (status === 'done') expect(next.queued).toBeUndefined();
    expect(base.status).toBe('pending'); // the input is left as it was
  });
});
