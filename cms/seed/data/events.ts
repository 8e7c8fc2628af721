import { mapTranslations, type SeedDocument, type Translations } from '../engine';
import { toBlocks } from '../blocks';
import { many, one } from '../refs';
import { rigaDay, rigaTime } from '../time';

interface EventText {
  title: string;
  summary: string;
  body: string;
  venue?: string;
  address?: string;
  coverAlt?: string;
}

interface EventFacts {
  /** Days from the day the seed runs: negative for past events. */
  inDays: number;
  from: string;
  to: string;
  municipality?: string;
  onlineUrl?: string;
  organiser: string;
  registrationUrl?: string;
  topics: string[];
  audiences: string[];
  languages: string[];
  cover?: string;
}

const event = (now: Date, facts: EventFacts, text: Translations<EventText>): SeedDocument => {
  const day = rigaDay(now, facts.inDays);
  const start = rigaTime(day, facts.from);
  return {
    text: mapTranslations(text, (t) => ({
      title: t.title,
      summary: t.summary,
      body: toBlocks(t.body),
      ...(t.venue
        ? {
            venue: {
              name: t.venue,
              address: t.address,
              ...(facts.municipality ? { municipality: one('municipality', facts.municipality) } : {}),
            },
          }
        : {}),
      ...(facts.cover && t.coverAlt ? { cover: { file: one('file', facts.cover), alt: t.coverAlt } } : {}),
    })),
    shared: {
      start,
      end: rigaTime(day, facts.to),
      allDay: false,
      ...(facts.onlineUrl ? { onlineUrl: facts.onlineUrl } : {}),
      ...(facts.registrationUrl
        ? { registrationUrl: facts.registrationUrl, registrationDeadline: rigaTime(rigaDay(now, facts.inDays - 2), '23:59') }
        : {}),
      organiser: one('organisation', facts.organiser),
      topics: many('topic', ...facts.topics),
      audiences: many('audience', ...facts.audiences),
      languages: many('language', ...facts.languages),
    },
  };
};

const CENTRE = 'informacijas-centrs-iebraucejiem';
const HALL = {
  lv: 'Informācijas centra zāle',
  en: 'Information Centre hall',
  ru: 'Зал Информационного центра',
  uk: 'Зала Інформаційного центру',
};
const ADDRESS = { lv: 'Rīga, Demo iela 1', en: 'Riga, Demo iela 1', ru: 'Рига, ул. Demo 1', uk: 'Рига, вул. Demo 1' };

