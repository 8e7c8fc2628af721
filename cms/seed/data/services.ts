import { mapTranslations, type SeedDocument, type Translations } from '../engine';
import { toBlocks } from '../blocks';
import { many, one } from '../refs';

interface ServiceText {
  title: string;
  summary: string;
  body: string;
  howToApply: string;
  eligibility: string;
  cost: string;
  hours: string;
  address: string;
}

interface ServiceFacts {
  category: string;
  audiences: string[];
  topics: string[];
  provider: string;
  municipalities: string[];
  languages: string[];
  phone: string;
  email: string;
  website: string;
}

const service = (facts: ServiceFacts, text: Translations<ServiceText>): SeedDocument => ({
  text: mapTranslations(text, (t) => ({
    title: t.title,
    summary: t.summary,
    body: toBlocks(t.body),
    howToApply: toBlocks(t.howToApply),
    eligibility: toBlocks(t.eligibility),
    cost: t.cost,
    contact: { phone: facts.phone, email: facts.email, website: facts.website, address: t.address, openingHours: t.hours },
  })),
  shared: {
    category: one('category', facts.category),
    audiences: many('audience', ...facts.audiences),
    topics: many('topic', ...facts.topics),
    provider: one('organisation', facts.provider),
    municipalities: many('municipality', ...facts.municipalities),
    languages: many('language', ...facts.languages),
  },
});

const CENTRE = {
  provider: 'informacijas-centrs-iebraucejiem',
  phone: '+371 6700 0001',
  email: 'info@example.lv',
  website: 'https://www.integration.lv',
};
const CENTRE_ADDRESS = { lv: 'Rīga, Demo iela 1', en: 'Riga, Demo iela 1', ru: 'Рига, ул. Demo 1', uk: 'Рига, вул. Demo 1' };
const CENTRE_HOURS = {
  lv: 'Pirmdien–ceturtdien 9.00–17.00, piektdien 9.00–15.00',
  en: 'Monday–Thursday 9:00–17:00, Friday 9:00–15:00',
  ru: 'Понедельник–четверг 9:00–17:00, пятница 9:00–15:00',
  uk: 'Понеділок–четвер 9:00–17:00, пʼятниця 9:00–15:00',
};

