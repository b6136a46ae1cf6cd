// The approved 2022–2023 work plan of the Registrar's Office (27 items, sections A–E) in Kazakh, Russian (the original) and English.

import type { Trilingual } from '../types';

export type PlanSection = 'A' | 'B' | 'C' | 'D' | 'E';
export const PLAN_SECTIONS: readonly PlanSection[] = ['A', 'B', 'C', 'D', 'E'];

/** Who shares an item with the head of the office, as the original names them. */
export type CoResponsible = '' | 'deans' | 'specialists';

export interface SeedPlanItem {
  no: string;
  section: PlanSection;
  text: Trilingual;
  /** The deadline as written (Russian: the original wording). */
  deadline: Trilingual;
  coResponsible: CoResponsible;
}

/** First calendar year of the academic year the seed's wordings were written for (2022-2023). */
export const SEED_PLAN_START_YEAR = 2022;

export const SECTION_TITLES: Readonly<Record<PlanSection, Trilingual>> = {
  A: {
    ru: 'Организация и проведение регистрации обучающихся на дисциплины и преподавателей',
    kk: 'Білім алушыларды пәндерге және оқытушыларға тіркеуді ұйымдастыру және өткізу',
    en: 'Registration of students for disciplines and teachers',
  },
  B: {
    ru: 'Организация и проведение текущего контроля, промежуточной и итоговой аттестации обучающихся',
    kk: 'Білім алушылардың ағымдағы бақылауын, аралық және қорытынды аттестаттауын ұйымдастыру және өткізу',
    en: 'Current control, intermediate and final attestation of students',
  },
  C: { ru: 'Результаты обучения', kk: 'Оқыту нәтижелері', en: 'Learning outcomes' },
  D: { ru: 'Академическая мобильность обучающихся', kk: 'Білім алушылардың академиялық ұтқырлығы', en: 'Academic mobility of students' },
  E: { ru: 'Ведение документации и подготовка отчетов', kk: 'Құжаттаманы жүргізу және есептер дайындау', en: 'Records management and reporting' },
};

const item = (no: number, section: PlanSection, ru: string, kk: string, en: string, deadline: [string, string, string], coResponsible: CoResponsible = ''): SeedPlanItem => ({
  no: String(no),
  section,
  text: { ru, kk, en },
  deadline: { ru: deadline[0], kk: deadline[1], en: deadline[2] },
  coResponsible,
});

