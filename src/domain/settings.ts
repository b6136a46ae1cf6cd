// Every rule and default of DOMAIN.md that a registrar may change: one definition each, read from the Settings sheet.

import type { Trilingual } from './types';

export type SettingType = 'number' | 'boolean' | 'text' | 'enum' | 'list';

export interface SettingDefinition {
  key: string;
  group: SettingGroup;
  type: SettingType;
  default: number | boolean | string;
  /** Allowed values of an 'enum' setting. */
  options?: readonly string[];
  min?: number;
  max?: number;
  label: Trilingual;
  /** Where the default comes from (a law, a university's policy, or "setting, not in law"). */
  source: string;
}

export type SettingGroup =
  | 'general'
  | 'grades'
  | 'gpa'
  | 'credits'
  | 'sizes'
  | 'calendar'
  | 'registration'
  | 'appeals'
  | 'mobility'
  | 'records'
  | 'ratings';

const MES152 = 'MES order No. 152 of 20.04.2011 (credit technology rules)';
const KAZNU = 'kaznu.kz academic policy §2.10–2.24';
const ABAI_SIZES = 'abaiuniversity.edu.kz/en/2470/page (one university’s numbers)';
const NOT_IN_LAW = 'not in law: office setting';

function tri(en: string, ru: string, kk: string): Trilingual {
  return { en, ru, kk };
}

