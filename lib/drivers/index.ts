export * from './from-counts';
export * from './impact';
export * from './summarize';
export * from './tally';
