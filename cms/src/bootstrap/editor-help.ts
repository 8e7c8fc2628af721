import type { Core, UID } from '@strapi/strapi';
import { CONTENT_TYPES } from '@integra/contract/content-types';

/** What the edit view says above (label) and under (description) a field. */
type FieldHelp = Record<string, [label: string, description: string]>;

const common: FieldHelp = {
  title: ['Title', 'The name readers see as the page heading and in lists. Short and plain: say what it is, not that it is new.'],
  slug: [
    'Address (slug)',
    'The last part of the page address, made from the title. Change it only before the first publication: links to it break.',
  ],
  summary: ['Summary', 'One or two sentences shown in lists, search results and link previews. Say who it is for and what they get.'],
};
const topics: FieldHelp = { topics: ['Topics', 'The themes readers browse by (residence, work, language…). Pick one to three.'] };
const languages: FieldHelp = {
  languages: ['Languages', 'Languages the service, event or material is available in, not the languages of this text.'],
};

/** Field labels and descriptions per content type, in the admin's language (English). */
export const EDITOR_HELP: Partial<Record<UID.ContentType, FieldHelp>> = {
  [CONTENT_TYPES.services.uid]: {
    ...common,
    body: ['Description', 'What the service is and what a newcomer gets from it. Short paragraphs; one idea each.'],
    howToApply: ['How to apply', 'The steps in order: where to go or write, what to bring, how long it takes.'],
    eligibility: ['Who can get it', 'Conditions in plain words: residence status, age, municipality. Leave empty if anyone can.'],
    cost: ['Cost', 'For example "Free" or "EUR 15". Leave empty if unknown.'],
    category: ['Area', 'The one area of life the service belongs to; it decides where the service is listed.'],
    audiences: ['For whom', 'Who the service is for. Leave empty if it is for everyone.'],
    provider: ['Provided by', 'The institution or organisation that provides it.'],
    contact: ['Contact', 'Where readers ask about this service, if not the centre.'],
    municipalities: ['Municipalities', 'Where the service is available. Leave empty if everywhere in Latvia.'],
    ...topics,
    ...languages,
  },
  [CONTENT_TYPES.events.uid]: {
    ...common,
    body: ['Description', 'The programme and what participants take away. Practical details go in the fields below.'],
    start: ['Starts', 'Date and time in Riga time.'],
    end: ['Ends', 'Leave empty for a single point in time. Cannot be before the start.'],
    allDay: ['All day', 'On for events without a set time (the times are then not shown).'],
    venue: ['Venue', 'Address and municipality. Leave empty for online-only events.'],
    onlineUrl: ['Online link', 'The address of the video call or stream, if any.'],
    organiser: ['Organiser', 'Who runs the event.'],
    registrationUrl: ['Registration link', 'Where to register. Leave empty if no registration is needed.'],
    registrationDeadline: ['Registration closes', 'Shown to readers; leave empty if there is none.'],
    audiences: ['For whom', 'Who the event is for. Leave empty if it is for everyone.'],
    cover: ['Cover image', 'A photo for the event page and previews, with a text alternative that says what it shows.'],
    ...topics,
    ...languages,
  },
  [CONTENT_TYPES.resources.uid]: {
    ...common,
    body: ['Description', 'What the material covers and who it helps.'],
    kind: ['Kind', 'Guide, brochure, form or video: readers filter by it.'],
    files: ['Files', 'The files to download (PDF preferred). A resource needs a file or a link before it can be published.'],
    externalUrl: ['Link', 'Where the material lives when it is not a file here, for example a video.'],
    publicationDate: ['Published on', 'When the material itself was issued (not when this entry was made).'],
    ...topics,
    ...languages,
  },
  [CONTENT_TYPES.meetings.uid]: {
    ...common,
    start: ['Starts', 'Date and time in Riga time.'],
    end: ['Ends', 'Cannot be before the start.'],
    topic: ['Topic', 'The one topic of this meeting.'],
    format: ['Format', 'In person, online or both.'],
    venue: ['Venue', 'Address and municipality, for meetings in person.'],
    onlineUrl: ['Online link', 'The address of the video call, for online meetings.'],
    agenda: ['Agenda', 'The items in order, before the meeting.'],
    participants: ['Participants', 'Institutions, municipalities, NGOs and businesses that took part.'],
    outcomes: ['Outcomes', 'After the meeting: what was agreed and who does what next.'],
    quotes: ['Quotes', 'What participants said, with their name and organisation, as they approved it.'],
    documents: ['Documents', 'Presentations and minutes to download.'],
    photos: ['Photos', 'Photos of the meeting, each with a text alternative.'],
  },
  [CONTENT_TYPES.pages.uid]: {
    ...common,
    body: ['Text', 'The page text. Use headings for sections so readers can scan it.'],
  },
};

/**
 * Sets the labels and descriptions editors see in the Content Manager's edit view. They live
 * here, in code, and are set at every boot: a change made under "Configure the view" is
 * replaced at the next start. The layout (field order and sizes) is left as editors set it.
 */
export async function applyEditorHelp(strapi: Core.Strapi, help = EDITOR_HELP) {
  const contentTypes = strapi.plugin('content-manager').service('content-types');
  for (const [uid, fields] of Object.entries(help)) {
    const contentType = contentTypes.findContentType(uid);
    if (!contentType) continue;
    const configuration = await contentTypes.findConfiguration(contentType);
    let changed = false;
    for (const [field, [label, description]] of Object.entries(fields!)) {
      const edit = configuration.metadatas?.[field]?.edit;
      if (!edit) throw new Error(`editor help names a field ${uid} does not have: ${field}`);
      if (edit.label !== label || edit.description !== description) {
        Object.assign(edit, { label, description });
        changed = true;
      }
    }
    if (changed) await contentTypes.updateConfiguration(contentType, configuration);
  }
}