export const SETTING_DEFINITIONS: readonly SettingDefinition[] = [
  // general
  { key: 'ui.language', group: 'general', type: 'enum', default: '', options: ['kk', 'ru', 'en'], label: tri('Interface language (empty: from the Google account)', 'Язык интерфейса (пусто: по аккаунту Google)', 'Интерфейс тілі (бос: Google аккаунты бойынша)'), source: 'office setting' },
  { key: 'university.name.kk', group: 'general', type: 'text', default: 'Х. Досмұхамедов атындағы Атырау университеті', label: tri('University name (kk)', 'Название университета (каз.)', 'Университет атауы (қаз.)'), source: 'office setting' },
  { key: 'university.name.ru', group: 'general', type: 'text', default: 'Атырауский университет имени Х. Досмухамедова', label: tri('University name (ru)', 'Название университета (рус.)', 'Университет атауы (орыс.)'), source: 'office setting' },
  { key: 'university.name.en', group: 'general', type: 'text', default: 'Kh. Dosmukhamedov Atyrau University', label: tri('University name (en)', 'Название университета (англ.)', 'Университет атауы (ағыл.)'), source: 'office setting' },
  { key: 'academicYear', group: 'general', type: 'text', default: '2026-2027', label: tri('Current academic year', 'Текущий учебный год', 'Ағымдағы оқу жылы'), source: 'office setting' },
  { key: 'google.accountType', group: 'general', type: 'enum', default: 'workspace', options: ['consumer', 'workspace'], label: tri('Google account type (quotas)', 'Тип аккаунта Google (квоты)', 'Google аккаунт түрі (квоталар)'), source: 'Apps Script quotas page' },
  // grades
  { key: 'grade.admissionWeight', group: 'grades', type: 'number', default: 0.6, min: 0, max: 1, label: tri('Weight of the admission rating in the final grade', 'Вес рейтинга допуска в итоговой оценке', 'Жіберу рейтингінің қорытынды бағадағы салмағы'), source: KAZNU },
  { key: 'grade.examWeight', group: 'grades', type: 'number', default: 0.4, min: 0, max: 1, label: tri('Weight of the exam in the final grade', 'Вес экзамена в итоговой оценке', 'Емтиханның қорытынды бағадағы салмағы'), source: KAZNU },
  { key: 'grade.admissionFormula', group: 'grades', type: 'enum', default: 'currentAndMidterm', options: ['currentAndMidterm', 'midtermOnly'], label: tri('Admission rating formula', 'Формула рейтинга допуска', 'Жіберу рейтингінің формуласы'), source: `${KAZNU}; some universities use only РК` },
  { key: 'grade.admissionThreshold', group: 'grades', type: 'number', default: 50, min: 0, max: 100, label: tri('Minimum admission rating for the exam', 'Минимальный рейтинг допуска к экзамену', 'Емтиханға жіберудің ең төменгі рейтингі'), source: MES152 },
  { key: 'grade.eachMidtermThreshold', group: 'grades', type: 'boolean', default: false, label: tri('Require each midterm ≥ threshold', 'Требовать каждый РК ≥ порога', 'Әр АБ ≥ шегі болуы талап етіледі'), source: 'some universities' },
  { key: 'grade.examThreshold', group: 'grades', type: 'number', default: 50, min: 0, max: 100, label: tri('Minimum exam score for a positive grade', 'Минимальный балл экзамена для положительной оценки', 'Оң баға үшін емтиханның ең төменгі балы'), source: KAZNU },
  { key: 'grade.maxFxRetakes', group: 'grades', type: 'number', default: 1, min: 0, max: 5, label: tri('Maximum FX exam retakes', 'Максимум пересдач FX', 'FX қайта тапсырудың ең көп саны'), source: `${KAZNU}; one university allows 2` },
  { key: 'grade.fxRetakeDays', group: 'grades', type: 'number', default: 14, min: 1, max: 120, label: tri('Days to retake an FX exam', 'Дней на пересдачу FX', 'FX қайта тапсыруға күн саны'), source: NOT_IN_LAW },
  { key: 'grade.performanceMinLetter', group: 'grades', type: 'enum', default: 'D', options: ['A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D'], label: tri('Lowest letter counted in performance %', 'Низшая оценка для % успеваемости', 'Үлгерім % үшін ең төменгі баға'), source: 'DOMAIN.md: performance = share of A…D' },
  { key: 'grade.qualityMinLetter', group: 'grades', type: 'enum', default: 'C+', options: ['A', 'A-', 'B+', 'B', 'B-', 'C+', 'C', 'C-', 'D+', 'D'], label: tri('Lowest letter counted in quality %', 'Низшая оценка для % качества', 'Сапа % үшін ең төменгі баға'), source: 'DOMAIN.md: quality = share of A…C+' },
  { key: 'grade.statementLockDays', group: 'grades', type: 'number', default: 3, min: 0, max: 60, label: tri('Days after the exam before a statement locks', 'Дней после экзамена до закрытия ведомости', 'Емтиханнан кейін ведомость жабылғанға дейінгі күн'), source: NOT_IN_LAW },
  // gpa
  { key: 'gpa.fxPoints', group: 'gpa', type: 'number', default: 0, min: 0, max: 0.5, label: tri('Points of FX in the GPA', 'Баллы FX в GPA', 'GPA-дағы FX балы'), source: 'scale gives 0.5; many universities count 0' },
  { key: 'gpa.countDebts', group: 'gpa', type: 'boolean', default: true, label: tri('Count debts as 0 in the GPA', 'Учитывать задолженности как 0 в GPA', 'Қарыздарды GPA-да 0 деп есептеу'), source: 'DOMAIN.md' },
  { key: 'gpa.transferYear1', group: 'gpa', type: 'number', default: 1.8, min: 0, max: 4, label: tri('Transfer GPA after year 1', 'Переводной GPA после 1 курса', '1-курстан кейінгі ауысу GPA'), source: 'abaiuniversity.edu.kz/en/2469/page; set by the Academic Council yearly' },
  { key: 'gpa.transferYear2', group: 'gpa', type: 'number', default: 2.0, min: 0, max: 4, label: tri('Transfer GPA after year 2', 'Переводной GPA после 2 курса', '2-курстан кейінгі ауысу GPA'), source: 'abaiuniversity.edu.kz/en/2469/page' },
  { key: 'gpa.transferYear3', group: 'gpa', type: 'number', default: 2.1, min: 0, max: 4, label: tri('Transfer GPA after year 3', 'Переводной GPA после 3 курса', '3-курстан кейінгі ауысу GPA'), source: 'abaiuniversity.edu.kz/en/2469/page' },
  { key: 'gpa.transferYear4', group: 'gpa', type: 'number', default: 2.2, min: 0, max: 4, label: tri('Transfer GPA after year 4', 'Переводной GPA после 4 курса', '4-курстан кейінгі ауысу GPA'), source: 'abaiuniversity.edu.kz/en/2469/page' },
  { key: 'gpa.honoursMin', group: 'gpa', type: 'number', default: 3.5, min: 0, max: 4, label: tri('Honours diploma minimum GPA', 'Минимальный GPA для диплома с отличием', 'Үздік диплом үшін ең төменгі GPA'), source: MES152 },
  { key: 'gpa.honoursLowestLetter', group: 'gpa', type: 'enum', default: 'C+', options: ['A', 'A-', 'B+', 'B', 'B-', 'C+'], label: tri('Honours diploma: no grade below', 'Диплом с отличием: нет оценок ниже', 'Үздік диплом: төмен баға жоқ'), source: MES152 },
  // credits
  { key: 'credits.hoursPerCredit', group: 'credits', type: 'number', default: 30, min: 1, max: 60, label: tri('Academic hours per credit', 'Академических часов в кредите', 'Кредиттегі академиялық сағат'), source: 'MSHE order No. 2 of 20.07.2022 (ГОСО)' },
  { key: 'credits.minPerDiscipline', group: 'credits', type: 'number', default: 5, min: 1, max: 30, label: tri('Minimum credits of a discipline', 'Минимум кредитов дисциплины', 'Пәннің ең аз кредиті'), source: 'ГОСО 2022' },
  { key: 'credits.nominalPerSemester', group: 'credits', type: 'number', default: 30, min: 1, max: 60, label: tri('Nominal credits per semester', 'Номинальная нагрузка за семестр', 'Семестрдегі номиналды кредит'), source: 'ГОСО 2022' },
  { key: 'credits.minPerSemester', group: 'credits', type: 'number', default: 20, min: 0, max: 60, label: tri('Minimum credits per semester in a study plan', 'Минимум кредитов в семестре в ИУП', 'ЖОЖ-дағы семестрдің ең аз кредиті'), source: NOT_IN_LAW },
  { key: 'credits.maxPerSemester', group: 'credits', type: 'number', default: 35, min: 1, max: 80, label: tri('Maximum credits per semester in a study plan', 'Максимум кредитов в семестре в ИУП', 'ЖОЖ-дағы семестрдің ең көп кредиті'), source: NOT_IN_LAW },
  { key: 'credits.summerCap', group: 'credits', type: 'number', default: 15, min: 0, max: 30, label: tri('Maximum credits in the summer semester', 'Максимум кредитов в летнем семестре', 'Жазғы семестрдегі ең көп кредит'), source: 'seen 9–20 across universities' },
  { key: 'credits.planChangeShare', group: 'credits', type: 'number', default: 10, min: 0, max: 100, label: tri('Share of credits changeable after registration, %', 'Доля кредитов для изменения ИУП после регистрации, %', 'Тіркелгеннен кейін өзгертуге болатын кредит үлесі, %'), source: 'one university: ≤ 10 % until 20 August' },
  // sizes
  { key: 'size.lectureStreamMin', group: 'sizes', type: 'number', default: 30, min: 1, max: 500, label: tri('Minimum lecture stream size', 'Минимальный размер лекционного потока', 'Дәріс ағынының ең аз мөлшері'), source: ABAI_SIZES },
  { key: 'size.lectureStreamMax', group: 'sizes', type: 'number', default: 150, min: 1, max: 1000, label: tri('Maximum lecture stream size', 'Максимальный размер лекционного потока', 'Дәріс ағынының ең көп мөлшері'), source: NOT_IN_LAW },
  { key: 'size.practiceGroupMin', group: 'sizes', type: 'number', default: 10, min: 1, max: 100, label: tri('Minimum practice group size', 'Минимальный размер практической группы', 'Практикалық топтың ең аз мөлшері'), source: ABAI_SIZES },
  { key: 'size.practiceGroupMax', group: 'sizes', type: 'number', default: 30, min: 1, max: 100, label: tri('Maximum practice group size', 'Максимальный размер практической группы', 'Практикалық топтың ең көп мөлшері'), source: ABAI_SIZES },
  { key: 'size.labSubgroupMin', group: 'sizes', type: 'number', default: 10, min: 1, max: 50, label: tri('Minimum lab subgroup size', 'Минимальный размер лабораторной подгруппы', 'Зертханалық топшаның ең аз мөлшері'), source: ABAI_SIZES },
  { key: 'size.labSubgroupMax', group: 'sizes', type: 'number', default: 12, min: 1, max: 50, label: tri('Maximum lab subgroup size', 'Максимальный размер лабораторной подгруппы', 'Зертханалық топшаның ең көп мөлшері'), source: ABAI_SIZES },
  { key: 'size.electiveMin', group: 'sizes', type: 'number', default: 15, min: 1, max: 200, label: tri('Minimum registered to open an elective', 'Минимум записавшихся для открытия элективной дисциплины', 'Элективті пәнді ашу үшін ең аз тіркелгендер'), source: NOT_IN_LAW },
  { key: 'size.separateStreamsByLanguage', group: 'sizes', type: 'boolean', default: true, label: tri('Separate streams per language of instruction', 'Отдельные потоки по языку обучения', 'Оқу тілі бойынша бөлек ағындар'), source: 'DOMAIN.md' },
  // calendar
  { key: 'calendar.academicHourMinutes', group: 'calendar', type: 'number', default: 50, min: 30, max: 60, label: tri('Academic hour, minutes', 'Академический час, минут', 'Академиялық сағат, минут'), source: MES152 },
  { key: 'calendar.workingDays', group: 'calendar', type: 'number', default: 6, min: 5, max: 6, label: tri('Working days a week', 'Рабочих дней в неделе', 'Аптадағы жұмыс күндері'), source: 'office setting' },
  { key: 'calendar.semesterWeeks', group: 'calendar', type: 'number', default: 15, min: 10, max: 20, label: tri('Weeks in a semester', 'Недель в семестре', 'Семестрдегі апталар'), source: MES152 },
  { key: 'calendar.summerWeeksMin', group: 'calendar', type: 'number', default: 6, min: 1, max: 12, label: tri('Minimum weeks of the summer semester', 'Минимум недель летнего семестра', 'Жазғы семестрдің ең аз аптасы'), source: MES152 },
  { key: 'calendar.examScheduleLeadDays', group: 'calendar', type: 'number', default: 14, min: 0, max: 60, label: tri('Exam schedule published days before the session', 'Расписание экзаменов публикуется за дней до сессии', 'Емтихан кестесі сессияға дейін жарияланатын күн'), source: KAZNU },
  { key: 'calendar.minDaysBetweenExams', group: 'calendar', type: 'number', default: 2, min: 0, max: 7, label: tri('Minimum days between two exams of a group', 'Минимум дней между экзаменами группы', 'Топтың екі емтиханы арасындағы ең аз күн'), source: NOT_IN_LAW },
  { key: 'calendar.midtermMonitoringDays', group: 'calendar', type: 'number', default: 2, min: 0, max: 30, label: tri('Midterm monitoring due days after the control', 'Мониторинг РК: дней после контроля', 'АБ мониторингі: бақылаудан кейінгі күн'), source: 'work plan item 16' },
  // registration
  { key: 'registration.policy', group: 'registration', type: 'enum', default: 'batch', options: ['live', 'batch'], label: tri('Enrolment policy', 'Политика записи', 'Жазылу саясаты'), source: 'office setting' },
  { key: 'registration.priority', group: 'registration', type: 'enum', default: 'gpaThenTime', options: ['gpaThenTime', 'timeOnly', 'yearThenGpa'], label: tri('Batch allocation priority', 'Приоритет пакетного распределения', 'Топтама бөлу басымдығы'), source: 'office setting' },
  { key: 'registration.maxGroupsPerAdvisor', group: 'registration', type: 'number', default: 3, min: 1, max: 20, label: tri('Maximum groups per advisor', 'Максимум групп на эдвайзера', 'Эдвайзерге ең көп топ'), source: NOT_IN_LAW },
  { key: 'registration.deadline', group: 'registration', type: 'text', default: '', label: tri('Enrolment deadline (YYYY-MM-DD)', 'Срок записи (ГГГГ-ММ-ДД)', 'Жазылу мерзімі (ЖЖЖЖ-АА-КК)'), source: 'academic calendar' },
  { key: 'reports.shareWith', group: 'registration', type: 'list', default: '', label: tri('Share reports view-only with (emails, comma-separated)', 'Делиться отчётами (email через запятую)', 'Есептерді бөлісу (email, үтір арқылы)'), source: 'office setting' },
  // appeals
  { key: 'appeal.deadlineWorkingDays', group: 'appeals', type: 'number', default: 1, min: 0, max: 10, label: tri('Appeal deadline, working days after the exam', 'Срок апелляции, рабочих дней после экзамена', 'Апелляция мерзімі, емтиханнан кейінгі жұмыс күні'), source: 'aogu.edu.kz appeal rules' },
  { key: 'appeal.commissionLeadDays', group: 'appeals', type: 'number', default: 14, min: 0, max: 60, label: tri('Appeal commissions approved days before the session', 'Апелляционные комиссии утверждаются за дней до сессии', 'Апелляциялық комиссиялар сессияға дейін бекітілетін күн'), source: 'work plan item 7' },
  // mobility
  { key: 'mobility.minGpa', group: 'mobility', type: 'number', default: 3.0, min: 0, max: 4, label: tri('Minimum GPA for academic mobility', 'Минимальный GPA для академической мобильности', 'Академиялық ұтқырлық үшін ең төменгі GPA'), source: 'atyrau.edu.kz FAQ' },
  { key: 'mobility.requireNoDebts', group: 'mobility', type: 'boolean', default: true, label: tri('Mobility: no academic debts', 'Мобильность: без задолженностей', 'Ұтқырлық: қарызсыз'), source: 'atyrau.edu.kz FAQ' },
  { key: 'mobility.excludeFinalYear', group: 'mobility', type: 'boolean', default: true, label: tri('Mobility: not in the final year', 'Мобильность: не выпускной курс', 'Ұтқырлық: бітіруші курс емес'), source: 'atyrau.edu.kz FAQ' },
  // records
  { key: 'records.incomingScheme', group: 'records', type: 'text', default: '{index}/{seq}', label: tri('Incoming number scheme', 'Схема номера входящих', 'Кіріс нөмірінің үлгісі'), source: 'office nomenclature' },
  { key: 'records.outgoingScheme', group: 'records', type: 'text', default: '{index}/{seq}', label: tri('Outgoing number scheme', 'Схема номера исходящих', 'Шығыс нөмірінің үлгісі'), source: 'office nomenclature' },
  { key: 'records.nomenclatureIndex', group: 'records', type: 'text', default: '02-15', label: tri('Nomenclature index of the office', 'Индекс номенклатуры офиса', 'Кеңсе номенклатурасының индексі'), source: 'office nomenclature' },
  { key: 'records.dueSoonDays', group: 'records', type: 'number', default: 3, min: 0, max: 60, label: tri('Documents due soon: days', 'Документы со сроком скоро: дней', 'Мерзімі жақын құжаттар: күн'), source: NOT_IN_LAW },
  // ratings
  { key: 'rating.teacherWeightScore', group: 'ratings', type: 'number', default: 0.4, min: 0, max: 1, label: tri('Teacher rating: weight of average score', 'Рейтинг ППС: вес среднего балла', 'ПОҚ рейтингі: орташа балл салмағы'), source: NOT_IN_LAW },
  { key: 'rating.teacherWeightPass', group: 'ratings', type: 'number', default: 0.2, min: 0, max: 1, label: tri('Teacher rating: weight of pass %', 'Рейтинг ППС: вес % успеваемости', 'ПОҚ рейтингі: үлгерім % салмағы'), source: NOT_IN_LAW },
  { key: 'rating.teacherWeightQuality', group: 'ratings', type: 'number', default: 0.2, min: 0, max: 1, label: tri('Teacher rating: weight of quality %', 'Рейтинг ППС: вес % качества', 'ПОҚ рейтингі: сапа % салмағы'), source: NOT_IN_LAW },
  // registration area settings (issue: registration) — append below
  // attestation area settings (issue: grades) — append below
  { key: 'grade.roundFinalToInteger', group: 'grades', type: 'boolean', default: false, label: tri('Round the final score to a whole number before the letter', 'Округлять итоговый балл до целого перед буквенной оценкой', 'Әріптік баға алдында қорытынды балды бүтінге дөңгелектеу'), source: NOT_IN_LAW },
  { key: 'grade.registrars', group: 'grades', type: 'list', default: '', label: tri('Registrar emails who may edit every statement (comma-separated; empty: whoever creates the statements)', 'Email регистраторов, правящих все ведомости (через запятую; пусто: кто создал ведомости)', 'Барлық ведомостерді түзете алатын тіркеушілер email-і (үтір арқылы; бос: ведомостерді жасаған адам)'), source: 'office setting' },
  { key: 'grade.individualSittingDays', group: 'grades', type: 'number', default: 30, min: 1, max: 180, label: tri('Days to sit an individually scheduled exam (referral)', 'Дней на сдачу по направлению (индивидуальный срок)', 'Жолдама бойынша тапсыруға күн саны'), source: NOT_IN_LAW },
  { key: 'grade.filesPerDay', group: 'grades', type: 'number', default: 0, min: 0, max: 3200, label: tri('Teacher grade files created per day (0: the Apps Script quota of the account type — 250 consumer, 3,200 Workspace)', 'Файлов ведомостей преподавателей в день (0: квота Apps Script для типа аккаунта — 250 личный, 3 200 Workspace)', 'Күніне жасалатын оқытушы ведомость файлдары (0: аккаунт түрінің Apps Script квотасы — 250 жеке, 3 200 Workspace)'), source: 'Apps Script quotas page: spreadsheets created per day' },
  { key: 'midterm.riskThreshold', group: 'grades', type: 'number', default: 50, min: 0, max: 100, label: tri('Midterm score below which a student is at risk', 'Балл РК, ниже которого студент в группе риска', 'Студент тәуекел тобына жататын АБ балы'), source: 'work plan item 16' },
  { key: 'midterm.severalDisciplines', group: 'grades', type: 'number', default: 2, min: 1, max: 20, label: tri('At risk in several disciplines: how many', 'Риск по нескольким дисциплинам: сколько', 'Бірнеше пән бойынша тәуекел: қанша'), source: NOT_IN_LAW },
  { key: 'restudy.streamMin', group: 'sizes', type: 'number', default: 5, min: 1, max: 100, label: tri('Minimum re-study stream size', 'Минимальный размер потока повторного изучения', 'Қайта оқу ағынының ең аз мөлшері'), source: NOT_IN_LAW },
  { key: 'restudy.streamMax', group: 'sizes', type: 'number', default: 25, min: 1, max: 200, label: tri('Maximum re-study stream size', 'Максимальный размер потока повторного изучения', 'Қайта оқу ағынының ең көп мөлшері'), source: NOT_IN_LAW },
  // records area settings (issue: tracker and registers) — append below
  { key: 'tracker.headName', group: 'records', type: 'text', default: 'Э. Куккузова', label: tri('Head of the Registrar’s Office (name)', 'Руководитель офиса регистрации (ФИО)', 'Тіркеу офисінің басшысы (аты-жөні)'), source: 'work plan 2022–2023' },
  { key: 'tracker.headEmail', group: 'records', type: 'text', default: '', label: tri('Head of the office: email for reminders (empty: the person who set up the plan)', 'Email руководителя для напоминаний (пусто: кто создал план)', 'Басшының еске салу email-і (бос: жоспарды жасаған адам)'), source: 'office setting' },
  { key: 'tracker.approverName', group: 'records', type: 'text', default: 'А. Е. Чукуров', label: tri('Vice-rector who approves the plan (name)', 'Проректор, утверждающий план (ФИО)', 'Жоспарды бекітетін проректор (аты-жөні)'), source: 'work plan 2022–2023' },
  { key: 'tracker.dueSoonDays', group: 'records', type: 'number', default: 14, min: 1, max: 60, label: tri('Plan items due soon: days ahead', 'Пункты плана со сроком скоро: дней вперёд', 'Мерзімі жақын жоспар тармақтары: алдағы күндер'), source: NOT_IN_LAW },
  { key: 'tracker.digestHour', group: 'records', type: 'number', default: 9, min: 0, max: 23, label: tri('Hour of the daily reminder digest', 'Час ежедневной рассылки напоминаний', 'Күнделікті еске салу жіберілетін сағат'), source: 'office setting' },
  { key: 'records.executors', group: 'records', type: 'list', default: '', label: tri('Other emails allowed as executors (comma-separated)', 'Другие email, допустимые как исполнители (через запятую)', 'Орындаушы бола алатын басқа email-дер (үтір арқылы)'), source: 'office setting' },
  { key: 'records.maxUploadMb', group: 'records', type: 'number', default: 10, min: 1, max: 25, label: tri('Largest file uploaded from the registers sidebar, MB', 'Наибольший файл, загружаемый из панели журналов, МБ', 'Журналдар панелінен жүктелетін ең үлкен файл, МБ'), source: 'Apps Script: a Blob holds at most 50 MB and google.script.run carries the file as base64 (a third larger); the office may lower it' },
  { key: 'rating.teacherWeightOnTime', group: 'ratings', type: 'number', default: 0.2, min: 0, max: 1, label: tri('Teacher rating: weight of statements on time', 'Рейтинг ППС: вес ведомостей в срок', 'ПОҚ рейтингі: уақытылы ведомостар салмағы'), source: NOT_IN_LAW },
  // timetable area settings
  { key: 'timetable.maxPairsPerDay', group: 'calendar', type: 'number', default: 4, min: 1, max: 10, label: tri('Timetable: maximum pairs a day for a group', 'Расписание: максимум пар в день у группы', 'Кесте: топтың күніне ең көп жұбы'), source: NOT_IN_LAW },
  { key: 'timetable.hoursPerPair', group: 'calendar', type: 'number', default: 2, min: 1, max: 4, label: tri('Timetable: academic hours in a pair', 'Расписание: академических часов в паре', 'Кесте: жұптағы академиялық сағат'), source: 'DOMAIN.md: a pair = 2 academic hours' },
  { key: 'timetable.secondsPerExecution', group: 'calendar', type: 'number', default: 270, min: 5, max: 330, label: tri('Timetable: solver seconds in each execution (Apps Script stops at 360)', 'Расписание: секунд поиска за одно выполнение (Apps Script: до 360)', 'Кесте: бір орындаудағы іздеу секунды (Apps Script: 360-қа дейін)'), source: 'Apps Script quotas: 6 minutes an execution' },
  { key: 'timetable.maxExecutions', group: 'calendar', type: 'number', default: 3, min: 1, max: 50, label: tri('Timetable: maximum executions of one build', 'Расписание: максимум выполнений одного построения', 'Кесте: бір құрудың ең көп орындалуы'), source: NOT_IN_LAW },
  { key: 'timetable.seed', group: 'calendar', type: 'number', default: 1, min: 0, max: 1000000, label: tri('Timetable: solver seed', 'Расписание: seed решателя', 'Кесте: шешуші seed'), source: 'office setting' },
  { key: 'timetable.compileLeadDays', group: 'calendar', type: 'number', default: 14, min: 0, max: 120, label: tri('Class schedule compiled days before the semester', 'Расписание составляется за дней до семестра', 'Сабақ кестесі семестрге дейін құрылатын күн'), source: 'work plan item 8' },
  { key: 'timetable.approveLeadMonths', group: 'calendar', type: 'number', default: 1, min: 0, max: 6, label: tri('Class schedule approved months before the semester', 'Расписание утверждается за месяцев до семестра', 'Сабақ кестесі семестрге дейін бекітілетін ай'), source: 'work plan item 9' },
];

