// A1 notation: column letters ↔ numbers and "A1:C10", "B2", "A:C", "2:5", "Sheet1!A1" parsing.

export interface GridRect {
  row: number; // 1-based
  col: number; // 1-based
  numRows: number;
  numCols: number;
}

export function columnToLetters(col: number): string {
  let s = '';
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export interface ParsedA1 {
  sheetName?: string;
  startRow?: number;
  startCol?: number;
  endRow?: number;
  endCol?: number;
}

const CELL = /^\$?([A-Za-z]{0,3})\$?(\d*)$/;

/** Parses "A1", "A1:C10", "A:C", "2:5", "'My sheet'!B2:D". Returns undefined if not A1 notation. */
export function parseA1(text: string): ParsedA1 | undefined {
  let ref = text.trim();
  let sheetName: string | undefined;
  const bang = ref.lastIndexOf('!');
  if (bang >= 0) {
    sheetName = ref.slice(0, bang);
    if (sheetName.startsWith("'") && sheetName.endsWith("'")) sheetName = sheetName.slice(1, -1).replace(/''/g, "'");
    ref = ref.slice(bang + 1);
  }
  const parts = ref.split(':');
  if (parts.length > 2 || parts[0] === '') return undefined;
  const a = CELL.exec(parts[0]);
  const b = parts.length === 2 ? CELL.exec(parts[1]) : a;
  if (!a || !b) return undefined;
  if (!a[1] && !a[2]) return undefined;
  const out: ParsedA1 = { sheetName };
  if (a[1]) out.startCol = lettersToColumn(a[1]);
  if (a[2]) out.startRow = Number(a[2]);
  if (b[1]) out.endCol = lettersToColumn(b[1]);
  if (b[2]) out.endRow = Number(b[2]);
  if (parts.length === 1 && (!a[1] || !a[2])) return undefined; // "A" or "1" alone is not a range
  if ((out.startRow === 0) || (out.endRow === 0)) return undefined;
  return out;
}

export function rectToA1(r: GridRect): string {
  const start = `${columnToLetters(r.col)}${r.row}`;
  if (r.numRows === 1 && r.numCols === 1) return start;
  return `${start}:${columnToLetters(r.col + r.numCols - 1)}${r.row + r.numRows - 1}`;
}

export function intersects(a: GridRect, b: GridRect): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols;
}

export function contains(outer: GridRect, inner: GridRect): boolean {
  return inner.row >= outer.row && inner.col >= outer.col && inner.row + inner.numRows <= outer.row + outer.numRows && inner.col + inner.numCols <= outer.col + outer.numCols;
}
