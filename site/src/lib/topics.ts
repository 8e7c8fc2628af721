import type { UiKey } from '../i18n/ui';
import type { Resolved } from '../utils/fallback';
import { paths } from '../utils/urls';
import { documentPaths, documentsFor, type DocumentData } from './content';

type Linked = { documentId: string };
type Item = DocumentData<'services'> | DocumentData<'events'> | DocumentData<'resources'> | DocumentData<'meetings'>;

/** One content type's documents on a topic, as the topic page and its feeds list them. */
export interface TopicGroup {
  key: UiKey;
  href: (locale: string, slug: string) => string;
  items: Resolved<Item>[];
}

const on = (topicId: string) => (topics: Linked[]) => topics.some((t) => t.documentId === topicId);

/**
 * Services, events, resources and meetings on a topic, each as a reader in `locale` sees it
 * (translation or Latvian original, the fallback rule). Empty groups are kept: callers decide.
 */
export async function topicGroups(topicId: string, locale: string) {
  const has = on(topicId);
  const events = (await documentsFor('events', locale)).filter((r) => has(r.entry.topics));
  const groups = [
    { key: 'nav.services', href: paths.service, items: (await documentsFor('services', locale)).filter((r) => has(r.entry.topics)) },
    { key: 'nav.events', href: paths.event, items: events },
    { key: 'nav.resources', href: paths.resource, items: (await documentsFor('resources', locale)).filter((r) => has(r.entry.topics)) },
    {
      key: 'nav.dialogue',
      href: paths.meeting,
      items: (await documentsFor('meetings', locale)).filter((r) => has(r.entry.topic ? [r.entry.topic] : [])),
    },
  ] satisfies TopicGroup[];
  return { groups: groups as TopicGroup[], events };
}

/**
 * The paths of a topic's page and of its feeds, one per topic and locale. What each lists is
 * part of its cache key, so an incremental build renders it again whenever a document it lists
 * joins, leaves or changes: the page and the news feed list every group, the calendar events only.
 */
export const topicPaths = (lists: 'everything' | 'events' = 'everything') =>
  documentPaths('topics', paths.topic, async (locale, topic) => {
    const { groups, events } = await topicGroups(topic.documentId, locale);
    return lists === 'events' ? events : groups.map((group) => group.items);
  });
