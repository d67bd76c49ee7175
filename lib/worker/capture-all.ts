import type { CaptureOutcome, PagesProgress } from '../messaging/protocol';

export type Step = { kind: 'link'; href: string } | { kind: 'loaded' } | { kind: 'end' };

export interface PagesDeps {
  /** Captures what the tab shows now and stores it (duplicates are recognised by id). */
  capture(): Promise<CaptureOutcome>;
  /** Asks the page for the next step: a link to follow, or more loaded in place. */
  advance(): Promise<Step>;
  /** Loads a URL in the tab and resolves when it has loaded. */
  navigate(href: string): Promise<void>;
  sleep(ms: number): Promise<void>;
}

/**
 * "Capture all pages": capture, move on, repeat, until there is no next page, the page
 * limit is reached or the user presses stop; with a polite delay between pages. A next
 * link seen before (a pager that loops) ends the run rather than capturing forever.
 */
export function createPagesRun(deps: PagesDeps, opts: { maxPages: number; delayMs: number }) {
  const progress: PagesProgress = { running: true, pages: 0, found: 0, added: 0, known: 0, ended: null };
  let stopRequested = false;
  const seen = new Set<string>();

  async function run(): Promise<PagesProgress> {
    try {
      for (;;) {
        const outcome = await deps.capture();
        progress.pages++;
        progress.found += outcome.found;
        progress.added += outcome.added;
        progress.known += outcome.known;
        if (stopRequested) return finish('stopped');
        if (progress.pages >= opts.maxPages) return finish('limit');
        const step = await deps.advance();
        if (step.kind === 'end') return finish('end');
        if (stopRequested) return finish('stopped');
        if (step.kind === 'link') {
          if (seen.has(step.href)) return finish('end');
          seen.add(step.href);
          await deps.sleep(opts.delayMs);
          if (stopRequested) return finish('stopped');
          await deps.navigate(step.href);
        }
      }
    } catch (err) {
      return finish(err instanceof Error ? err.message : String(err));
    }
  }

  function finish(reason: string): PagesProgress {
    progress.running = false;
    progress.ended = reason;
    return { ...progress };
  }

  return {
    run,
    stop: () => {
      stopRequested = true;
    },
    progress: () => ({ ...progress }),
  };
}
