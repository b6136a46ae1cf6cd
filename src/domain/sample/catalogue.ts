// The sample university's catalogue: faculties, departments, programmes (real-style codes) and discipline names in kk/ru/en.

import type { Lang, Level, StudyForm, Trilingual } from '../types';

const tri = (en: string, ru: string, kk: string): Trilingual => ({ en, ru, kk });

export interface FacultySeed {
  code: string;
  name: Trilingual;
  departments: Array<{ code: string; name: Trilingual }>;
  /** Discipline names taught by the faculty's departments (basic and profile), shared by its programmes. */
  topics: Trilingual[];
}

export const UNIVERSITY_NAME = tri(
  'Kh. Dosmukhamedov Atyrau University',
  'Атырауский университет имени Х. Досмухамедова',
  'Х. Досмұхамедов атындағы Атырау университеті',
);

export const FACULTIES: readonly FacultySeed[] = [
  {
    code: 'FMIT',
    name: tri('Faculty of Physics, Mathematics and Information Technology', 'Факультет физики, математики и информационных технологий', 'Физика, математика және ақпараттық технологиялар факультеті'),
    departments: [
      { code: 'MAT', name: tri('Department of Mathematics', 'Кафедра математики', 'Математика кафедрасы') },
      { code: 'CS', name: tri('Department of Computer Science', 'Кафедра информатики', 'Информатика кафедрасы') },
    ],
    topics: [
      tri('Mathematical Analysis', 'Математический анализ', 'Математикалық талдау'),
      tri('Algebra and Number Theory', 'Алгебра и теория чисел', 'Алгебра және сандар теориясы'),
      tri('Analytic Geometry', 'Аналитическая геометрия', 'Аналитикалық геометрия'),
      tri('Differential Equations', 'Дифференциальные уравнения', 'Дифференциалдық теңдеулер'),
      tri('Probability Theory and Statistics', 'Теория вероятностей и статистика', 'Ықтималдықтар теориясы және статистика'),
      tri('Discrete Mathematics', 'Дискретная математика', 'Дискретті математика'),
      tri('Programming Fundamentals', 'Основы программирования', 'Бағдарламалау негіздері'),
      tri('Algorithms and Data Structures', 'Алгоритмы и структуры данных', 'Алгоритмдер және деректер құрылымы'),
      tri('Databases', 'Базы данных', 'Деректер қоры'),
      tri('Computer Networks', 'Компьютерные сети', 'Компьютерлік желілер'),
      tri('Web Development', 'Веб-разработка', 'Веб-әзірлеу'),
      tri('Operating Systems', 'Операционные системы', 'Операциялық жүйелер'),
      tri('Information Security', 'Информационная безопасность', 'Ақпараттық қауіпсіздік'),
      tri('Numerical Methods', 'Численные методы', 'Сандық әдістер'),
      tri('General Physics', 'Общая физика', 'Жалпы физика'),
      tri('Methods of Teaching Mathematics', 'Методика преподавания математики', 'Математиканы оқыту әдістемесі'),
      tri('Machine Learning', 'Машинное обучение', 'Машиналық оқыту'),
      tri('Software Engineering', 'Программная инженерия', 'Бағдарламалық инженерия'),
    ],
  },
  {
    code: 'FPH',
    name: tri('Faculty of Philology', 'Филологический факультет', 'Филология факультеті'),
    departments: [
      { code: 'KLL', name: tri('Department of Kazakh Language and Literature', 'Кафедра казахского языка и литературы', 'Қазақ тілі мен әдебиеті кафедрасы') },
      { code: 'FLL', name: tri('Department of Foreign Languages', 'Кафедра иностранных языков', 'Шетел тілдері кафедрасы') },
    ],
    topics: [
      tri('Introduction to Linguistics', 'Введение в языкознание', 'Тіл біліміне кіріспе'),
      tri('Modern Kazakh Language', 'Современный казахский язык', 'Қазіргі қазақ тілі'),
      tri('History of Kazakh Literature', 'История казахской литературы', 'Қазақ әдебиетінің тарихы'),
      tri('Literary Theory', 'Теория литературы', 'Әдебиет теориясы'),
      tri('Practical English Course', 'Практический курс английского языка', 'Ағылшын тілінің практикалық курсы'),
      tri('Second Foreign Language (German)', 'Второй иностранный язык (немецкий)', 'Екінші шетел тілі (неміс)'),
      tri('Theory of Translation', 'Теория перевода', 'Аударма теориясы'),
      tri('Stylistics', 'Стилистика', 'Стилистика'),
      tri('Folklore Studies', 'Фольклористика', 'Фольклортану'),
      tri('Modern Russian Language', 'Современный русский язык', 'Қазіргі орыс тілі'),
      tri('Russian Literature', 'Русская литература', 'Орыс әдебиеті'),
      tri('Methods of Teaching Languages', 'Методика преподавания языков', 'Тілдерді оқыту әдістемесі'),
      tri('Text Linguistics', 'Лингвистика текста', 'Мәтін лингвистикасы'),
      tri('Rhetoric', 'Риторика', 'Шешендік өнер'),
      tri('Comparative Grammar', 'Сравнительная грамматика', 'Салыстырмалы грамматика'),
    ],
  },
  {
    code: 'FHL',
    name: tri('Faculty of History and Law', 'Факультет истории и права', 'Тарих және құқық факультеті'),
    departments: [
      { code: 'HIS', name: tri('Department of History', 'Кафедра истории', 'Тарих кафедрасы') },
      { code: 'LAW', name: tri('Department of Law', 'Кафедра юриспруденции', 'Құқықтану кафедрасы') },
    ],
    topics: [
      tri('Ancient and Medieval History of Kazakhstan', 'Древняя и средневековая история Казахстана', 'Қазақстанның ежелгі және ортағасырлық тарихы'),
      tri('World History', 'Всемирная история', 'Дүниежүзі тарихы'),
      tri('Archaeology', 'Археология', 'Археология'),
      tri('Source Studies', 'Источниковедение', 'Деректану'),
      tri('Theory of State and Law', 'Теория государства и права', 'Мемлекет және құқық теориясы'),
      tri('Constitutional Law of the Republic of Kazakhstan', 'Конституционное право Республики Казахстан', 'Қазақстан Республикасының конституциялық құқығы'),
      tri('Civil Law', 'Гражданское право', 'Азаматтық құқық'),
      tri('Criminal Law', 'Уголовное право', 'Қылмыстық құқық'),
      tri('Administrative Law', 'Административное право', 'Әкімшілік құқық'),
      tri('Labour Law', 'Трудовое право', 'Еңбек құқығы'),
      tri('Civil Procedure', 'Гражданский процесс', 'Азаматтық іс жүргізу'),
      tri('International Law', 'Международное право', 'Халықаралық құқық'),
      tri('Ethnology', 'Этнология', 'Этнология'),
      tri('Historiography', 'Историография', 'Тарихнама'),
    ],
  },
  {
    code: 'FEB',
    name: tri('Faculty of Economics and Business', 'Факультет экономики и бизнеса', 'Экономика және бизнес факультеті'),
    departments: [
      { code: 'ECO', name: tri('Department of Economics', 'Кафедра экономики', 'Экономика кафедрасы') },
      { code: 'FIN', name: tri('Department of Finance and Accounting', 'Кафедра финансов и учёта', 'Қаржы және есеп кафедрасы') },
    ],
    topics: [
      tri('Microeconomics', 'Микроэкономика', 'Микроэкономика'),
      tri('Macroeconomics', 'Макроэкономика', 'Макроэкономика'),
      tri('Econometrics', 'Эконометрика', 'Эконометрика'),
      tri('Management', 'Менеджмент', 'Менеджмент'),
      tri('Marketing', 'Маркетинг', 'Маркетинг'),
      tri('Financial Accounting', 'Финансовый учёт', 'Қаржылық есеп'),
      tri('Audit', 'Аудит', 'Аудит'),
      tri('Corporate Finance', 'Корпоративные финансы', 'Корпоративтік қаржы'),
      tri('Money, Credit and Banks', 'Деньги, кредит, банки', 'Ақша, несие, банктер'),
      tri('Taxes and Taxation', 'Налоги и налогообложение', 'Салықтар және салық салу'),
      tri('Economics of Enterprise', 'Экономика предприятия', 'Кәсіпорын экономикасы'),
      tri('Statistics', 'Статистика', 'Статистика'),
      tri('Investment Analysis', 'Инвестиционный анализ', 'Инвестициялық талдау'),
      tri('Economics of the Oil and Gas Industry', 'Экономика нефтегазовой отрасли', 'Мұнай-газ саласының экономикасы'),
    ],
  },
  {
    code: 'FPP',
    name: tri('Faculty of Pedagogy and Psychology', 'Факультет педагогики и психологии', 'Педагогика және психология факультеті'),
    departments: [
      { code: 'PED', name: tri('Department of Pedagogy', 'Кафедра педагогики', 'Педагогика кафедрасы') },
      { code: 'PSY', name: tri('Department of Psychology', 'Кафедра психологии', 'Психология кафедрасы') },
    ],
    topics: [
      tri('Pedagogy', 'Педагогика', 'Педагогика'),
      tri('General Psychology', 'Общая психология', 'Жалпы психология'),
      tri('Developmental Psychology', 'Возрастная психология', 'Жас ерекшелік психологиясы'),
      tri('Inclusive Education', 'Инклюзивное образование', 'Инклюзивті білім беру'),
      tri('Theory and Methods of Upbringing', 'Теория и методика воспитания', 'Тәрбие теориясы мен әдістемесі'),
      tri('Preschool Pedagogy', 'Дошкольная педагогика', 'Мектепке дейінгі педагогика'),
      tri('Methods of Primary Teaching', 'Методика начального обучения', 'Бастауыш оқыту әдістемесі'),
      tri('Social Psychology', 'Социальная психология', 'Әлеуметтік психология'),
      tri('Educational Management', 'Управление образованием', 'Білім беруді басқару'),
      tri('Pedagogical Diagnostics', 'Педагогическая диагностика', 'Педагогикалық диагностика'),
      tri('Digital Technologies in Education', 'Цифровые технологии в образовании', 'Білім берудегі цифрлық технологиялар'),
      tri('Psychological Counselling', 'Психологическое консультирование', 'Психологиялық кеңес беру'),
      tri('Ethnopedagogy', 'Этнопедагогика', 'Этнопедагогика'),
    ],
  },
  {
    code: 'FEN',
    name: tri('Faculty of Engineering and Natural Sciences', 'Инженерно-естественнонаучный факультет', 'Инженерлік-жаратылыстану факультеті'),
    departments: [
      { code: 'PET', name: tri('Department of Petroleum Engineering', 'Кафедра нефтегазового дела', 'Мұнай-газ ісі кафедрасы') },
      { code: 'CHB', name: tri('Department of Chemistry and Biology', 'Кафедра химии и биологии', 'Химия және биология кафедрасы') },
    ],
    topics: [
      tri('Engineering Graphics', 'Инженерная графика', 'Инженерлік графика'),
      tri('Fundamentals of Oil and Gas Business', 'Основы нефтегазового дела', 'Мұнай-газ ісінің негіздері'),
      tri('Oil and Gas Field Geology', 'Нефтегазопромысловая геология', 'Мұнай-газ кәсіпшілік геологиясы'),
      tri('Drilling of Oil and Gas Wells', 'Бурение нефтяных и газовых скважин', 'Мұнай және газ ұңғымаларын бұрғылау'),
      tri('Oil and Gas Production', 'Разработка и эксплуатация месторождений', 'Кен орындарын игеру және пайдалану'),
      tri('Pipeline Transport', 'Трубопроводный транспорт', 'Құбыр көлігі'),
      tri('General Chemistry', 'Общая химия', 'Жалпы химия'),
      tri('Organic Chemistry', 'Органическая химия', 'Органикалық химия'),
      tri('Analytical Chemistry', 'Аналитическая химия', 'Аналитикалық химия'),
      tri('Physical Chemistry', 'Физическая химия', 'Физикалық химия'),
      tri('Botany', 'Ботаника', 'Ботаника'),
      tri('Zoology', 'Зоология', 'Зоология'),
      tri('Ecology of the Caspian Region', 'Экология Прикаспийского региона', 'Каспий өңірінің экологиясы'),
      tri('Industrial Safety', 'Промышленная безопасность', 'Өнеркәсіптік қауіпсіздік'),
      tri('Chemical Technology of Petroleum', 'Химическая технология нефти', 'Мұнайдың химиялық технологиясы'),
    ],
  },
];

