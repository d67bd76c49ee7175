import { analyzeText } from '../nlp/analyze';
import type { CompiledTaxonomy } from '../nlp/taxonomy/compile';
import { ratingToScore, npsSummary, countSegments, type NpsSummary } from '../nps';
import { summarizeDrivers } from '../drivers';
import type { CapturedComment, CommentAnalysis, DriverRow, Segment } from '../types';
import { analysisText } from '../worker/analyzer';

export interface TaggedComment {
  comment: CapturedComment;
  score: number | null;
  segment: Segment;
  mapped: boolean;
  analysis: CommentAnalysis;
}

export interface Report {
  tagged: TaggedComment[];
  nps: NpsSummary;
  npsLike: boolean;
  drivers: DriverRow[];
}

/** The whole pipeline over captured comments: score, tag, summarise. */
export function buildReport(comments: CapturedComment[], taxonomy: CompiledTaxonomy, lang: 'en' | 'nl' | 'auto', labelOf: (id: string) => string): Report {
  const tagged = comments.map((comment): TaggedComment => {
    const { score, segment, mapped } = ratingToScore(comment.rating);
    return { comment, score, segment, mapped, analysis: analyzeText(analysisText(comment), { taxonomy, lang }) };
  });
  const summary = summarizeDrivers(
    tagged.map((t) => ({ segment: t.segment, themes: t.analysis.themes.map((h) => ({ themeId: h.themeId, sentiment: h.sentiment.score })) })),
    labelOf,
  );
  const counts = countSegments(tagged.map((t) => t.segment));
  return {
    tagged,
    nps: npsSummary(counts),
    npsLike: tagged.some((t) => t.mapped && t.segment !== 'unrated'),
    drivers: [...summary.rows].sort((a, b) => b.impact - a.impact),
  };
}

/** The `--json` document, field for field as DESIGN.md states it. */
export function reportJson(report: Report) {
  const { nps } = report;
  return {
    nps: {
      score: nps.score,
      n: nps.n,
      promoters: nps.promoters,
      passives: nps.passives,
      detractors: nps.detractors,
      marginOfError: nps.marginOfError,
    },
    drivers: report.drivers.map((d) => ({
      theme: d.theme,
      label: d.label,
      mentions: d.mentions,
      promoters: d.promoters,
      passives: d.passives,
      detractors: d.detractors,
      nps: d.nps,
      impact: d.impact,
      impactInterval: d.impactInterval,
      sentiment: d.sentiment,
      smallSample: d.smallSample,
    })),
    comments: report.tagged.map(({ comment, score, segment, analysis }) => ({
      text: comment.text,
      title: comment.title,
      author: comment.author,
      date: comment.date,
      rating: comment.rating ? { value: comment.rating.value, min: comment.rating.min, max: comment.rating.max } : null,
      score,
      segment,
      lang: analysis.lang,
      sentiment: { score: analysis.sentiment.score, label: analysis.sentiment.label },
      themes: analysis.themes.map((h) => ({ id: h.themeId, label: h.label, sentiment: { score: h.sentiment.score, label: h.sentiment.label } })),
    })),
  };
}