export type SettingValue = number | boolean | string;

/** A resolved set of settings: the sheet's values over the defaults. */
export type Settings = Readonly<Record<string, SettingValue>>;

export function defaultSettings(): Settings {
  const out: Record<string, SettingValue> = {};
  for (const def of SETTING_DEFINITIONS) out[def.key] = def.default;
  return out;
}

export function findSettingDefinition(key: string): SettingDefinition | undefined {
  return SETTING_DEFINITIONS.find((d) => d.key === key);
}

/** Reads a numeric setting, falling back to its default. */
export function numberSetting(settings: Settings, key: string): number {
  const v = settings[key];
  if (typeof v === 'number') return v;
  const def = findSettingDefinition(key);
  if (!def) throw new Error(`Unknown setting ${key}`);
  return Number(def.default);
}

export function booleanSetting(settings: Settings, key: string): boolean {
  const v = settings[key];
  if (typeof v === 'boolean') return v;
  const def = findSettingDefinition(key);
  if (!def) throw new Error(`Unknown setting ${key}`);
  return Boolean(def.default);
}

export function textSetting(settings: Settings, key: string): string {
  const v = settings[key];
  if (v !== undefined) return String(v);
  const def = findSettingDefinition(key);
  if (!def) throw new Error(`Unknown setting ${key}`);
  return String(def.default);
}