/** The general-education department teaching the ООД module (history, philosophy, languages, ICT). */
export const GENERAL_DEPARTMENT = {
  code: 'GEN',
  facultyCode: 'FHL',
  name: tri('Department of General Education Disciplines', 'Кафедра общеобразовательных дисциплин', 'Жалпы білім беретін пәндер кафедрасы'),
};

/** The ООД (general) disciplines every bachelor takes, with the year and semester they belong to. */
export const GENERAL_DISCIPLINES: ReadonlyArray<{ code: string; name: Trilingual; year: number; semester: 1 | 2; lab: boolean; lecture: boolean }> = [
  { code: 'GEN-101', name: tri('Modern History of Kazakhstan', 'Современная история Казахстана', 'Қазақстанның қазіргі заманғы тарихы'), year: 1, semester: 1, lab: false, lecture: true },
  { code: 'GEN-102', name: tri('Foreign Language 1', 'Иностранный язык 1', 'Шетел тілі 1'), year: 1, semester: 1, lab: false, lecture: false },
  { code: 'GEN-103', name: tri('Kazakh (Russian) Language 1', 'Казахский (русский) язык 1', 'Қазақ (орыс) тілі 1'), year: 1, semester: 1, lab: false, lecture: false },
  { code: 'GEN-104', name: tri('Information and Communication Technologies', 'Информационно-коммуникационные технологии', 'Ақпараттық-коммуникациялық технологиялар'), year: 1, semester: 1, lab: true, lecture: true },
  { code: 'GEN-105', name: tri('Philosophy', 'Философия', 'Философия'), year: 1, semester: 2, lab: false, lecture: true },
  { code: 'GEN-106', name: tri('Foreign Language 2', 'Иностранный язык 2', 'Шетел тілі 2'), year: 1, semester: 2, lab: false, lecture: false },
  { code: 'GEN-107', name: tri('Kazakh (Russian) Language 2', 'Казахский (русский) язык 2', 'Қазақ (орыс) тілі 2'), year: 1, semester: 2, lab: false, lecture: false },
  { code: 'GEN-201', name: tri('Socio-Political Knowledge Module 1 (Sociology, Political Science)', 'Модуль социально-политических знаний 1 (социология, политология)', 'Әлеуметтік-саяси білім модулі 1 (әлеуметтану, саясаттану)'), year: 2, semester: 1, lab: false, lecture: true },
  { code: 'GEN-202', name: tri('Socio-Political Knowledge Module 2 (Culturology, Psychology)', 'Модуль социально-политических знаний 2 (культурология, психология)', 'Әлеуметтік-саяси білім модулі 2 (мәдениеттану, психология)'), year: 2, semester: 2, lab: false, lecture: true },
];