export const SERVICES: SeedDocument[] = [
  service(
    {
      ...CENTRE,
      category: 'uzturesanas-un-dokumenti',
      audiences: ['treso-valstu-pilsoni', 'remigranti'],
      topics: ['uzturesanas-atlaujas'],
      municipalities: ['riga', 'daugavpils', 'liepaja'],
      languages: ['lv', 'en', 'ru', 'uk'],
    },
    {
      lv: {
        title: 'Konsultācijas par uzturēšanās atļaujām',
        summary: 'Bezmaksas individuālas konsultācijas par uzturēšanās atļaujas pieprasīšanu, pagarināšanu un ģimenes apvienošanu.',
        body: 'Konsultants palīdz saprast, kāda uzturēšanās atļauja atbilst jūsu situācijai, kādi dokumenti jāsagatavo un kā tos iesniegt Pilsonības un migrācijas lietu pārvaldē.\n\nKonsultācijas notiek klātienē, pa tālruni vai video zvanā. Ja nepieciešams, konsultācijā piedalās tulks.',
        howToApply:
          'Piesakieties konsultācijai pa tālruni vai e-pastu, norādot vēlamo valodu un jautājuma tēmu.\n\nLīdzi ņemiet pasi un dokumentus, kas jums jau ir.',
        eligibility: 'Trešo valstu pilsoņi, kuri dzīvo Latvijā vai plāno pārcelties, un viņu ģimenes locekļi.',
        cost: 'Bez maksas',
        hours: CENTRE_HOURS.lv,
        address: CENTRE_ADDRESS.lv,
      },
      en: {
        title: 'Advice on residence permits',
        summary: 'Free one-to-one advice on applying for, extending and reuniting family through a residence permit.',
        body: 'An adviser helps you find out which residence permit fits your situation, which documents to prepare and how to submit them to the Office of Citizenship and Migration Affairs.\n\nAdvice is given in person, by phone or by video call. An interpreter can join when needed.',
        howToApply:
          'Book by phone or e-mail, saying which language you prefer and what your question is about.\n\nBring your passport and any documents you already have.',
        eligibility: 'Third-country nationals who live in Latvia or plan to move here, and their family members.',
        cost: 'Free of charge',
        hours: CENTRE_HOURS.en,
        address: CENTRE_ADDRESS.en,
      },
      ru: {
        title: 'Консультации по видам на жительство',
        summary: 'Бесплатные индивидуальные консультации о получении и продлении вида на жительство и воссоединении семьи.',
        body: 'Консультант поможет понять, какой вид на жительство подходит в вашей ситуации, какие документы подготовить и как подать их в Управление по делам гражданства и миграции.\n\nКонсультации проходят очно, по телефону или по видеосвязи. При необходимости участвует переводчик.',
        howToApply:
          'Запишитесь по телефону или электронной почте, указав удобный язык и тему вопроса.\n\nВозьмите с собой паспорт и имеющиеся документы.',
        eligibility: 'Граждане третьих стран, живущие в Латвии или планирующие переезд, и члены их семей.',
        cost: 'Бесплатно',
        hours: CENTRE_HOURS.ru,
        address: CENTRE_ADDRESS.ru,
      },
      uk: {
        title: 'Консультації щодо посвідок на проживання',
        summary: 'Безкоштовні індивідуальні консультації щодо отримання та продовження посвідки на проживання і возз’єднання сім’ї.',
        body: 'Консультант допоможе зрозуміти, яка посвідка на проживання підходить саме вам, які документи підготувати і як подати їх до Управління у справах громадянства та міграції.\n\nКонсультації відбуваються особисто, телефоном або відеозв’язком. За потреби долучається перекладач.',
        howToApply:
          'Запишіться телефоном або електронною поштою, вказавши зручну мову та тему запитання.\n\nВізьміть із собою паспорт і наявні документи.',
        eligibility: 'Громадяни третіх країн, які живуть у Латвії або планують переїзд, та члени їхніх сімей.',
        cost: 'Безкоштовно',
        hours: CENTRE_HOURS.uk,
        address: CENTRE_ADDRESS.uk,
      },
    },
  ),
  service(
    {
      category: 'uzturesanas-un-dokumenti',
      audiences: ['treso-valstu-pilsoni'],
      topics: ['uzturesanas-atlaujas'],
      provider: 'pilsonibas-un-migracijas-lietu-parvalde',
      municipalities: ['riga', 'daugavpils', 'liepaja', 'jelgava', 'ventspils', 'rezekne', 'valmiera'],
      languages: ['lv', 'en'],
      phone: '+371 6700 0002',
      email: 'pmlp@example.lv',
      website: 'https://www.pmlp.gov.lv',
    },
    {
      lv: {
        title: 'Uzturēšanās atļaujas pieprasīšana',
        summary: 'Kā pieprasīt termiņuzturēšanās vai pastāvīgās uzturēšanās atļauju Pilsonības un migrācijas lietu pārvaldē.',
        body: 'Uzturēšanās atļauju pieprasa Pilsonības un migrācijas lietu pārvaldes teritoriālajā nodaļā vai Latvijas pārstāvniecībā ārvalstīs. Atļaujas veids ir atkarīgs no uzturēšanās mērķa: darbs, studijas, ģimenes apvienošana vai cits pamats.\n\nPieteikumu izskata 30 dienu laikā, paātrinātā kārtībā – ātrāk.',
        howToApply:
          '– Aizpildiet anketu un sagatavojiet dokumentus, kas apliecina uzturēšanās mērķi.\n– Pierakstieties vizītei nodaļā.\n– Samaksājiet valsts nodevu un iesniedziet dokumentus klātienē.',
        eligibility: 'Trešo valstu pilsoņi ar likumīgu pamatu uzturēties Latvijā ilgāk par 90 dienām.',
        cost: 'Valsts nodeva atkarībā no atļaujas veida un izskatīšanas termiņa',
        hours: 'Pēc iepriekšēja pieraksta',
        address: 'Rīga, Čiekurkalna 1. līnija 1',
      },
      en: {
        title: 'Applying for a residence permit',
        summary: 'How to apply for a temporary or permanent residence permit at the Office of Citizenship and Migration Affairs.',
        body: 'Residence permits are requested at a regional office of the Office of Citizenship and Migration Affairs or at a Latvian embassy abroad. The kind of permit depends on why you stay: work, studies, family reunification or another reason.\n\nApplications are decided within 30 days, faster for an urgent fee.',
        howToApply:
          '– Fill in the form and gather the documents that show the purpose of your stay.\n– Book an appointment at an office.\n– Pay the state fee and submit the documents in person.',
        eligibility: 'Third-country nationals with a legal reason to stay in Latvia for more than 90 days.',
        cost: 'State fee depending on the kind of permit and how fast it is decided',
        hours: 'By appointment',
        address: 'Riga, Čiekurkalna 1. līnija 1',
      },
      ru: {
        title: 'Запрос вида на жительство',
        summary: 'Как запросить временный или постоянный вид на жительство в Управлении по делам гражданства и миграции.',
        body: 'Вид на жительство запрашивают в территориальном отделении Управления по делам гражданства и миграции или в представительстве Латвии за рубежом. Вид разрешения зависит от цели пребывания: работа, учёба, воссоединение семьи или иное основание.\n\nЗаявление рассматривается в течение 30 дней, в ускоренном порядке — быстрее.',
        howToApply:
          '– Заполните анкету и подготовьте документы, подтверждающие цель пребывания.\n– Запишитесь на приём в отделение.\n– Оплатите государственную пошлину и подайте документы лично.',
        eligibility: 'Граждане третьих стран с законным основанием находиться в Латвии дольше 90 дней.',
        cost: 'Государственная пошлина в зависимости от вида разрешения и срока рассмотрения',
        hours: 'По предварительной записи',
        address: 'Рига, Чиекуркална 1-я линия, 1',
      },
    },
  ),
  service(
    {
      category: 'pilsoniba',
      audiences: ['treso-valstu-pilsoni', 'mazakumtautibas'],
      topics: ['pilsoniska-lidzdaliba'],
      provider: 'pilsonibas-un-migracijas-lietu-parvalde',
      municipalities: ['riga', 'daugavpils', 'rezekne'],
      languages: ['lv'],
      phone: '+371 6700 0003',
      email: 'pilsoniba@example.lv',
      website: 'https://www.pmlp.gov.lv',
    },
    {
      lv: {
        title: 'Latvijas pilsonības iegūšana naturalizācijas kārtībā',
        summary: 'Prasības, pārbaudījumi un dokumenti, lai iegūtu Latvijas pilsonību naturalizācijas kārtībā.',
        body: 'Naturalizācijas kārtībā pilsonību var iegūt persona, kura vismaz piecus gadus pastāvīgi dzīvo Latvijā un nokārto latviešu valodas, Satversmes, himnas, vēstures un kultūras pārbaudījumus.\n\nPārbaudījumiem var sagatavoties bezmaksas kursos un ar mācību materiāliem tiešsaistē.',
        howToApply: 'Iesniedziet iesniegumu Pilsonības un migrācijas lietu pārvaldes nodaļā, pēc tam piesakieties pārbaudījumiem.',
        eligibility: 'Nepilsoņi, bezvalstnieki un ārzemnieki ar pastāvīgās uzturēšanās atļauju, kuri dzīvo Latvijā vismaz piecus gadus.',
        cost: 'Valsts nodeva; atvieglojumi atsevišķām grupām',
        hours: 'Pēc iepriekšēja pieraksta',
        address: 'Rīga, Čiekurkalna 1. līnija 1',
      },
      en: {
        title: 'Latvian citizenship by naturalisation',
        summary: 'Requirements, tests and documents for becoming a Latvian citizen by naturalisation.',
        body: 'You can become a citizen by naturalisation if you have lived in Latvia permanently for at least five years and pass tests in Latvian, the Constitution, the national anthem, history and culture.\n\nFree courses and online materials help you prepare for the tests.',
        howToApply: 'Submit an application at an office of the Office of Citizenship and Migration Affairs, then register for the tests.',
        eligibility:
          'Non-citizens, stateless persons and foreigners with permanent residence who have lived in Latvia for at least five years.',
        cost: 'State fee; reductions for some groups',
        hours: 'By appointment',
        address: 'Riga, Čiekurkalna 1. līnija 1',
      },
      ru: {
        title: 'Получение гражданства Латвии в порядке натурализации',
        summary: 'Требования, экзамены и документы для получения гражданства Латвии путём натурализации.',
        body: 'В порядке натурализации гражданство может получить человек, который не менее пяти лет постоянно живёт в Латвии и сдаёт экзамены по латышскому языку, Сатверсме, гимну, истории и культуре.\n\nК экзаменам можно подготовиться на бесплатных курсах и по материалам в интернете.',
        howToApply: 'Подайте заявление в отделение Управления по делам гражданства и миграции, затем запишитесь на экзамены.',
        eligibility: 'Неграждане, лица без гражданства и иностранцы с постоянным видом на жительство, живущие в Латвии не менее пяти лет.',
        cost: 'Государственная пошлина; льготы для отдельных групп',
        hours: 'По предварительной записи',
        address: 'Рига, Чиекуркална 1-я линия, 1',
      },
    },
  ),
  service(
    {
      category: 'latviesu-valoda',
      audiences: ['treso-valstu-pilsoni', 'begli-un-patveruma-mekletaji', 'remigranti'],
      topics: ['latviesu-valodas-apguve'],
      provider: 'latviesu-valodas-agentura',
      municipalities: ['riga', 'daugavpils', 'liepaja', 'jelgava', 'valmiera'],
      languages: ['lv', 'en', 'ru', 'uk'],
      phone: '+371 6700 0004',
      email: 'kursi@example.lv',
      website: 'https://valoda.lv',
    },
    {
      lv: {
        title: 'Bezmaksas latviešu valodas kursi pieaugušajiem',
        summary: 'Latviešu valodas kursi iesācējiem un turpinātājiem klātienē un tiešsaistē, no A1 līdz B1 līmenim.',
        body: 'Kursos mācās ikdienas sarunām nepieciešamo valodu: iepazīšanās, iepirkšanās, ārsta apmeklējums, darba intervija. Grupās ir 10–15 dalībnieku, nodarbības notiek divreiz nedēļā vakaros.\n\nKursa beigās var kārtot valsts valodas prasmes pārbaudi.',
        howToApply: 'Aizpildiet pieteikuma anketu tiešsaistē. Ja grupa ir pilna, jūs iekļaus rindā uz nākamo grupu.',
        eligibility: 'Pieaugušie, kuri dzīvo Latvijā, tostarp trešo valstu pilsoņi, pagaidu aizsardzības saņēmēji un remigranti.',
        cost: 'Bez maksas',
        hours: 'Nodarbības darba dienu vakaros',
        address: 'Rīga, Demo iela 5',
      },
      en: {
        title: 'Free Latvian courses for adults',
        summary: 'Latvian for beginners and improvers, in class and online, from level A1 to B1.',
        body: 'The courses teach the Latvian you need every day: introducing yourself, shopping, seeing a doctor, a job interview. Groups have 10–15 learners and meet twice a week in the evening.\n\nAt the end of the course you can take the state language proficiency test.',
        howToApply: 'Fill in the online application form. If the group is full, you are put on the list for the next one.',
        eligibility:
          'Adults living in Latvia, including third-country nationals, people under temporary protection and returning emigrants.',
        cost: 'Free of charge',
        hours: 'Classes on weekday evenings',
        address: 'Riga, Demo iela 5',
      },
      ru: {
        title: 'Бесплатные курсы латышского языка для взрослых',
        summary: 'Латышский язык для начинающих и продолжающих, очно и онлайн, от уровня A1 до B1.',
        body: 'На курсах учат язык, нужный в повседневной жизни: знакомство, покупки, визит к врачу, собеседование. В группах 10–15 участников, занятия дважды в неделю по вечерам.\n\nПо окончании курса можно сдать проверку знания государственного языка.',
        howToApply: 'Заполните анкету онлайн. Если группа заполнена, вас включат в очередь на следующую.',
        eligibility: 'Взрослые, живущие в Латвии, в том числе граждане третьих стран, получатели временной защиты и реэмигранты.',
        cost: 'Бесплатно',
        hours: 'Занятия по будним вечерам',
        address: 'Рига, ул. Demo 5',
      },
      uk: {
        title: 'Безкоштовні курси латиської мови для дорослих',
        summary: 'Латиська мова для початківців і тих, хто продовжує, очно та онлайн, від рівня A1 до B1.',
        body: 'На курсах вивчають мову, потрібну щодня: знайомство, покупки, візит до лікаря, співбесіда. У групах 10–15 учасників, заняття двічі на тиждень увечері.\n\nНаприкінці курсу можна скласти перевірку знання державної мови.',
        howToApply: 'Заповніть анкету онлайн. Якщо група заповнена, вас внесуть до черги на наступну.',
        eligibility: 'Дорослі, які живуть у Латвії, зокрема громадяни третіх країн, особи з тимчасовим захистом і реемігранти.',
        cost: 'Безкоштовно',
        hours: 'Заняття у будні ввечері',
        address: 'Рига, вул. Demo 5',
      },
    },
  ),
  service(
    {
      category: 'izglitiba-un-berni',
      audiences: ['treso-valstu-pilsoni', 'remigranti', 'begli-un-patveruma-mekletaji'],
      topics: ['bernu-izglitiba'],
      provider: 'rigas-valstspilsetas-pasvaldiba',
      municipalities: ['riga'],
      languages: ['lv', 'en', 'ru'],
      phone: '+371 6700 0005',
      email: 'izglitiba@example.lv',
      website: 'https://www.riga.lv',
    },
    {
      lv: {
        title: 'Bērna pieteikšana skolā un bērnudārzā',
        summary: 'Kā pieteikt bērnu pašvaldības bērnudārzā vai skolā un saņemt atbalstu latviešu valodas apguvei.',
        body: 'Bērnus no pusotra gada vecuma var pieteikt pašvaldības pirmsskolas izglītības iestādē, no septiņu gadu vecuma – skolā. Bērniem, kuri nerunā latviešu valodā, skola nodrošina papildu valodas nodarbības un pedagoga palīga atbalstu.\n\nRemigrantu ģimenēm skola palīdz novērtēt ārvalstīs apgūto mācību saturu.',
        howToApply:
          'Piesakiet bērnu pašvaldības e-pakalpojumā vai klātienē izglītības pārvaldē. Līdzi ņemiet bērna dzimšanas apliecību un iepriekšējās izglītības dokumentus.',
        eligibility: 'Bērni, kuru dzīvesvieta deklarēta pašvaldībā, neatkarīgi no pilsonības.',
        cost: 'Bez maksas pašvaldības iestādēs',
        hours: 'Darba dienās 9.00–16.00',
        address: 'Rīga, Demo iela 10',
      },
      en: {
        title: 'Enrolling a child in school or kindergarten',
        summary: 'How to enrol your child in a municipal kindergarten or school and get support with learning Latvian.',
        body: 'Children can start municipal pre-school from the age of one and a half and school from seven. Children who do not speak Latvian get extra language lessons and help from a teaching assistant.\n\nFor returning families, the school helps assess what the child learnt abroad.',
        howToApply:
          'Enrol your child through the municipality’s e-service or in person at the education board. Bring the birth certificate and earlier school records.',
        eligibility: 'Children whose residence is declared in the municipality, whatever their citizenship.',
        cost: 'Free in municipal schools and kindergartens',
        hours: 'Weekdays 9:00–16:00',
        address: 'Riga, Demo iela 10',
      },
      ru: {
        title: 'Запись ребёнка в школу и детский сад',
        summary: 'Как записать ребёнка в муниципальный детский сад или школу и получить поддержку в изучении латышского языка.',
        body: 'Детей с полутора лет можно записать в муниципальное дошкольное учреждение, с семи лет — в школу. Детям, которые не говорят по-латышски, школа обеспечивает дополнительные занятия языком и помощь ассистента педагога.\n\nСемьям реэмигрантов школа помогает оценить учебный материал, пройденный за границей.',
        howToApply:
          'Запишите ребёнка через электронную услугу самоуправления или лично в управлении образования. Возьмите свидетельство о рождении и документы о предыдущем обучении.',
        eligibility: 'Дети, место жительства которых задекларировано в самоуправлении, независимо от гражданства.',
        cost: 'Бесплатно в муниципальных учреждениях',
        hours: 'По будням 9:00–16:00',
        address: 'Рига, ул. Demo 10',
      },
    },
  ),
  service(
    {
      category: 'darbs',
      audiences: ['treso-valstu-pilsoni', 'begli-un-patveruma-mekletaji', 'remigranti'],
      topics: ['nodarbinatiba'],
      provider: 'nodarbinatibas-valsts-agentura',
      municipalities: ['riga', 'daugavpils', 'liepaja', 'jelgava', 'jurmala', 'ventspils', 'rezekne', 'valmiera'],
      languages: ['lv', 'en', 'ru', 'uk'],
      phone: '+371 6700 0006',
      email: 'nva@example.lv',
      website: 'https://www.nva.gov.lv',
    },
    {
      lv: {
        title: 'Bezdarbnieka statuss un darba meklēšanas atbalsts',
        summary: 'Reģistrācija Nodarbinātības valsts aģentūrā, karjeras konsultācijas, kursi un vakances.',
        body: 'Nodarbinātības valsts aģentūra palīdz atrast darbu: piedāvā vakances, karjeras konsultantu, profesionālās apmācības un latviešu valodas kursus bezdarbniekiem.\n\nPagaidu aizsardzības saņēmēji var reģistrēties kā bezdarbnieki tāpat kā Latvijas iedzīvotāji.',
        howToApply:
          'Reģistrējieties aģentūras filiālē vai tiešsaistē ar e-parakstu. Līdzi ņemiet personu apliecinošu dokumentu un izglītības dokumentus.',
        eligibility: 'Personas ar tiesībām strādāt Latvijā, kuras nav nodarbinātas.',
        cost: 'Bez maksas',
        hours: 'Darba dienās 8.30–17.00',
        address: 'Filiāles visās lielākajās pilsētās',
      },
      en: {
        title: 'Unemployed status and help finding work',
        summary: 'Registering with the State Employment Agency, career advice, training and job vacancies.',
        body: 'The State Employment Agency helps you find work: vacancies, a career adviser, vocational training and Latvian courses for jobseekers.\n\nPeople under temporary protection can register as unemployed on the same terms as Latvian residents.',
        howToApply:
          'Register at a branch of the agency or online with an e-signature. Bring an identity document and your education certificates.',
        eligibility: 'People entitled to work in Latvia who are not in work.',
        cost: 'Free of charge',
        hours: 'Weekdays 8:30–17:00',
        address: 'Branches in all larger towns',
      },
      ru: {
        title: 'Статус безработного и помощь в поиске работы',
        summary: 'Регистрация в Государственном агентстве занятости, карьерные консультации, курсы и вакансии.',
        body: 'Государственное агентство занятости помогает найти работу: вакансии, карьерный консультант, профессиональное обучение и курсы латышского языка для безработных.\n\nПолучатели временной защиты могут зарегистрироваться как безработные на тех же условиях, что и жители Латвии.',
        howToApply:
          'Зарегистрируйтесь в филиале агентства или онлайн с электронной подписью. Возьмите документ, удостоверяющий личность, и документы об образовании.',
        eligibility: 'Лица с правом работать в Латвии, которые не трудоустроены.',
        cost: 'Бесплатно',
        hours: 'По будням 8:30–17:00',
        address: 'Филиалы во всех крупных городах',
      },
      uk: {
        title: 'Статус безробітного та допомога в пошуку роботи',
        summary: 'Реєстрація в Державному агентстві зайнятості, кар’єрні консультації, курси та вакансії.',
        body: 'Державне агентство зайнятості допомагає знайти роботу: вакансії, кар’єрний консультант, професійне навчання та курси латиської мови для безробітних.\n\nОсоби з тимчасовим захистом можуть зареєструватися як безробітні на тих самих умовах, що й жителі Латвії.',
        howToApply:
          'Зареєструйтеся у філії агентства або онлайн з електронним підписом. Візьміть документ, що посвідчує особу, і документи про освіту.',
        eligibility: 'Особи, які мають право працювати в Латвії та не працевлаштовані.',
        cost: 'Безкоштовно',
        hours: 'У будні 8:30–17:00',
        address: 'Філії в усіх великих містах',
      },
    },
  ),
  service(
    {
      ...CENTRE,
      email: 'darbadevejiem@example.lv',
      category: 'darbs',
      audiences: ['darba-deveji'],
      topics: ['nodarbinatiba'],
      municipalities: ['riga'],
      languages: ['lv', 'en', 'ru'],
    },
    {
      lv: {
        title: 'Konsultācijas darba devējiem par ārvalstu darbinieku pieņemšanu',
        summary: 'Kā pieņemt darbā trešo valstu pilsoni: vakances reģistrācija, uzturēšanās atļauja un darbinieka iekļaušana kolektīvā.',
        body: 'Darba devēji saņem praktiskus padomus par vakances reģistrēšanu, ielūguma noformēšanu un darba tiesisko attiecību uzsākšanu ar ārvalstu darbinieku.\n\nPiedāvājam arī īsas apmācības kolektīviem par starpkultūru komunikāciju.',
        howToApply: 'Rakstiet e-pastu, aprakstot uzņēmumu un plānoto amatu. Konsultāciju saskaņosim nedēļas laikā.',
        eligibility: 'Latvijā reģistrēti uzņēmumi un organizācijas.',
        cost: 'Bez maksas',
        hours: CENTRE_HOURS.lv,
        address: CENTRE_ADDRESS.lv,
      },
      en: {
        title: 'Advice for employers hiring from abroad',
        summary: 'How to hire a third-country national: registering the vacancy, the residence permit and welcoming the new colleague.',
        body: 'Employers get practical advice on registering a vacancy, issuing an invitation and starting employment with a worker from abroad.\n\nWe also offer short intercultural communication sessions for teams.',
        howToApply: 'Send an e-mail describing your company and the job. We agree on a time within a week.',
        eligibility: 'Companies and organisations registered in Latvia.',
        cost: 'Free of charge',
        hours: CENTRE_HOURS.en,
        address: CENTRE_ADDRESS.en,
      },
      ru: {
        title: 'Консультации для работодателей по найму иностранных работников',
        summary: 'Как принять на работу гражданина третьей страны: регистрация вакансии, вид на жительство и адаптация в коллективе.',
        body: 'Работодатели получают практические советы о регистрации вакансии, оформлении приглашения и начале трудовых отношений с иностранным работником.\n\nТакже предлагаем короткие занятия для коллективов по межкультурной коммуникации.',
        howToApply: 'Напишите письмо с описанием компании и планируемой должности. Время консультации согласуем в течение недели.',
        eligibility: 'Компании и организации, зарегистрированные в Латвии.',
        cost: 'Бесплатно',
        hours: CENTRE_HOURS.ru,
        address: CENTRE_ADDRESS.ru,
      },
    },
  ),
  service(
    {
      category: 'veseliba',
      audiences: ['treso-valstu-pilsoni', 'begli-un-patveruma-mekletaji'],
      topics: ['veselibas-aprupe'],
      provider: 'nacionalais-veselibas-dienests',
      municipalities: ['riga', 'daugavpils', 'liepaja', 'jelgava', 'jurmala', 'ventspils', 'rezekne', 'valmiera'],
      languages: ['lv', 'en', 'ru', 'uk'],
      phone: '+371 6700 0008',
      email: 'veseliba@example.lv',
      website: 'https://www.vmnvd.gov.lv',
    },
    {
      lv: {
        title: 'Reģistrācija pie ģimenes ārsta',
        summary: 'Kā izvēlēties ģimenes ārstu un kad valsts apmaksā veselības aprūpi.',
        body: 'Ģimenes ārsts ir pirmais, pie kura vērsties veselības jautājumos. Valsts apmaksātu veselības aprūpi saņem personas ar pastāvīgās uzturēšanās atļauju, pagaidu aizsardzības saņēmēji un citas likumā noteiktās grupas.\n\nCiti iedzīvotāji var iegādāties veselības apdrošināšanu.',
        howToApply: 'Izvēlieties ārstu no Nacionālā veselības dienesta saraksta un noslēdziet vienošanos ārsta praksē.',
        eligibility: 'Ikviens, kurš dzīvo Latvijā; valsts apmaksātie pakalpojumi – atbilstoši statusam.',
        cost: 'Pacienta iemaksa par vizīti; bērniem bez maksas',
        hours: 'Atkarībā no prakses',
        address: 'Ģimenes ārstu prakses visā Latvijā',
      },
      en: {
        title: 'Registering with a family doctor',
        summary: 'How to choose a family doctor and when the state pays for health care.',
        body: 'A family doctor is the first person to see about your health. The state pays for health care for holders of permanent residence, people under temporary protection and other groups set by law.\n\nOthers can buy health insurance.',
        howToApply: 'Choose a doctor from the National Health Service list and sign an agreement at the practice.',
        eligibility: 'Everyone who lives in Latvia; state-paid services depending on your status.',
        cost: 'Patient fee per visit; free for children',
        hours: 'Depends on the practice',
        address: 'Family doctors’ practices across Latvia',
      },
      ru: {
        title: 'Регистрация у семейного врача',
        summary: 'Как выбрать семейного врача и когда государство оплачивает медицинскую помощь.',
        body: 'Семейный врач — первый, к кому обращаться по вопросам здоровья. Государство оплачивает медицинскую помощь обладателям постоянного вида на жительство, получателям временной защиты и другим группам, определённым законом.\n\nОстальные могут приобрести страховку здоровья.',
        howToApply: 'Выберите врача из списка Национальной службы здоровья и заключите соглашение в практике врача.',
        eligibility: 'Все, кто живёт в Латвии; оплачиваемые государством услуги — в зависимости от статуса.',
        cost: 'Взнос пациента за визит; для детей бесплатно',
        hours: 'В зависимости от практики',
        address: 'Практики семейных врачей по всей Латвии',
      },
      uk: {
        title: 'Реєстрація в сімейного лікаря',
        summary: 'Як обрати сімейного лікаря і коли держава оплачує медичну допомогу.',
        body: 'Сімейний лікар — перший, до кого варто звертатися щодо здоров’я. Держава оплачує медичну допомогу власникам постійної посвідки, особам із тимчасовим захистом та іншим групам, визначеним законом.\n\nІнші можуть придбати медичне страхування.',
        howToApply: 'Оберіть лікаря зі списку Національної служби здоров’я та укладіть угоду в практиці лікаря.',
        eligibility: 'Усі, хто живе в Латвії; послуги за рахунок держави — залежно від статусу.',
        cost: 'Внесок пацієнта за візит; для дітей безкоштовно',
        hours: 'Залежно від практики',
        address: 'Практики сімейних лікарів по всій Латвії',
      },
    },
  ),
  service(
    {
      category: 'socialais-atbalsts',
      audiences: ['begli-un-patveruma-mekletaji', 'treso-valstu-pilsoni'],
      topics: ['pagaidu-aizsardziba'],
      provider: 'rigas-valstspilsetas-pasvaldiba',
      municipalities: ['riga'],
      languages: ['lv', 'ru', 'uk'],
      phone: '+371 6700 0009',
      email: 'socialais@example.lv',
      website: 'https://www.riga.lv',
    },
    {
      lv: {
        title: 'Sociālā palīdzība un pabalsti',
        summary: 'Pašvaldības pabalsti, sociālā darbinieka atbalsts un palīdzība krīzes situācijā.',
        body: 'Pašvaldības sociālais dienests izvērtē ģimenes situāciju un piešķir pabalstus: garantētā minimālā ienākuma pabalstu, mājokļa pabalstu un pabalstu krīzes situācijā.\n\nSociālais darbinieks palīdz sazināties ar citām iestādēm.',
        howToApply:
          'Vērsieties sociālā dienesta teritoriālajā centrā pēc deklarētās dzīvesvietas. Līdzi ņemiet personu apliecinošu dokumentu un ziņas par ienākumiem.',
        eligibility: 'Iedzīvotāji ar deklarētu dzīvesvietu pašvaldībā, tostarp pagaidu aizsardzības saņēmēji.',
        cost: 'Bez maksas',
        hours: 'Darba dienās 9.00–17.00',
        address: 'Rīga, Demo iela 20',
      },
      en: {
        title: 'Social assistance and benefits',
        summary: 'Municipal benefits, a social worker’s support and help in a crisis.',
        body: 'The municipal social service looks at the family’s situation and grants benefits: the guaranteed minimum income benefit, housing benefit and crisis support.\n\nA social worker helps you deal with other institutions.',
        howToApply: 'Go to the social service centre for your declared address. Bring an identity document and details of your income.',
        eligibility: 'Residents with a declared address in the municipality, including people under temporary protection.',
        cost: 'Free of charge',
        hours: 'Weekdays 9:00–17:00',
        address: 'Riga, Demo iela 20',
      },
      ru: {
        title: 'Социальная помощь и пособия',
        summary: 'Пособия самоуправления, поддержка социального работника и помощь в кризисной ситуации.',
        body: 'Социальная служба самоуправления оценивает положение семьи и назначает пособия: пособие гарантированного минимального дохода, жилищное пособие и пособие в кризисной ситуации.\n\nСоциальный работник помогает общаться с другими учреждениями.',
        howToApply:
          'Обратитесь в территориальный центр социальной службы по задекларированному месту жительства. Возьмите документ, удостоверяющий личность, и сведения о доходах.',
        eligibility: 'Жители с задекларированным местом жительства в самоуправлении, в том числе получатели временной защиты.',
        cost: 'Бесплатно',
        hours: 'По будням 9:00–17:00',
        address: 'Рига, ул. Demo 20',
      },
      uk: {
        title: 'Соціальна допомога та виплати',
        summary: 'Виплати самоврядування, підтримка соціального працівника та допомога в кризовій ситуації.',
        body: 'Соціальна служба самоврядування оцінює становище сім’ї та призначає виплати: допомогу гарантованого мінімального доходу, житлову допомогу та допомогу в кризовій ситуації.\n\nСоціальний працівник допомагає спілкуватися з іншими установами.',
        howToApply:
          'Зверніться до територіального центру соціальної служби за задекларованим місцем проживання. Візьміть документ, що посвідчує особу, і відомості про доходи.',
        eligibility: 'Жителі із задекларованим місцем проживання в самоврядуванні, зокрема особи з тимчасовим захистом.',
        cost: 'Безкоштовно',
        hours: 'У будні 9:00–17:00',
        address: 'Рига, вул. Demo 20',
      },
    },
  ),
  service(
    {
      category: 'juridiska-palidziba',
      audiences: ['begli-un-patveruma-mekletaji', 'treso-valstu-pilsoni'],
      topics: ['uzturesanas-atlaujas'],
      provider: 'juridiskas-palidzibas-administracija',
      municipalities: ['riga', 'daugavpils', 'liepaja'],
      languages: ['lv', 'en', 'ru'],
      phone: '+371 6700 0010',
      email: 'jpa@example.lv',
      website: 'https://www.jpa.gov.lv',
    },
    {
      lv: {
        title: 'Valsts nodrošinātā juridiskā palīdzība',
        summary: 'Bezmaksas jurista palīdzība, ja jums nav līdzekļu to apmaksāt, tostarp patvēruma lietās.',
        body: 'Valsts apmaksā jurista konsultācijas, dokumentu sagatavošanu un pārstāvību tiesā personām ar zemiem ienākumiem. Patvēruma meklētāji valsts juridisko palīdzību var saņemt lēmuma pārsūdzēšanai.\n\nPalīdzību sniedz administrācijas izvēlēti juristi visā Latvijā.',
        howToApply:
          'Aizpildiet iesniegumu un iesniedziet to Juridiskās palīdzības administrācijā klātienē, pa pastu vai e-pastā ar e-parakstu.',
        eligibility: 'Trūcīgas un maznodrošinātas personas, patvēruma meklētāji un citas likumā noteiktās grupas.',
        cost: 'Bez maksas',
        hours: 'Darba dienās 8.30–17.00',
        address: 'Rīga, Demo iela 30',
      },
      en: {
        title: 'State-funded legal aid',
        summary: 'A lawyer’s help at no cost if you cannot afford one, including in asylum cases.',
        body: 'The state pays for legal advice, drafting documents and representation in court for people on low incomes. Asylum seekers can get state legal aid to appeal a decision.\n\nLawyers chosen by the administration give the help across Latvia.',
        howToApply:
          'Fill in the application and hand it in to the Legal Aid Administration in person, by post or by e-mail with an e-signature.',
        eligibility: 'People on low incomes, asylum seekers and other groups set by law.',
        cost: 'Free of charge',
        hours: 'Weekdays 8:30–17:00',
        address: 'Riga, Demo iela 30',
      },
      ru: {
        title: 'Государственная юридическая помощь',
        summary: 'Бесплатная помощь юриста, если у вас нет средств её оплатить, в том числе в делах об убежище.',
        body: 'Государство оплачивает консультации юриста, подготовку документов и представительство в суде для людей с низкими доходами. Лица, ищущие убежища, могут получить государственную юридическую помощь для обжалования решения.\n\nПомощь оказывают юристы, выбранные администрацией, по всей Латвии.',
        howToApply:
          'Заполните заявление и подайте его в Администрацию юридической помощи лично, по почте или по электронной почте с электронной подписью.',
        eligibility: 'Малоимущие и малообеспеченные лица, лица, ищущие убежища, и другие группы, определённые законом.',
        cost: 'Бесплатно',
        hours: 'По будням 8:30–17:00',
        address: 'Рига, ул. Demo 30',
      },
    },
  ),
  service(
    {
      ...CENTRE,
      email: 'majoklis@example.lv',
      category: 'majoklis',
      audiences: ['treso-valstu-pilsoni', 'begli-un-patveruma-mekletaji', 'remigranti'],
      topics: ['uzturesanas-atlaujas'],
      municipalities: ['riga', 'jurmala'],
      languages: ['lv', 'en', 'ru', 'uk'],
    },
    {
      lv: {
        title: 'Palīdzība mājokļa īrē',
        summary: 'Padomi dzīvokļa meklēšanā, īres līguma pārbaude un dzīvesvietas deklarēšana.',
        body: 'Konsultants palīdz saprast īres līguma nosacījumus, drošības naudu un komunālos maksājumus, kā arī paskaidro, kā deklarēt dzīvesvietu.\n\nĪres līgumu pirms parakstīšanas var atnest pārbaudei.',
        howToApply: 'Piesakieties konsultācijai pa tālruni vai e-pastu un, ja iespējams, atsūtiet līguma projektu iepriekš.',
        eligibility: 'Iebraucēji, pagaidu aizsardzības saņēmēji un remigranti.',
        cost: 'Bez maksas',
        hours: CENTRE_HOURS.lv,
        address: CENTRE_ADDRESS.lv,
      },
      en: {
        title: 'Help with renting a home',
        summary: 'Tips for finding a flat, a check of your tenancy agreement and declaring your address.',
        body: 'An adviser helps you understand the terms of a tenancy agreement, the deposit and utility bills, and explains how to declare your place of residence.\n\nYou can bring a tenancy agreement for a check before you sign it.',
        howToApply: 'Book by phone or e-mail and, if you can, send the draft agreement in advance.',
        eligibility: 'Newcomers, people under temporary protection and returning emigrants.',
        cost: 'Free of charge',
        hours: CENTRE_HOURS.en,
        address: CENTRE_ADDRESS.en,
      },
      ru: {
        title: 'Помощь в аренде жилья',
        summary: 'Советы по поиску квартиры, проверка договора аренды и декларирование места жительства.',
        body: 'Консультант поможет разобраться в условиях договора аренды, залоге и коммунальных платежах, а также объяснит, как задекларировать место жительства.\n\nДоговор аренды можно принести на проверку до подписания.',
        howToApply: 'Запишитесь на консультацию по телефону или электронной почте и по возможности пришлите проект договора заранее.',
        eligibility: 'Иммигранты, получатели временной защиты и реэмигранты.',
        cost: 'Бесплатно',
        hours: CENTRE_HOURS.ru,
        address: CENTRE_ADDRESS.ru,
      },
      uk: {
        title: 'Допомога з орендою житла',
        summary: 'Поради з пошуку квартири, перевірка договору оренди та декларування місця проживання.',
        body: 'Консультант допоможе розібратися в умовах договору оренди, заставі та комунальних платежах, а також пояснить, як задекларувати місце проживання.\n\nДоговір оренди можна принести на перевірку до підписання.',
        howToApply: 'Запишіться на консультацію телефоном або електронною поштою і за можливості надішліть проєкт договору заздалегідь.',
        eligibility: 'Іммігранти, особи з тимчасовим захистом і реемігранти.',
        cost: 'Безкоштовно',
        hours: CENTRE_HOURS.uk,
        address: CENTRE_ADDRESS.uk,
      },
    },
  ),
  service(
    {
      category: 'socialais-atbalsts',
      audiences: ['remigranti'],
      topics: ['remigracija'],
      provider: 'latgales-planosanas-regions',
      municipalities: ['daugavpils', 'rezekne'],
      languages: ['lv', 'en', 'ru'],
      phone: '+371 6700 0012',
      email: 'remigracija@example.lv',
      website: 'https://www.latgale.lv',
    },
    {
      lv: {
        title: 'Remigrācijas koordinatora atbalsts',
        summary: 'Personīgs padomdevējs ģimenēm, kuras atgriežas dzīvot Latvijā, tostarp ar trešo valstu pilsoņiem ģimenē.',
        body: 'Reģionālais remigrācijas koordinators palīdz plānot atgriešanos: darba un mājokļa meklēšana, bērnu skola, uzturēšanās atļauja ģimenes loceklim – trešās valsts pilsonim.\n\nKoordinators sadarbojas ar Informācijas centru iebraucējiem kopš 2018. gada.',
        howToApply: 'Aizpildiet īsu anketu par ģimenes situāciju; koordinators sazināsies divu darba dienu laikā.',
        eligibility: 'Latvijas valstspiederīgie un viņu ģimenes, kuras atgriežas vai plāno atgriezties Latvijā.',
        cost: 'Bez maksas',
        hours: 'Darba dienās pēc vienošanās',
        address: 'Daugavpils, Demo iela 2',
      },
      en: {
        title: 'Support from a return migration coordinator',
        summary: 'A personal adviser for families moving back to Latvia, including families with a third-country national.',
        body: 'The regional return migration coordinator helps you plan your return: finding work and a home, a school for the children, a residence permit for a family member from a third country.\n\nThe coordinators have worked with the Information Centre for Immigrants since 2018.',
        howToApply: 'Fill in a short form about your family; the coordinator contacts you within two working days.',
        eligibility: 'Latvian nationals and their families who return or plan to return to Latvia.',
        cost: 'Free of charge',
        hours: 'Weekdays by arrangement',
        address: 'Daugavpils, Demo iela 2',
      },
      ru: {
        title: 'Поддержка координатора по реэмиграции',
        summary: 'Личный консультант для семей, возвращающихся жить в Латвию, в том числе с гражданами третьих стран в семье.',
        body: 'Региональный координатор по реэмиграции помогает спланировать возвращение: поиск работы и жилья, школа для детей, вид на жительство для члена семьи — гражданина третьей страны.\n\nКоординаторы сотрудничают с Информационным центром для иммигрантов с 2018 года.',
        howToApply: 'Заполните короткую анкету о семье; координатор свяжется с вами в течение двух рабочих дней.',
        eligibility: 'Латвийцы и их семьи, которые возвращаются или планируют вернуться в Латвию.',
        cost: 'Бесплатно',
        hours: 'По будням по договорённости',
        address: 'Даугавпилс, ул. Demo 2',
      },
    },
  ),
];
