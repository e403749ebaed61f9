// The two labelled tweet sets in ../shared/data/sentiment/ (see its README), read the same way by the
// sentiment bench and by the browser tests that need real tweets (through scripts/oracle-plugin.js).
import { readFileSync } from 'node:fs';

export const dataDir = new URL('../../shared/data/sentiment/', import.meta.url);

/** RFC 4180 CSV: quoted fields may hold commas, doubled quotes and line breaks. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

/** vader-tweets.tsv: `id`, mean valence −4..4, text. Every row, with its three-class gold label. */
export function loadVaderTweets() {
  const text = readFileSync(new URL('vader-tweets.tsv', dataDir), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => {
      const [, mean, ...rest] = line.split('\t');
      const m = Number(mean);
      return { text: rest.join('\t'), gold: m > 0.5 ? 'positive' : m < -0.5 ? 'negative' : 'neutral' };
    });
}

const APPLE_GOLD = { 1: 'negative', 3: 'neutral', 5: 'positive' };

/** apple-brand-tweets.csv (Latin-1): every row; `gold` is undefined for "not relevant" (0). */
export function loadAppleTweets() {
  const text = readFileSync(new URL('apple-brand-tweets.csv', dataDir)).toString('latin1');
  const [header, ...rows] = parseCsv(text);
  const s = header.indexOf('sentiment');
  const t = header.indexOf('text');
  return rows.map((r) => ({ text: r[t], gold: APPLE_GOLD[r[s]] }));
}