/** Ten events around the day the seed runs: some past, most upcoming. */
export const events = (now: Date): SeedDocument[] => [
  event(
    now,
    {
      inDays: -45,
      from: '10:00',
      to: '13:00',
      municipality: 'riga',
      organiser: CENTRE,
      topics: ['uzturesanas-atlaujas'],
      audiences: ['treso-valstu-pilsoni'],
      languages: ['lv', 'en', 'ru'],
      cover: 'demo-consultation-day.jpg',
    },
    {
      lv: {
        title: 'Konsultāciju diena par uzturēšanās atļaujām',
        summary: 'Individuālas konsultācijas ar Pilsonības un migrācijas lietu pārvaldes speciālistiem bez iepriekšēja pieraksta.',
        body: 'Speciālisti atbildēs uz jautājumiem par uzturēšanās atļauju pagarināšanu, ģimenes apvienošanu un dokumentu iesniegšanu.\n\nLīdzi ņemiet pasi un uzturēšanās atļauju.',
        venue: HALL.lv,
        address: ADDRESS.lv,
        coverAlt: 'Konsultants pie galda runā ar apmeklētāju',
      },
      en: {
        title: 'Residence permit advice day',
        summary: 'One-to-one advice from specialists of the Office of Citizenship and Migration Affairs, no booking needed.',
        body: 'Specialists answer questions about extending residence permits, family reunification and submitting documents.\n\nBring your passport and residence permit.',
        venue: HALL.en,
        address: ADDRESS.en,
        coverAlt: 'An adviser at a desk talking with a visitor',
      },
      ru: {
        title: 'День консультаций по видам на жительство',
        summary: 'Индивидуальные консультации специалистов Управления по делам гражданства и миграции без предварительной записи.',
        body: 'Специалисты ответят на вопросы о продлении видов на жительство, воссоединении семьи и подаче документов.\n\nВозьмите с собой паспорт и вид на жительство.',
        venue: HALL.ru,
        address: ADDRESS.ru,
        coverAlt: 'Консультант за столом беседует с посетителем',
      },
    },
  ),
  event(
    now,
    {
      inDays: -20,
      from: '18:00',
      to: '20:00',
      onlineUrl: 'https://meet.example.lv/latviesu-valoda',
      organiser: 'latviesu-valodas-agentura',
      topics: ['latviesu-valodas-apguve'],
      audiences: ['treso-valstu-pilsoni', 'begli-un-patveruma-mekletaji'],
      languages: ['lv', 'uk'],
    },
    {
      lv: {
        title: 'Latviešu valodas sarunu klubs tiešsaistē',
        summary: 'Runāsim latviski nelielās grupās kopā ar pieredzējušu skolotāju.',
        body: 'Sarunu klubs ir piemērots tiem, kuri apguvuši valodu vismaz A1 līmenī un vēlas vairāk runāt.\n\nTēma: gadalaiki un svētki Latvijā.',
      },
      en: {
        title: 'Online Latvian conversation club',
        summary: 'Speak Latvian in small groups with an experienced teacher.',
        body: 'The club suits anyone who has learnt Latvian to at least level A1 and wants to speak more.\n\nTopic: seasons and holidays in Latvia.',
      },
      ru: {
        title: 'Разговорный клуб латышского языка онлайн',
        summary: 'Говорим по-латышски в небольших группах с опытным преподавателем.',
        body: 'Клуб подойдёт тем, кто освоил язык хотя бы на уровне A1 и хочет больше говорить.\n\nТема: времена года и праздники в Латвии.',
      },
      uk: {
        title: 'Онлайн-розмовний клуб латиської мови',
        summary: 'Говоримо латиською в невеликих групах з досвідченим викладачем.',
        body: 'Клуб підходить тим, хто опанував мову принаймні на рівні A1 і хоче більше говорити.\n\nТема: пори року та свята в Латвії.',
      },
    },
  ),
  event(
    now,
    {
      inDays: -6,
      from: '11:00',
      to: '15:00',
      municipality: 'daugavpils',
      organiser: 'latgales-planosanas-regions',
      topics: ['remigracija'],
      audiences: ['remigranti'],
      languages: ['lv', 'ru'],
    },
    {
      lv: {
        title: 'Remigrantu ģimeņu tikšanās Daugavpilī',
        summary: 'Pieredzes apmaiņa ģimenēm, kuras atgriezušās Latgalē, un konsultācijas ar remigrācijas koordinatoru.',
        body: 'Ģimenes dalīsies pieredzē par atgriešanos, bērnu skolu un darba meklēšanu. Bērniem paralēli notiks radošās darbnīcas.',
        venue: 'Daugavpils Vienības nams',
        address: 'Daugavpils, Rīgas iela 22A',
      },
      en: {
        title: 'Meeting of returning families in Daugavpils',
        summary: 'Families who moved back to Latgale share their experience; advice from the return migration coordinator.',
        body: 'Families talk about coming back, their children’s school and finding work. Creative workshops run for children at the same time.',
        venue: 'Daugavpils Unity House',
        address: 'Daugavpils, Rīgas iela 22A',
      },
      ru: {
        title: 'Встреча семей реэмигрантов в Даугавпилсе',
        summary: 'Обмен опытом для семей, вернувшихся в Латгалию, и консультации координатора по реэмиграции.',
        body: 'Семьи поделятся опытом возвращения, выбора школы для детей и поиска работы. Для детей параллельно пройдут творческие мастерские.',
        venue: 'Даугавпилсский Дом единства',
        address: 'Даугавпилс, ул. Ригас, 22A',
      },
    },
  ),
  event(
    now,
    {
      inDays: 3,
      from: '17:30',
      to: '19:00',
      municipality: 'riga',
      organiser: CENTRE,
      registrationUrl: 'https://www.integration.lv/registracija',
      topics: ['nodarbinatiba'],
      audiences: ['treso-valstu-pilsoni'],
      languages: ['en', 'ru'],
      cover: 'demo-workshop.jpg',
    },
    {
      lv: {
        title: 'Semināris: darba tiesības Latvijā',
        summary: 'Ko nosaka darba līgums, kā tiek aprēķināta alga un kur vērsties, ja tiesības tiek pārkāptas.',
        body: 'Jurists skaidros darba līguma pamatnoteikumus, darba laiku, atvaļinājumu un nodokļus.\n\nSeminārs notiks angļu un krievu valodā.',
        venue: HALL.lv,
        address: ADDRESS.lv,
        coverAlt: 'Semināra dalībnieki klausās lektoru',
      },
      en: {
        title: 'Workshop: your rights at work in Latvia',
        summary: 'What an employment contract must say, how pay is calculated and where to turn if your rights are broken.',
        body: 'A lawyer explains the basics of an employment contract, working hours, holidays and taxes.\n\nThe workshop is held in English and Russian.',
        venue: HALL.en,
        address: ADDRESS.en,
        coverAlt: 'Workshop participants listening to a speaker',
      },
      ru: {
        title: 'Семинар: трудовые права в Латвии',
        summary: 'Что должен содержать трудовой договор, как рассчитывается зарплата и куда обращаться при нарушении прав.',
        body: 'Юрист расскажет об основных условиях трудового договора, рабочем времени, отпуске и налогах.\n\nСеминар пройдёт на английском и русском языках.',
        venue: HALL.ru,
        address: ADDRESS.ru,
        coverAlt: 'Участники семинара слушают лектора',
      },
      uk: {
        title: 'Семінар: трудові права в Латвії',
        summary: 'Що має містити трудовий договір, як розраховується зарплата і куди звертатися в разі порушення прав.',
        body: 'Юрист розповість про основні умови трудового договору, робочий час, відпустку та податки.\n\nСемінар проходитиме англійською та російською мовами.',
        venue: HALL.uk,
        address: ADDRESS.uk,
        coverAlt: 'Учасники семінару слухають лектора',
      },
    },
  ),
  event(
    now,
    {
      inDays: 8,
      from: '10:00',
      to: '12:00',
      onlineUrl: 'https://meet.example.lv/veseliba',
      organiser: 'nacionalais-veselibas-dienests',
      topics: ['veselibas-aprupe'],
      audiences: ['treso-valstu-pilsoni', 'begli-un-patveruma-mekletaji'],
      languages: ['lv', 'ru', 'uk'],
    },
    {
      lv: {
        title: 'Vebinārs: kā darbojas veselības aprūpe Latvijā',
        summary: 'Ģimenes ārsts, speciālisti, neatliekamā palīdzība un valsts apmaksātie pakalpojumi – skaidri un vienkārši.',
        body: 'Nacionālā veselības dienesta speciālisti pastāstīs, kā saņemt nosūtījumu pie speciālista, kur zvanīt ārkārtas gadījumā un kā iegādāties kompensējamos medikamentus.',
      },
      en: {
        title: 'Webinar: how health care works in Latvia',
        summary: 'Family doctors, specialists, emergency help and state-paid services, clearly explained.',
        body: 'Specialists of the National Health Service explain how to get a referral to a specialist, whom to call in an emergency and how to buy reimbursed medicines.',
      },
      ru: {
        title: 'Вебинар: как устроено здравоохранение в Латвии',
        summary: 'Семейный врач, специалисты, неотложная помощь и оплачиваемые государством услуги — понятно и просто.',
        body: 'Специалисты Национальной службы здоровья расскажут, как получить направление к специалисту, куда звонить в экстренном случае и как приобрести компенсируемые лекарства.',
      },
      uk: {
        title: 'Вебінар: як працює охорона здоровʼя в Латвії',
        summary: 'Сімейний лікар, спеціалісти, невідкладна допомога та послуги за рахунок держави — зрозуміло і просто.',
        body: 'Фахівці Національної служби здоровʼя розкажуть, як отримати направлення до спеціаліста, куди телефонувати в екстреній ситуації та як придбати компенсовані ліки.',
      },
    },
  ),
  event(
    now,
    {
      inDays: 12,
      from: '12:00',
      to: '16:00',
      municipality: 'riga',
      organiser: 'rigas-valstspilsetas-pasvaldiba',
      topics: ['pilsoniska-lidzdaliba'],
      audiences: ['treso-valstu-pilsoni', 'mazakumtautibas'],
      languages: ['lv', 'en', 'ru'],
    },
    {
      lv: {
        title: 'Kultūru festivāls “Satiec kaimiņu”',
        summary: 'Ēdieni, mūzika un dejas no dažādām kopienām, kas dzīvo Rīgā.',
        body: 'Festivālā piedalās Rīgas kopienas un biedrības. Programmā koncerts, tautas deju meistarklase un latviešu tradīciju darbnīca.\n\nIeeja brīva.',
        venue: 'Kalnciema kvartāls',
        address: 'Rīga, Kalnciema iela 35',
      },
      en: {
        title: '“Meet your neighbour” festival of cultures',
        summary: 'Food, music and dance from the many communities living in Riga.',
        body: 'Communities and associations of Riga take part. The programme includes a concert, a folk dance masterclass and a Latvian traditions workshop.\n\nFree entry.',
        venue: 'Kalnciems Quarter',
        address: 'Riga, Kalnciema iela 35',
      },
      ru: {
        title: 'Фестиваль культур «Познакомься с соседом»',
        summary: 'Еда, музыка и танцы разных общин, живущих в Риге.',
        body: 'В фестивале участвуют общины и общества Риги. В программе концерт, мастер-класс народного танца и мастерская латышских традиций.\n\nВход свободный.',
        venue: 'Квартал Калнциема',
        address: 'Рига, ул. Калнциема, 35',
      },
    },
  ),
  event(
    now,
    {
      inDays: 17,
      from: '16:00',
      to: '17:30',
      municipality: 'liepaja',
      organiser: CENTRE,
      topics: ['bernu-izglitiba'],
      audiences: ['treso-valstu-pilsoni', 'remigranti'],
      languages: ['lv', 'en'],
    },
    {
      lv: {
        title: 'Vecāku vakars: bērns Latvijas skolā',
        summary: 'Kā notiek mācības Latvijas skolās un kā atbalstīt bērnu, kurš vēl mācās latviešu valodu.',
        body: 'Skolotāji un psihologs stāstīs par mācību gadu, vērtēšanu un saziņu ar skolu e-klasē. Vecākiem būs iespēja uzdot jautājumus.',
        venue: 'Liepājas Centrālā zinātniskā bibliotēka',
        address: 'Liepāja, Zivju iela 7',
      },
      en: {
        title: 'Parents’ evening: your child in a Latvian school',
        summary: 'How Latvian schools work and how to support a child who is still learning Latvian.',
        body: 'Teachers and a psychologist talk about the school year, marking and keeping in touch with the school through the e-class system. Parents can ask questions.',
        venue: 'Liepāja Central Scientific Library',
        address: 'Liepāja, Zivju iela 7',
      },
      ru: {
        title: 'Родительский вечер: ребёнок в латвийской школе',
        summary: 'Как устроено обучение в латвийских школах и как поддержать ребёнка, который ещё учит латышский язык.',
        body: 'Учителя и психолог расскажут об учебном годе, оценивании и общении со школой в системе e-klase. Родители смогут задать вопросы.',
        venue: 'Лиепайская Центральная научная библиотека',
        address: 'Лиепая, ул. Зивью, 7',
      },
    },
  ),
  event(
    now,
    {
      inDays: 24,
      from: '10:00',
      to: '14:00',
      municipality: 'riga',
      organiser: 'nodarbinatibas-valsts-agentura',
      registrationUrl: 'https://www.nva.gov.lv',
      topics: ['nodarbinatiba'],
      audiences: ['treso-valstu-pilsoni', 'begli-un-patveruma-mekletaji', 'darba-deveji'],
      languages: ['lv', 'en', 'ru', 'uk'],
      cover: 'demo-job-fair.jpg',
    },
    {
      lv: {
        title: 'Karjeras diena iebraucējiem',
        summary: 'Darba devēji, vakances un CV konsultācijas vienuviet.',
        body: 'Piedalās vairāk nekā 20 uzņēmumu no loģistikas, IT, tūrisma un ražošanas nozarēm. Karjeras konsultanti palīdzēs uzlabot CV.',
        venue: 'Rīgas Kongresu nams',
        address: 'Rīga, Kr. Valdemāra iela 5',
        coverAlt: 'Apmeklētāji pie uzņēmumu stendiem karjeras dienā',
      },
      en: {
        title: 'Careers day for newcomers',
        summary: 'Employers, vacancies and CV advice in one place.',
        body: 'More than 20 companies from logistics, IT, tourism and manufacturing take part. Career advisers help you improve your CV.',
        venue: 'Riga Congress Centre',
        address: 'Riga, Kr. Valdemāra iela 5',
        coverAlt: 'Visitors at company stands at the careers day',
      },
      ru: {
        title: 'День карьеры для иммигрантов',
        summary: 'Работодатели, вакансии и консультации по CV в одном месте.',
        body: 'Участвуют более 20 компаний из логистики, ИТ, туризма и производства. Карьерные консультанты помогут улучшить CV.',
        venue: 'Рижский Дом конгрессов',
        address: 'Рига, ул. Кр. Валдемара, 5',
        coverAlt: 'Посетители у стендов компаний на дне карьеры',
      },
      uk: {
        title: 'День карʼєри для іммігрантів',
        summary: 'Роботодавці, вакансії та консультації щодо CV в одному місці.',
        body: 'Беруть участь понад 20 компаній з логістики, ІТ, туризму та виробництва. Карʼєрні консультанти допоможуть покращити CV.',
        venue: 'Ризький Будинок конгресів',
        address: 'Рига, вул. Кр. Валдемара, 5',
        coverAlt: 'Відвідувачі біля стендів компаній на дні карʼєри',
      },
    },
  ),
  event(
    now,
    {
      inDays: 33,
      from: '18:00',
      to: '19:30',
      onlineUrl: 'https://meet.example.lv/pilsoniba',
      organiser: 'pilsonibas-un-migracijas-lietu-parvalde',
      topics: ['pilsoniska-lidzdaliba'],
      audiences: ['mazakumtautibas', 'treso-valstu-pilsoni'],
      languages: ['lv', 'ru'],
    },
    {
      lv: {
        title: 'Informatīvā tikšanās par naturalizāciju',
        summary: 'Kā sagatavoties pilsonības pārbaudījumiem un kādi dokumenti nepieciešami.',
        body: 'Pārvaldes speciālisti izskaidros naturalizācijas kārtību un atbildēs uz jautājumiem tiešsaistē.',
      },
      en: {
        title: 'Information session on naturalisation',
        summary: 'How to prepare for the citizenship tests and which documents you need.',
        body: 'Specialists of the Office explain the naturalisation procedure and answer questions online.',
      },
      ru: {
        title: 'Информационная встреча о натурализации',
        summary: 'Как подготовиться к экзаменам на гражданство и какие документы нужны.',
        body: 'Специалисты Управления объяснят порядок натурализации и ответят на вопросы онлайн.',
      },
    },
  ),
  event(
    now,
    {
      inDays: 47,
      from: '11:00',
      to: '13:00',
      municipality: 'valmiera',
      organiser: 'biedriba-patverums-drosa-maja',
      topics: ['pagaidu-aizsardziba'],
      audiences: ['begli-un-patveruma-mekletaji'],
      languages: ['lv', 'uk', 'ru'],
    },
    {
      lv: {
        title: 'Atbalsta grupa Ukrainas civiliedzīvotājiem Valmierā',
        summary: 'Saruna ar psihologu un praktiskas konsultācijas par pagaidu aizsardzību.',
        body: 'Atbalsta grupa palīdz dalīties pieredzē un atrast risinājumus ikdienas jautājumiem. Sarunas notiek ukraiņu un krievu valodā.',
        venue: 'Valmieras bibliotēka',
        address: 'Valmiera, Cēsu iela 4',
      },
      en: {
        title: 'Support group for Ukrainian civilians in Valmiera',
        summary: 'A talk with a psychologist and practical advice on temporary protection.',
        body: 'The support group helps people share experience and find answers to everyday questions. Talks are in Ukrainian and Russian.',
        venue: 'Valmiera Library',
        address: 'Valmiera, Cēsu iela 4',
      },
      ru: {
        title: 'Группа поддержки для гражданских лиц из Украины в Валмиере',
        summary: 'Беседа с психологом и практические консультации о временной защите.',
        body: 'Группа поддержки помогает поделиться опытом и найти решения повседневных вопросов. Беседы проходят на украинском и русском языках.',
        venue: 'Валмиерская библиотека',
        address: 'Валмиера, ул. Цесу, 4',
      },
      uk: {
        title: 'Група підтримки для цивільних з України у Валмієрі',
        summary: 'Розмова з психологом і практичні консультації щодо тимчасового захисту.',
        body: 'Група підтримки допомагає поділитися досвідом і знайти рішення повсякденних питань. Розмови відбуваються українською та російською мовами.',
        venue: 'Валмієрська бібліотека',
        address: 'Валмієра, вул. Цесу, 4',
      },
    },
  ),
];