export const SEED_PLAN: readonly SeedPlanItem[] = [
  item(1, 'A', 'Представление на утверждение списка эдвайзеров академических потоков', 'Академиялық ағындар эдвайзерлерінің тізімін бекітуге ұсыну', 'Submit for approval the list of advisors of the academic streams', ['Август-сентябрь 2022г', '2022 ж. тамыз–қыркүйек', 'August–September 2022'], 'deans'),
  item(2, 'A', 'Организация записи обучающихся на учебные дисциплины и преподавателей 2-5 курсов', '2–5 курс білім алушыларының оқу пәндеріне және оқытушыларға жазылуын ұйымдастыру', 'Organise the enrolment of 2nd–5th-year students in disciplines and teachers', ['Апрель 2023г.', '2023 ж. сәуір', 'April 2023'], 'deans'),
  item(3, 'A', 'Организация записи обучающихся на учебные дисциплины и преподавателей 1 курса, восстановленных или переведенных из других вузов', '1 курс білім алушыларының, сондай-ақ қайта қабылданған немесе басқа ЖОО-дан ауысқан білім алушылардың оқу пәндеріне және оқытушыларға жазылуын ұйымдастыру', 'Organise the enrolment of 1st-year students, and of students reinstated or transferred from other universities, in disciplines and teachers', ['Август 2022г Апрель 2023г', '2022 ж. тамыз, 2023 ж. сәуір', 'August 2022, April 2023'], 'deans'),
  item(4, 'A', 'Формирование академических потоков и групп', 'Академиялық ағындар мен топтарды қалыптастыру', 'Form academic streams and groups', ['Апрель 2023г.', '2023 ж. сәуір', 'April 2023'], 'deans'),
  item(5, 'A', 'Регистрация индивидуальных учебных планов обучающихся', 'Білім алушылардың жеке оқу жоспарларын тіркеу', "Register students' individual study plans", ['Май, август 2023г', '2023 ж. мамыр, тамыз', 'May, August 2023']),
  item(6, 'A', 'Анализ и обработка информации по итогам регистрации и подготовка отчета для руководства университета, Ученого совета и ректората', 'Тіркеу қорытындысы бойынша ақпаратты талдау және өңдеу, университет басшылығы, Ғылыми кеңес және ректорат үшін есеп дайындау', 'Analyse the results of registration and prepare a report for the university leadership, the Academic Council and the rectorate', ['Май, август 2023г', '2023 ж. мамыр, тамыз', 'May, August 2023']),
  item(7, 'B', 'Утверждение состава апелляционных комиссий по дисциплинам', 'Пәндер бойынша апелляциялық комиссиялардың құрамын бекіту', 'Approve the appeal commissions for each discipline', ['за две недели до очередной промежуточной и итоговой аттестации', 'кезекті аралық және қорытынды аттестаттаудан екі апта бұрын', 'two weeks before each intermediate and final attestation'], 'deans'),
  item(8, 'B', 'Составление расписаний занятий осеннего и весеннего семестра (очное, вечернее, магистратура)', 'Күзгі және көктемгі семестрлердің сабақ кестелерін құру (күндізгі, кешкі, магистратура)', "Compile the class schedules of the autumn and spring semesters (full-time, evening, master's)", ['за две недели до очередного семестра', 'кезекті семестрден екі апта бұрын', 'two weeks before each semester'], 'specialists'),
  item(9, 'B', 'Составление и утверждение расписаний занятий по каждому семестру', 'Әр семестр бойынша сабақ кестелерін құру және бекіту', 'Compile and approve the class schedule of each semester', ['За один месяц на каждом семестре Август 2022г, январь 2023г', 'әр семестрден бір ай бұрын: 2022 ж. тамыз, 2023 ж. қаңтар', 'one month ahead of each semester: August 2022, January 2023'], 'deans'),
  item(10, 'B', 'Составление расписаний зимней и летней экзаменационных сессий (очное, вечернее, магистратура)', 'Қысқы және жазғы емтихан сессияларының кестелерін құру (күндізгі, кешкі, магистратура)', "Compile the schedules of the winter and summer examination sessions (full-time, evening, master's)", ['Ноябрь 2022г, Апрель 2023г', '2022 ж. қараша, 2023 ж. сәуір', 'November 2022, April 2023'], 'deans'),
  item(11, 'B', 'Контроль за проведением промежуточной и итоговой аттестации', 'Аралық және қорытынды аттестаттаудың өткізілуін бақылау', 'Monitor the conduct of intermediate and final attestation', ['согласно академического календаря и расписания итоговой аттестации', 'академиялық күнтізбеге және қорытынды аттестаттау кестесіне сәйкес', 'per the academic calendar and the final-attestation schedule']),
  item(12, 'B', 'Формирование, учет и хранение ведомостей академической успеваемости, в том числе по индивидуальным срокам (направления) сдачи сессии', 'Академиялық үлгерім ведомостарын, соның ішінде сессияны жеке мерзімде тапсыру (жолдамалар) бойынша ведомостарды қалыптастыру, есепке алу және сақтау', 'Form, record and keep grade statements, including those for individual sitting dates (referrals)', ['согласно расписанию промежуточной и итоговой аттестации', 'аралық және қорытынды аттестаттау кестесіне сәйкес', 'per the schedule of intermediate and final attestation']),
  item(13, 'B', 'Организация расчета академического рейтинга обучающихся, группы и ППС университета', 'Университеттің білім алушылары, топтары және ПОҚ академиялық рейтингін есептеуді ұйымдастыру', 'Organise the calculation of the academic rating of students, groups and teaching staff', ['Январь, июнь 2023г', '2023 ж. қаңтар, маусым', 'January, June 2023']),
  item(14, 'B', 'Организация работы по ликвидации академической задолженности обучающихся (регистрация обучающихся на повторное изучение дисциплин, формирование академических потоков на дисциплины)', 'Білім алушылардың академиялық қарызын жою жұмысын ұйымдастыру (білім алушыларды пәндерді қайта оқуға тіркеу, пәндер бойынша академиялық ағындарды қалыптастыру)', 'Organise the clearing of academic debts (register students for re-study of disciplines, form academic streams for those disciplines)', ['Сентябрь 2022г, Январь, июнь 2023г', '2022 ж. қыркүйек, 2023 ж. қаңтар, маусым', 'September 2022, January, June 2023'], 'deans'),
  item(15, 'B', 'Составление расписаний летнего семестра для ликвидации академических задолженностей и разницы', 'Академиялық қарыздар мен айырманы жою үшін жазғы семестр кестелерін құру', 'Compile the summer-semester schedules for clearing academic debts and academic differences', ['Июнь 2023г', '2023 ж. маусым', 'June 2023']),
  item(16, 'C', 'Мониторинг учебных достижений обучающихся по итогам 1-2 рубежного контроля', '1–2 аралық бақылау қорытындысы бойынша білім алушылардың оқу жетістіктерін мониторингтеу', "Monitor students' achievement after the 1st and 2nd midterm controls", ['не позднее 2-х дней после проведения рубежного контроля согласно академическому календарю', 'академиялық күнтізбеге сәйкес әр аралық бақылаудан кейін 2 күннен кешіктірмей', 'no later than 2 days after each midterm control, per the academic calendar']),
  item(17, 'C', 'Организация формирования и выдачи транскриптов обучающихся', 'Білім алушылардың транскриптерін қалыптастыру және беруді ұйымдастыру', 'Organise the forming and issuing of student transcripts', ['по запросу', 'сұраныс бойынша', 'on request']),
  item(18, 'C', 'Составление отчета успеваемости по итогам каждого семестра', 'Әр семестрдің қорытындысы бойынша үлгерім есебін құру', 'Compile the performance report for each semester', ['не позднее 1 месяца после зимней, весенней и летней сессий', 'қысқы, көктемгі және жазғы сессиялардан кейін 1 айдан кешіктірмей', 'no later than 1 month after the winter, spring and summer sessions']),
  item(19, 'C', 'Анализ и обработка информации по итогам промежуточной и итоговой аттестации и подготовка отчета для руководства университета, Ученого совета и ректората', 'Аралық және қорытынды аттестаттау қорытындысы бойынша ақпаратты талдау және өңдеу, университет басшылығы, Ғылыми кеңес және ректорат үшін есеп дайындау', 'Analyse the results of intermediate and final attestation and prepare a report for the university leadership, the Academic Council and the rectorate', ['июнь, июль 2023 г.', '2023 ж. маусым, шілде', 'June, July 2023']),
  item(20, 'D', 'Поиск и заключение договоров с вузами Казахстана по внутренней академической мобильности', 'Ішкі академиялық ұтқырлық бойынша Қазақстан ЖОО-ларымен шарттар іздеу және жасасу', 'Find and sign agreements with Kazakhstan universities on domestic academic mobility', ['Тұрақты түрде', 'Тұрақты түрде', 'continuously']),
  item(21, 'D', 'Утверждение списка претендентов для внутренней академической мобильности совместно с координаторами', 'Үйлестірушілермен бірлесіп ішкі академиялық ұтқырлыққа үміткерлер тізімін бекіту', 'Approve, with the coordinators, the list of candidates for domestic academic mobility', ['Ноябрь 2022г. Август 2022г.', '2022 ж. қараша, 2022 ж. тамыз', 'November 2022, August 2022'], 'deans'),
  item(22, 'D', 'Перезачет изученных кредитов обучающихся', 'Білім алушылардың меңгерген кредиттерін қайта есепке алу', 'Re-credit the credits students earned elsewhere', ['Январь, июнь 2023г', '2023 ж. қаңтар, маусым', 'January, June 2023'], 'deans'),
  item(23, 'E', 'Прием, регистрация и исполнение входящих документов', 'Кіріс құжаттарын қабылдау, тіркеу және орындау', 'Receive, register and execute incoming documents', ['при входящей документации', 'кіріс құжаттар түскен сайын', 'as documents arrive']),
  item(24, 'E', 'Подготовка, регистрация и рассылка исходящих документов', 'Шығыс құжаттарын дайындау, тіркеу және жөнелту', 'Prepare, register and send outgoing documents', ['при исходящей документации', 'шығыс құжаттар жөнелтілген сайын', 'as documents are sent']),
  item(25, 'E', 'Подготовка материалов по направлениям деятельности ОР для рассмотрения на заседаниях Ученого совета, ректората и других коллегиальных органов управления по согласованию с проректором по АВ', 'Тіркеу офисінің қызмет бағыттары бойынша материалдарды Ғылыми кеңес, ректорат және басқа да алқалы басқару органдарының отырыстарында қарау үшін академиялық мәселелер жөніндегі проректормен келісе отырып дайындау', "Prepare materials on the office's areas of work for the meetings of the Academic Council, the rectorate and other collegial bodies, agreed with the vice-rector for academic affairs", ['согласно плана университета, Ученого совета, ректората', 'университеттің, Ғылыми кеңестің, ректораттың жоспарларына сәйкес', 'per the plans of the university, the Academic Council and the rectorate']),
  item(26, 'E', 'Подготовка информации по поручению руководства университета по согласованию с проректором по АВ', 'Университет басшылығының тапсырмасы бойынша ақпаратты академиялық мәселелер жөніндегі проректормен келісе отырып дайындау', 'Prepare information on the instructions of the university leadership, agreed with the vice-rector for academic affairs', ['по поручению', 'тапсырма бойынша', 'on instruction']),
  item(27, 'E', 'Подготовка текущих и годовых отчетов о результатах работы по направлениям деятельности ОР', 'Тіркеу офисінің қызмет бағыттары бойынша жұмыс нәтижелері туралы ағымдағы және жылдық есептерді дайындау', "Prepare current and annual reports on the results of the office's work", ['июль, август 2023 г.', '2023 ж. шілде, тамыз', 'July, August 2023']),
];