export interface ProgrammeSeed {
  code: string;
  name: Trilingual;
  facultyCode: string;
  departmentCode: string;
  level: Level;
  languages: Lang[];
  studyForm: StudyForm;
  /** Relative share of the university's students. */
  weight: number;
}

const p = (
  code: string,
  name: Trilingual,
  facultyCode: string,
  departmentCode: string,
  languages: Lang[],
  weight: number,
  level: Level = 'bachelor',
  studyForm: StudyForm = 'fulltime',
): ProgrammeSeed => ({ code, name, facultyCode, departmentCode, languages, weight, level, studyForm });

export const PROGRAMMES: readonly ProgrammeSeed[] = [
  p('6B01501', tri('Mathematics (teacher education)', 'Математика (педагогическое)', 'Математика (педагогикалық)'), 'FMIT', 'MAT', ['kk', 'ru'], 5),
  p('6B01502', tri('Physics (teacher education)', 'Физика (педагогическое)', 'Физика (педагогикалық)'), 'FMIT', 'MAT', ['kk'], 3),
  p('6B01503', tri('Informatics (teacher education)', 'Информатика (педагогическое)', 'Информатика (педагогикалық)'), 'FMIT', 'CS', ['kk', 'ru'], 5),
  p('6B06101', tri('Information Systems', 'Информационные системы', 'Ақпараттық жүйелер'), 'FMIT', 'CS', ['kk', 'ru', 'en'], 8),
  p('6B06102', tri('Computer Science and Software Engineering', 'Вычислительная техника и программное обеспечение', 'Есептеу техникасы және бағдарламалық қамтамасыз ету'), 'FMIT', 'CS', ['kk', 'ru'], 6),
  p('6B01701', tri('Kazakh Language and Literature', 'Казахский язык и литература', 'Қазақ тілі мен әдебиеті'), 'FPH', 'KLL', ['kk'], 5),
  p('6B01702', tri('Russian Language and Literature', 'Русский язык и литература', 'Орыс тілі мен әдебиеті'), 'FPH', 'KLL', ['ru'], 3),
  p('6B01703', tri('Foreign Language: Two Foreign Languages', 'Иностранный язык: два иностранных языка', 'Шетел тілі: екі шетел тілі'), 'FPH', 'FLL', ['kk', 'ru', 'en'], 6),
  p('6B02301', tri('Translation Studies', 'Переводческое дело', 'Аударма ісі'), 'FPH', 'FLL', ['kk', 'ru'], 3),
  p('6B01601', tri('History', 'История', 'Тарих'), 'FHL', 'HIS', ['kk', 'ru'], 4),
  p('6B04201', tri('Jurisprudence', 'Юриспруденция', 'Құқықтану'), 'FHL', 'LAW', ['kk', 'ru'], 8),
  p('6B04202', tri('Jurisprudence (evening study)', 'Юриспруденция (вечерняя форма)', 'Құқықтану (кешкі оқу)'), 'FHL', 'LAW', ['ru'], 2, 'bachelor', 'evening'),
  p('6B04101', tri('Economics', 'Экономика', 'Экономика'), 'FEB', 'ECO', ['kk', 'ru'], 6),
  p('6B04102', tri('Accounting and Audit', 'Учёт и аудит', 'Есеп және аудит'), 'FEB', 'FIN', ['kk', 'ru'], 5),
  p('6B04103', tri('Finance', 'Финансы', 'Қаржы'), 'FEB', 'FIN', ['kk', 'ru'], 4),
  p('6B04104', tri('Economics (evening study)', 'Экономика (вечерняя форма)', 'Экономика (кешкі оқу)'), 'FEB', 'ECO', ['ru'], 2, 'bachelor', 'evening'),
  p('6B01101', tri('Pedagogy and Psychology', 'Педагогика и психология', 'Педагогика және психология'), 'FPP', 'PSY', ['kk', 'ru'], 6),
  p('6B01201', tri('Preschool Education and Upbringing', 'Дошкольное обучение и воспитание', 'Мектепке дейінгі оқыту және тәрбиелеу'), 'FPP', 'PED', ['kk'], 4),
  p('6B01301', tri('Pedagogy and Methods of Primary Education', 'Педагогика и методика начального обучения', 'Бастауышта оқыту педагогикасы мен әдістемесі'), 'FPP', 'PED', ['kk', 'ru'], 6),
  p('6B07201', tri('Petroleum Engineering', 'Нефтегазовое дело', 'Мұнай-газ ісі'), 'FEN', 'PET', ['kk', 'ru', 'en'], 9),
  p('6B07101', tri('Chemical Technology of Organic Substances', 'Химическая технология органических веществ', 'Органикалық заттардың химиялық технологиясы'), 'FEN', 'CHB', ['kk', 'ru'], 3),
  p('6B05301', tri('Chemistry', 'Химия', 'Химия'), 'FEN', 'CHB', ['kk'], 2),
  p('6B05101', tri('Biology', 'Биология', 'Биология'), 'FEN', 'CHB', ['kk', 'ru'], 3),
  p('7M01501', tri('Mathematics (master)', 'Математика (магистратура)', 'Математика (магистратура)'), 'FMIT', 'MAT', ['kk', 'ru'], 1, 'master', 'masters'),
  p('7M06101', tri('Information Systems (master)', 'Информационные системы (магистратура)', 'Ақпараттық жүйелер (магистратура)'), 'FMIT', 'CS', ['ru', 'en'], 1.5, 'master', 'masters'),
  p('7M04101', tri('Economics (master)', 'Экономика (магистратура)', 'Экономика (магистратура)'), 'FEB', 'ECO', ['kk', 'ru'], 1, 'master', 'masters'),
  p('7M01701', tri('Kazakh Philology (master)', 'Казахская филология (магистратура)', 'Қазақ филологиясы (магистратура)'), 'FPH', 'KLL', ['kk'], 1, 'master', 'masters'),
  p('7M07201', tri('Petroleum Engineering (master)', 'Нефтегазовое дело (магистратура)', 'Мұнай-газ ісі (магистратура)'), 'FEN', 'PET', ['ru', 'en'], 1.5, 'master', 'masters'),
];
