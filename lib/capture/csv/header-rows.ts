import { cleanText } from '../text';

export interface Column {
  index: number;
  /** The name shown to the user and accepted by --text-column / --score-column. */
  name: string;
  /** Every header text of the column (several for SurveyMonkey and Qualtrics exports). */
  labels: string[];
}

export interface HeaderLayout {
  columns: Column[];
  /** How many rows the header takes: 1, 2 (SurveyMonkey) or 3 (Qualtrics). */
  rows: number;
  tool: 'surveymonkey' | 'qualtrics' | null;
}

/** SurveyMonkey's second header row names the answer kind under each question. */
const SURVEYMONKEY_SUBHEADER = /^(response|open-ended response|other \(please specify\))$/i;

/**
 * Qualtrics exports three header rows: short names (Q1), the question text, and
 * {"ImportId":…} JSON. SurveyMonkey exports two: the question, then "Response" /
 * "Open-Ended Response" (or an answer option) under it. The extra rows are headers, not
 * responses; their text helps find the columns.
 */
export function readHeader(rows: string[][]): HeaderLayout {
  const first = rows[0].map(cleanText);
  const second = (rows[1] ?? []).map(cleanText);
  const third = (rows[2] ?? []).map(cleanText);
  const width = Math.max(...rows.slice(0, 3).map((r) => r.length));
  let tool: HeaderLayout['tool'] = null;
  let count = 1;
  if (third.some((c) => /^\{\s*"ImportId"/i.test(c))) {
    tool = 'qualtrics';
    count = 3;
  } else if (second.some((c) => SURVEYMONKEY_SUBHEADER.test(c))) {
    tool = 'surveymonkey';
    count = 2;
  }
  const columns: Column[] = [];
  let lastQuestion = '';
  for (let i = 0; i < width; i++) {
    const top = first[i] ?? '';
    const sub = count > 1 ? (second[i] ?? '') : '';
    let name = top;
    const labels = [top];
    if (tool === 'surveymonkey') {
      // A multi-option question names only its first column; the options follow under "".
      if (top) lastQuestion = top;
      else if (sub) name = lastQuestion ? `${lastQuestion} - ${sub}` : sub;
      if (sub) labels.push(sub);
      if (!top && lastQuestion) labels.push(lastQuestion);
    } else if (tool === 'qualtrics' && sub) {
      labels.push(sub);
    }
    columns.push({ index: i, name, labels: labels.filter(Boolean) });
  }
  return { columns, rows: count, tool };
}
