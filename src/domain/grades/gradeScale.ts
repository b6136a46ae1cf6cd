// The letter scale (A … F): a fixed table kept as data, and the lookup of a score's letter, points and traditional grade.

export type Traditional = 'excellent' | 'good' | 'satisfactory' | 'unsatisfactory';
export const TRADITIONALS: readonly Traditional[] = ['excellent', 'good', 'satisfactory', 'unsatisfactory'];

/** One line of the scale: scores from `minScore` up to (not including) the next line's `minScore`. */
export interface GradeBand {
  letter: string;
  points: number;
  minScore: number;
  maxScore: number;
  traditional: Traditional;
}

export type GradeScale = readonly GradeBand[];

/** The scale of DOMAIN.md (MES order No. 152; kaznu.kz §2.17). */
export const DEFAULT_GRADE_SCALE: GradeScale = [
  { letter: 'A', points: 4.0, minScore: 95, maxScore: 100, traditional: 'excellent' },
  { letter: 'A-', points: 3.67, minScore: 90, maxScore: 94, traditional: 'excellent' },
  { letter: 'B+', points: 3.33, minScore: 85, maxScore: 89, traditional: 'good' },
  { letter: 'B', points: 3.0, minScore: 80, maxScore: 84, traditional: 'good' },
  { letter: 'B-', points: 2.67, minScore: 75, maxScore: 79, traditional: 'good' },
  { letter: 'C+', points: 2.33, minScore: 70, maxScore: 74, traditional: 'good' },
  { letter: 'C', points: 2.0, minScore: 65, maxScore: 69, traditional: 'satisfactory' },
  { letter: 'C-', points: 1.67, minScore: 60, maxScore: 64, traditional: 'satisfactory' },
  { letter: 'D+', points: 1.33, minScore: 55, maxScore: 59, traditional: 'satisfactory' },
  { letter: 'D', points: 1.0, minScore: 50, maxScore: 54, traditional: 'satisfactory' },
  { letter: 'FX', points: 0.5, minScore: 25, maxScore: 49, traditional: 'unsatisfactory' },
  { letter: 'F', points: 0, minScore: 0, maxScore: 24, traditional: 'unsatisfactory' },
];

export const FX = 'FX';
export const F = 'F';

/** Sorts a scale from the highest band down, without touching the input. */
export function sortedScale(scale: GradeScale): GradeBand[] {
  return [...scale].sort((a, b) => b.minScore - a.minScore);
}

/**
 * The band a score falls in: the highest band whose minimum the score reaches. Scores are not rounded here.
 * @example bandFor(94.9).letter // → 'A-'
 * @example bandFor(95).letter // → 'A'
 * @example bandFor(49.5).letter // → 'FX'
 * @example bandFor(50).letter // → 'D'
 */
export function bandFor(score: number, scale: GradeScale = DEFAULT_GRADE_SCALE): GradeBand {
  const bands = sortedScale(scale);
  for (const band of bands) if (score >= band.minScore) return band;
  return bands[bands.length - 1];
}

/** The band of a letter, or undefined. */
export function bandOfLetter(letter: string, scale: GradeScale = DEFAULT_GRADE_SCALE): GradeBand | undefined {
  const want = letter.trim().toUpperCase();
  return scale.find((b) => b.letter.toUpperCase() === want);
}

/** True for a positive letter (credits earned): anything but FX and F. */
export function isPositiveLetter(letter: string): boolean {
  const l = letter.trim().toUpperCase();
  return l !== '' && l !== FX && l !== F;
}

/**
 * True when `letter` is `minLetter` or better on the scale (used for performance % and quality %).
 * @example isAtLeast('C+', 'C+') // → true
 * @example isAtLeast('C', 'C+') // → false
 */
export function isAtLeast(letter: string, minLetter: string, scale: GradeScale = DEFAULT_GRADE_SCALE): boolean {
  const a = bandOfLetter(letter, scale);
  const b = bandOfLetter(minLetter, scale);
  if (!a || !b) return false;
  return a.minScore >= b.minScore;
}

/** Problem codes of a scale that cannot be used: gaps, overlaps, no FX/F line, repeated letters. */
export function checkGradeScale(scale: GradeScale): string[] {
  const codes: string[] = [];
  if (scale.length === 0) return ['scaleEmpty'];
  const bands = sortedScale(scale);
  const letters = new Set<string>();
  for (const b of bands) {
    const l = b.letter.toUpperCase();
    if (letters.has(l)) codes.push('scaleLetterRepeated');
    letters.add(l);
  }
  if (!letters.has(FX) || !letters.has(F)) codes.push('scaleNoFailLetters');
  if (bands[bands.length - 1].minScore !== 0) codes.push('scaleNotFromZero');
  for (let i = 1; i < bands.length; i++) {
    if (bands[i].maxScore + 1 !== bands[i - 1].minScore) codes.push('scaleGap');
  }
  return [...new Set(codes)];
}
