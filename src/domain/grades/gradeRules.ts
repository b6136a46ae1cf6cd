// The grading rules of one university as one options object, read from settings (every number a setting).

import { booleanSetting, numberSetting, type Settings, textSetting } from '../settings';
import { DEFAULT_GRADE_SCALE, type GradeScale } from './gradeScale';

export type AdmissionFormula = 'currentAndMidterm' | 'midtermOnly';

export interface GradeRules {
  admissionWeight: number;
  examWeight: number;
  admissionFormula: AdmissionFormula;
  admissionThreshold: number;
  eachMidtermThreshold: boolean;
  examThreshold: number;
  maxFxRetakes: number;
  /** Round the final score half-up to a whole number before the letter is looked up. */
  roundFinalToInteger: boolean;
  scale: GradeScale;
}

export const DEFAULT_GRADE_RULES: GradeRules = {
  admissionWeight: 0.6,
  examWeight: 0.4,
  admissionFormula: 'currentAndMidterm',
  admissionThreshold: 50,
  eachMidtermThreshold: false,
  examThreshold: 50,
  maxFxRetakes: 1,
  roundFinalToInteger: false,
  scale: DEFAULT_GRADE_SCALE,
};

export function gradeRulesFromSettings(settings: Settings, scale: GradeScale = DEFAULT_GRADE_SCALE): GradeRules {
  return {
    admissionWeight: numberSetting(settings, 'grade.admissionWeight'),
    examWeight: numberSetting(settings, 'grade.examWeight'),
    admissionFormula: textSetting(settings, 'grade.admissionFormula') === 'midtermOnly' ? 'midtermOnly' : 'currentAndMidterm',
    admissionThreshold: numberSetting(settings, 'grade.admissionThreshold'),
    eachMidtermThreshold: booleanSetting(settings, 'grade.eachMidtermThreshold'),
    examThreshold: numberSetting(settings, 'grade.examThreshold'),
    maxFxRetakes: numberSetting(settings, 'grade.maxFxRetakes'),
    roundFinalToInteger: booleanSetting(settings, 'grade.roundFinalToInteger'),
    scale,
  };
}

/** GPA options: FX points and whether debts count as 0. */
export interface GpaRules {
  fxPoints: number;
  countDebts: boolean;
}

export function gpaRulesFromSettings(settings: Settings): GpaRules {
  return { fxPoints: numberSetting(settings, 'gpa.fxPoints'), countDebts: booleanSetting(settings, 'gpa.countDebts') };
}

/** Rounds to 2 decimals, removing floating-point noise (0.1 + 0.2 → 0.3). */
export function round2(x: number): number {
  return Math.round((x + Number.EPSILON) * 100) / 100;
}
