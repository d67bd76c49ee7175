import type { Handlers, SenderInfo } from '../messaging/router';
import type { CaptureOutcome, MessageData, PagesProgress } from '../messaging/protocol';
import {
  storeCaptured, tagIntake, tagPendingBatch, markRetag, queueStats, commentsByIds, setTags, sourceId, type CommentRecord, type IntakeRecord, type VerbatimDb, type Scope,
} from '../db';
import { builtinTaxonomy } from '../nlp/taxonomy/builtin';
import { taxonomyVersionKey } from '../nlp/taxonomy/lifecycle';
import { ratingToScore } from '../nps';
import { createAnalyzer, createWarmAnalyzer } from './analyzer';
import { drainQueue, singleFlight } from './run-queue';
import { createPagesRun, type Step } from './capture-all';
import { exportCsv } from './exports';
import { tagChanges, toOverlayComment } from './overlay-view';
import { recipeHandlers } from './recipes';

/** What the background needs of the browser; the entry point implements it with extension APIs. */
export interface ServiceDeps {
  captureTab(tabId: number): Promise<{ page: MessageData<'capture.store'>; method: string; warnings: string[] }>;
  advance(tabId: number): Promise<Step>;
  navigate(tabId: number, href: string): Promise<void>;
  /** Tells a tab's overlay that its comments changed (captured, tagged). */
  notifyTab(tabId: number): void;
  openDashboard(): Promise<void>;
  sleep(ms: number): Promise<void>;
  /** Injects the content script and opens the point-and-click picker in a tab. */
  startPicker?(tabId: number): Promise<void>;
}

const idle: PagesProgress = { running: false, pages: 0, found: 0, added: 0, known: 0, ended: null };

/** A content script may only act on its own tab; the popup names the tab it is about. */
function tabOf(data: { tabId?: number }, sender: SenderInfo): number {
  const tabId = sender.kind === 'content' ? sender.tabId : data.tabId;
  if (tabId === undefined) throw new Error('No tab to capture: open the page first.');
  return tabId;
}

/**
 * The background's work, free of extension APIs: store captured comments (pending first),
 * tag them in batches, follow pages, answer the overlay and popup.
 */
export function createBackgroundService(db: VerbatimDb, deps: ServiceDeps) {
  let analyze: ReturnType<typeof createAnalyzer> | null = null;
  const tabsToNotify = new Set<number>();
  // Each notice makes an overlay read its page and look its comments up again: on a page of
  // 10,000 that is far more work than a batch of tagging, so tabs hear at most every 2 s.
  let lastNotice = 0;
  const notifyTabs = (force: boolean) => {
    if (!force && Date.now() - lastNotice < 2_000) return;
    lastNotice = Date.now();
    tabsToNotify.forEach((t) => deps.notifyTab(t));
  };
  const analyzeOne = (comment: CommentRecord) => (analyze ??= createAnalyzer())(comment);
  // Chunks a capture has just stored, handed to the tagger so it need not read them back.
  let stored: IntakeRecord[] = [];
  // Fresh captures first, pipelined through the intake; then comments sent back to the queue.
  const tagPending = singleFlight(async () => {
    const handed = stored;
    stored = [];
    await tagIntake(db, analyzeOne, () => notifyTabs(false), Date.now, handed);
    await drainQueue((limit) => tagPendingBatch(db, limit, analyzeOne), { onBatch: () => notifyTabs(false) });
    notifyTabs(true);
  });

  async function store(page: MessageData<'capture.store'>, method: string, warnings: string[], tabId?: number): Promise<CaptureOutcome> {
    const result = await storeCaptured(db, page.comments, { url: page.url, title: page.title, site: page.site }, ratingToScore);
    stored.push(...result.chunks);
    if (tabId !== undefined) {
      tabsToNotify.add(tabId);
      deps.notifyTab(tabId);
    }
    void tagPending();
    return { found: page.comments.length, added: result.added, known: result.known, method, warnings, sourceId: sourceId(page.url) };
  }

  async function captureAndStore(tabId: number): Promise<CaptureOutcome> {
    const { page, method, warnings } = await deps.captureTab(tabId);
    return store(page, method, warnings, tabId);
  }

  let pages: ReturnType<typeof createPagesRun> | null = null;
  let lastPages: PagesProgress = idle;

  function startPages(tabId: number, opts: { maxPages: number; delayMs: number }): PagesProgress {
    if (pages?.progress().running) return pages.progress();
    const run = createPagesRun(
      {
        capture: () => captureAndStore(tabId),
        advance: () => deps.advance(tabId),
        navigate: (href) => deps.navigate(tabId, href),
        sleep: deps.sleep,
      },
      opts,
    );
    pages = run;
    void run.run().then((final) => (lastPages = final));
    return run.progress();
  }

  const progress = () => (pages?.progress().running ? pages.progress() : pages ? { ...pages.progress() } : lastPages);

  const handlers: Handlers = {
    'capture.tab': ({ tabId }) => captureAndStore(tabId),
    'capture.store': (page, sender) => store(page, page.site, [], sender.tabId),
    'queue.status': async () => {
      void tagPending(); // any message wakes a stopped worker; it picks up what was left pending
      // The popup asks on opening, and a capture is likely to follow: the engine (a few hundred
      // ms to load) loads while the user reads the popup, not after the click.
      void deps.sleep(0).then(() => (analyze ??= createWarmAnalyzer()));
      return queueStats(db);
    },
    // An overlay asks about the comments of the page it is on.
    'comments.lookup': async ({ ids }, sender) =>
      (await commentsByIds(db, ids, sender.kind === 'content' && sender.url ? sourceId(sender.url) : undefined))
        .flatMap((view) => (view ? [toOverlayComment(view)] : [])),
    'tags.set': async (change) => {
      for (const c of tagChanges(change)) await setTags(db, change.commentId, c);
      const [view] = await commentsByIds(db, [change.commentId]);
      return view ? toOverlayComment(view) : null;
    },
    'capture.pages': async (data, sender) => startPages(tabOf(data, sender), data),
    'capture.progress': async () => progress(),
    'capture.stop': async () => {
      pages?.stop();
      return progress();
    },
    'export.csv': ({ kind, scope, locale }) => exportCsv(db, kind, scope as Scope, locale),
    'dashboard.open': async () => {
      await deps.openDashboard();
      return null;
    },
    ...recipeHandlers(db, deps.startPicker),
  };

  /**
   * At every start: comments tagged with another taxonomy version go back to the queue
   * (their manual tags live apart and are merged again), then the queue runs.
   */
  async function resume(): Promise<void> {
    await markRetag(db, taxonomyVersionKey(builtinTaxonomy));
    await tagPending();
  }

  return { handlers, captureAndStore, resume };
}
