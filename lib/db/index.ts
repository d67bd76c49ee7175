export { createDb, VerbatimDb, DB_VERSION, SCHEMA_HISTORY, type DbOptions } from './schema';
export type {
  AggregateRecord, AnalysisRecord, CommentRecord, IntakeRecord, StoredAnalysis, CommentStatus, RecipeRecord, SettingRecord, SourceRecord,
  TagsRecord, ThemeOrigin, ThemeRecord,
} from './records';
export { commentId, sourceId, hostOf, normaliseUrl } from './ids';
export { OVERALL, siteScope, sourceScope, scopesOf, dayScope, type Scope } from './scope';
export { storeCaptured, type CaptureSource, type StoreResult, type ToScore } from './capture';
export {
  pendingBatch, saveAnalyses, tagPendingBatch, tagIntake, markFailed, retryFailed, markRetag, queueStats, type Analyze, type AnalysisResult, type BatchOutcome, type QueueStats,
} from './queue';
export { setTags } from './tags';
export {
  readSummary, readDaily, scopeIndex, scopeIdsNewestFirst, exampleComments, pageComments, commentsForExport, commentsByIds, nextFollowUp,
  type CommentView, type Summary, type Page, type DayCounts,
} from './read';
export { rebuildAggregates } from './rebuild';
export { saveRecipe, recipeFor } from './recipes';
