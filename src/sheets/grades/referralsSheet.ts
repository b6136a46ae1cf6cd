// Referrals (направления): individual grade sheets for FX retakes and individually scheduled sittings.

import type { ReferralReason } from '../../domain/grades';
import { defineSheet } from '../schema';
import { REFERRAL_REASON_OPTIONS, REFERRAL_STATUS_OPTIONS } from './gradeOptions';

export interface ReferralRow {
  number: string;
  reason: ReferralReason;
  statementNo: string;
  studentId: string;
  studentName: string;
  disciplineCode: string;
  examiner: string;
  deadline: string;
  admission: number | null;
  exam: number | null;
  final: number | null;
  letter: string;
  status: 'open' | 'done' | 'expired' | 'refused' | '';
  note: string;
}

export const referralsSheet = defineSheet<ReferralRow>({
  key: 'referrals',
  version: 1,
  name: { en: 'Referrals', ru: 'Направления', kk: 'Жолдамалар' },
  columns: [
    { key: 'number', header: { en: 'Referral No.', ru: '№ направления', kk: 'Жолдама №' }, type: 'text', width: 120 },
    { key: 'reason', header: { en: 'Reason', ru: 'Основание', kk: 'Негіздеме' }, type: 'enum', options: REFERRAL_REASON_OPTIONS, required: true, width: 160 },
    { key: 'statementNo', header: { en: 'Statement No.', ru: '№ ведомости', kk: 'Ведомость №' }, type: 'text', required: true, width: 120 },
    { key: 'studentId', header: { en: 'Student ID', ru: 'ID студента', kk: 'Студент ID' }, type: 'text', required: true, width: 100 },
    { key: 'studentName', header: { en: 'Student', ru: 'Студент', kk: 'Студент' }, type: 'text', width: 220 },
    { key: 'disciplineCode', header: { en: 'Discipline', ru: 'Дисциплина', kk: 'Пән' }, type: 'text', width: 90 },
    { key: 'examiner', header: { en: 'Examiner email', ru: 'Email экзаменатора', kk: 'Емтихан алушы email' }, type: 'email', width: 200 },
    { key: 'deadline', header: { en: 'Sit by', ru: 'Сдать до', kk: 'Тапсыру мерзімі' }, type: 'date', width: 100 },
    { key: 'admission', header: { en: 'Admission rating', ru: 'Рейтинг допуска', kk: 'Жіберу рейтингі' }, type: 'number', width: 80 },
    { key: 'exam', header: { en: 'Exam', ru: 'Экзамен', kk: 'Емтихан' }, type: 'number', min: 0, max: 100, width: 70 },
    { key: 'final', header: { en: 'Final score', ru: 'Итоговый балл', kk: 'Қорытынды балл' }, type: 'number', width: 80 },
    { key: 'letter', header: { en: 'Letter', ru: 'Буквенная оценка', kk: 'Әріптік баға' }, type: 'text', width: 60 },
    { key: 'status', header: { en: 'Status', ru: 'Статус', kk: 'Мәртебесі' }, type: 'enum', options: REFERRAL_STATUS_OPTIONS, width: 110 },
    { key: 'note', header: { en: 'Note', ru: 'Примечание', kk: 'Ескерту' }, type: 'text', width: 260 },
  ],
});
