import { mapTranslations, type SeedDocument, type Translations } from '../engine';
import { toBlocks } from '../blocks';
import { many } from '../refs';
import type { ResourceKind } from '@integra/contract/resource-kinds';

interface ResourceText {
  title: string;
  summary: string;
  body?: string;
}

interface ResourceFacts {
  kind: ResourceKind;
  /** A generated demo PDF (see seed/media.ts), or an external URL, or both. */
  file?: string;
  url?: string;
  published: string;
  topics: string[];
  languages: string[];
}

const resource = (facts: ResourceFacts, text: Translations<ResourceText>): SeedDocument => ({
  text: mapTranslations(text, (t) => ({
    title: t.title,
    summary: t.summary,
    ...(t.body ? { body: toBlocks(t.body) } : {}),
    ...(facts.file ? { files: many('file', facts.file) } : {}),
    ...(facts.url ? { externalUrl: facts.url } : {}),
  })),
  shared: {
    kind: facts.kind,
    publicationDate: facts.published,
    topics: many('topic', ...facts.topics),
    languages: many('language', ...facts.languages),
  },
});

export const RESOURCES: SeedDocument[] = [
  resource(
    {
      kind: 'guide',
      file: 'demo-first-steps-in-latvia.pdf',
      published: '2025-09-01',
      topics: ['uzturesanas-atlaujas', 'nodarbinatiba'],
      languages: ['lv', 'en'],
    },
    {
      lv: {
        title: 'Pirmie soļi Latvijā: rokasgrāmata iebraucējiem',
        summary: 'Dzīvesvietas deklarēšana, personas kods, bankas konts, ģimenes ārsts un citi pirmie darbi pēc ierašanās.',
        body: 'Rokasgrāmatā soli pa solim aprakstīts, kas jāizdara pirmajās nedēļās Latvijā, un norādīts, kur meklēt palīdzību.',
      },
      en: {
        title: 'First steps in Latvia: a guide for newcomers',
        summary: 'Declaring your address, the personal code, a bank account, a family doctor and other first tasks after arrival.',
        body: 'The guide walks you through what to do in your first weeks in Latvia and where to find help.',
      },
      ru: {
        title: 'Первые шаги в Латвии: путеводитель для иммигрантов',
        summary: 'Декларирование места жительства, персональный код, банковский счёт, семейный врач и другие первые дела после приезда.',
        body: 'В путеводителе шаг за шагом описано, что нужно сделать в первые недели в Латвии и где искать помощь.',
      },
      uk: {
        title: 'Перші кроки в Латвії: путівник для іммігрантів',
        summary: 'Декларування місця проживання, персональний код, банківський рахунок, сімейний лікар та інші перші справи після приїзду.',
        body: 'У путівнику крок за кроком описано, що потрібно зробити в перші тижні в Латвії та де шукати допомогу.',
      },
    },
  ),
  resource(
    {
      kind: 'brochure',
      file: 'demo-learning-latvian.pdf',
      published: '2025-02-14',
      topics: ['latviesu-valodas-apguve'],
      languages: ['lv', 'en', 'ru'],
    },
    {
      lv: {
        title: 'Kur mācīties latviešu valodu',
        summary: 'Bezmaksas kursi, tiešsaistes rīki un sarunu klubi pieaugušajiem visā Latvijā.',
      },
      en: { title: 'Where to learn Latvian', summary: 'Free courses, online tools and conversation clubs for adults across Latvia.' },
      ru: {
        title: 'Где учить латышский язык',
        summary: 'Бесплатные курсы, онлайн-инструменты и разговорные клубы для взрослых по всей Латвии.',
      },
    },
  ),
  resource(
    {
      kind: 'form',
      file: 'demo-consultation-request-form.pdf',
      published: '2024-06-10',
      topics: ['uzturesanas-atlaujas'],
      languages: ['lv', 'en', 'ru'],
    },
    {
      lv: {
        title: 'Konsultācijas pieteikuma veidlapa',
        summary: 'Aizpildiet un atsūtiet veidlapu, lai pieteiktos individuālai konsultācijai.',
      },
      en: { title: 'Consultation request form', summary: 'Fill in and send the form to book a one-to-one consultation.' },
      ru: {
        title: 'Форма заявки на консультацию',
        summary: 'Заполните и отправьте форму, чтобы записаться на индивидуальную консультацию.',
      },
    },
  ),
  resource(
    {
      kind: 'video',
      url: 'https://video.example.lv/dzivesvietas-deklaresana',
      published: '2024-11-20',
      topics: ['uzturesanas-atlaujas'],
      languages: ['lv', 'ru'],
    },
    {
      lv: { title: 'Video: kā deklarēt dzīvesvietu', summary: 'Četru minūšu video par dzīvesvietas deklarēšanu tiešsaistē un klātienē.' },
      en: {
        title: 'Video: how to declare your place of residence',
        summary: 'A four-minute video on declaring your address online and in person.',
      },
      ru: {
        title: 'Видео: как задекларировать место жительства',
        summary: 'Четырёхминутное видео о декларировании места жительства онлайн и лично.',
      },
    },
  ),
  resource(
    {
      kind: 'link',
      url: 'https://www.latvija.gov.lv',
      published: '2023-03-01',
      topics: ['pilsoniska-lidzdaliba'],
      languages: ['lv', 'en'],
    },
    {
      lv: {
        title: 'Valsts pārvaldes pakalpojumu portāls Latvija.gov.lv',
        summary: 'Valsts un pašvaldību e-pakalpojumi vienuviet: deklarācijas, iesniegumi un izziņas.',
      },
      en: {
        title: 'Latvija.gov.lv, the state services portal',
        summary: 'State and municipal e-services in one place: declarations, applications and certificates.',
      },
      ru: {
        title: 'Портал государственных услуг Latvija.gov.lv',
        summary: 'Электронные услуги государства и самоуправлений в одном месте: декларации, заявления и справки.',
      },
    },
  ),
  resource(
    {
      kind: 'presentation',
      file: 'demo-rights-at-work.pdf',
      published: '2025-10-05',
      topics: ['nodarbinatiba'],
      languages: ['lv', 'en', 'ru'],
    },
    {
      lv: {
        title: 'Prezentācija: darba tiesības Latvijā',
        summary: 'Semināra slaidi par darba līgumu, darba laiku, atvaļinājumu un nodokļiem.',
      },
      en: {
        title: 'Presentation: rights at work in Latvia',
        summary: 'Workshop slides on employment contracts, working time, holidays and taxes.',
      },
      ru: {
        title: 'Презентация: трудовые права в Латвии',
        summary: 'Слайды семинара о трудовом договоре, рабочем времени, отпуске и налогах.',
      },
    },
  ),
  resource(
    {
      kind: 'guide',
      file: 'demo-temporary-protection-faq.pdf',
      published: '2025-04-22',
      topics: ['pagaidu-aizsardziba'],
      languages: ['lv', 'uk', 'ru'],
    },
    {
      lv: {
        title: 'Pagaidu aizsardzība: bieži uzdotie jautājumi',
        summary: 'Atbildes uz biežāk uzdotajiem jautājumiem par pagaidu aizsardzības statusu, darbu un pabalstiem.',
      },
      en: {
        title: 'Temporary protection: frequently asked questions',
        summary: 'Answers to the most common questions about temporary protection status, work and benefits.',
      },
      ru: {
        title: 'Временная защита: часто задаваемые вопросы',
        summary: 'Ответы на самые частые вопросы о статусе временной защиты, работе и пособиях.',
      },
      uk: {
        title: 'Тимчасовий захист: поширені запитання',
        summary: 'Відповіді на найпоширеніші запитання про статус тимчасового захисту, роботу та виплати.',
      },
    },
  ),
  resource(
    {
      kind: 'brochure',
      file: 'demo-health-care-in-latvia.pdf',
      published: '2025-07-15',
      topics: ['veselibas-aprupe'],
      languages: ['lv', 'en', 'ru', 'uk'],
    },
    {
      lv: {
        title: 'Veselības aprūpe Latvijā: īsa pamācība',
        summary: 'Kā reģistrēties pie ģimenes ārsta, kur saņemt neatliekamo palīdzību un kas ir valsts apmaksāts.',
      },
      en: {
        title: 'Health care in Latvia: a short guide',
        summary: 'How to register with a family doctor, where to get emergency help and what the state pays for.',
      },
      ru: {
        title: 'Здравоохранение в Латвии: краткое руководство',
        summary: 'Как зарегистрироваться у семейного врача, где получить неотложную помощь и что оплачивает государство.',
      },
    },
  ),
];
