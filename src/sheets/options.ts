// Localized labels of the registrar's enumerations, as shown in sheet cells and dropdowns.

import type { Trilingual } from '../domain/types';

const tri = (en: string, ru: string, kk: string): Trilingual => ({ en, ru, kk });

export const LANGUAGE_OPTIONS = {
  kk: tri('Kazakh', 'казахский', 'қазақ'),
  ru: tri('Russian', 'русский', 'орыс'),
  en: tri('English', 'английский', 'ағылшын'),
} as const;

export const STUDY_FORM_OPTIONS = {
  fulltime: tri('full-time', 'очная', 'күндізгі'),
  evening: tri('evening', 'вечерняя', 'кешкі'),
  masters: tri("master's", 'магистратура', 'магистратура'),
} as const;

export const LEVEL_OPTIONS = {
  bachelor: tri('bachelor', 'бакалавриат', 'бакалавриат'),
  master: tri('master', 'магистратура', 'магистратура'),
  doctorate: tri('doctorate', 'докторантура', 'докторантура'),
} as const;

export const FUNDING_OPTIONS = {
  grant: tri('state grant', 'госгрант', 'мемлекеттік грант'),
  paid: tri('paid', 'платное', 'ақылы'),
} as const;

export const STUDENT_STATUS_OPTIONS = {
  active: tri('active', 'обучается', 'оқып жүр'),
  reinstated: tri('reinstated', 'восстановлен', 'қайта қабылданған'),
  transferredIn: tri('transferred in', 'переведён из другого вуза', 'басқа ЖОО-дан ауысқан'),
  academicLeave: tri('academic leave', 'академический отпуск', 'академиялық демалыс'),
  expelled: tri('expelled', 'отчислен', 'шығарылған'),
  graduated: tri('graduated', 'выпускник', 'түлек'),
} as const;

export const COMPONENT_OPTIONS = {
  compulsory: tri('compulsory (OK)', 'ОК', 'МК'),
  university: tri('university component (VK)', 'ВК', 'ЖООК'),
  elective: tri('elective (KV)', 'КВ', 'ТК'),
} as const;

export const CYCLE_OPTIONS = {
  general: tri('general (GED)', 'ООД', 'ЖБП'),
  basic: tri('basic (BD)', 'БД', 'БП'),
  profile: tri('profile (PD)', 'ПД', 'КП'),
} as const;

export const ROOM_TYPE_OPTIONS = {
  lecture: tri('lecture hall', 'лекционная', 'дәрісхана'),
  practice: tri('classroom', 'практическая', 'практикалық'),
  computerLab: tri('computer lab', 'компьютерный класс', 'компьютерлік сынып'),
  lab: tri('laboratory', 'лаборатория', 'зертхана'),
  gym: tri('gym', 'спортзал', 'спортзал'),
} as const;

export const POSITION_OPTIONS = {
  professor: tri('professor', 'профессор', 'профессор'),
  associateProfessor: tri('associate professor', 'доцент', 'доцент'),
  seniorLecturer: tri('senior lecturer', 'старший преподаватель', 'аға оқытушы'),
  lecturer: tri('lecturer', 'преподаватель', 'оқытушы'),
  assistant: tri('assistant', 'ассистент', 'ассистент'),
} as const;

export const LESSON_TYPE_OPTIONS = {
  lecture: tri('lecture', 'лекция', 'дәріс'),
  practice: tri('practice', 'практика', 'практика'),
  lab: tri('lab', 'лабораторная', 'зертханалық'),
} as const;

export const TERM_OPTIONS = {
  autumn: tri('autumn', 'осенний', 'күзгі'),
  spring: tri('spring', 'весенний', 'көктемгі'),
  summer: tri('summer', 'летний', 'жазғы'),
} as const;

export const CALENDAR_KIND_OPTIONS = {
  semester: tri('semester (classes)', 'семестр (занятия)', 'семестр (сабақтар)'),
  midterm1: tri('midterm control 1', 'рубежный контроль 1', 'аралық бақылау 1'),
  midterm2: tri('midterm control 2', 'рубежный контроль 2', 'аралық бақылау 2'),
  session: tri('examination session', 'экзаменационная сессия', 'емтихан сессиясы'),
  summerSemester: tri('summer semester', 'летний семестр', 'жазғы семестр'),
  holiday: tri('holiday', 'каникулы', 'демалыс'),
  registration: tri('registration', 'регистрация на дисциплины', 'пәндерге тіркелу'),
} as const;

export const STUDY_FORM_OR_ALL_OPTIONS = {
  ...STUDY_FORM_OPTIONS,
  all: tri('all', 'все', 'барлығы'),
} as const;

export const SETTING_GROUP_OPTIONS = {
  general: tri('general', 'общие', 'жалпы'),
  grades: tri('grades', 'оценки', 'бағалар'),
  gpa: tri('GPA', 'GPA', 'GPA'),
  credits: tri('credits', 'кредиты', 'кредиттер'),
  sizes: tri('stream and group sizes', 'размеры потоков и групп', 'ағын мен топ мөлшері'),
  calendar: tri('calendar', 'календарь', 'күнтізбе'),
  registration: tri('registration', 'регистрация', 'тіркеу'),
  appeals: tri('appeals', 'апелляции', 'апелляциялар'),
  mobility: tri('mobility', 'мобильность', 'ұтқырлық'),
  records: tri('records', 'документооборот', 'іс қағаздары'),
  ratings: tri('ratings', 'рейтинги', 'рейтингтер'),
} as const;