/**
 * Parses a value typed into the Settings sheet.
 * @example parseSettingValue(numberDef, '0,6') // → { value: 0.6 }
 */
export function parseSettingValue(def: SettingDefinition, raw: unknown): { value: SettingValue } | { error: string } {
  if (raw === '' || raw === null || raw === undefined) return { value: def.default };
  switch (def.type) {
    case 'number': {
      const n = typeof raw === 'number' ? raw : Number(String(raw).trim().replace(',', '.'));
      if (!Number.isFinite(n)) return { error: 'notANumber' };
      if (def.min !== undefined && n < def.min) return { error: 'belowMin' };
      if (def.max !== undefined && n > def.max) return { error: 'aboveMax' };
      return { value: n };
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      const s = String(raw).trim().toLowerCase();
      if (['true', 'yes', 'да', 'иә', '1', 'истина'].includes(s)) return { value: true };
      if (['false', 'no', 'нет', 'жоқ', '0', 'ложь'].includes(s)) return { value: false };
      return { error: 'notABoolean' };
    }
    case 'enum': {
      const s = String(raw).trim();
      if (!def.options?.includes(s)) return { error: 'notAnOption' };
      return { value: s };
    }
    default:
      return { value: String(raw) };
  }
}

/** The university's name in a language (documents are headed with it). */
export function universityName(settings: Settings, lang: 'kk' | 'ru' | 'en'): string {
  return textSetting(settings, `university.name.${lang}`);
}
