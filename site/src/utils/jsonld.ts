/**
 * schema.org descriptions for search engines. Pure builders: each takes the CMS data and the
 * absolute URL of the page.
 */
interface Org {
  name: string;
  website?: string;
}
const organization = (org: Org | null | undefined) =>
  org ? { '@type': 'Organization', name: org.name, ...(org.website ? { url: org.website } : {}) } : undefined;

export function serviceJsonLd(
  service: {
    title: string;
    summary: string;
    provider?: Org | null;
    municipalities: { name: string }[];
    languages: { code: string }[];
  },
  url: string,
) {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: service.title,
    description: service.summary,
    url,
    ...(service.provider ? { provider: organization(service.provider) } : {}),
    areaServed: service.municipalities.length
      ? service.municipalities.map((m) => ({ '@type': 'City', name: m.name }))
      : { '@type': 'Country', name: 'Latvia' },
    availableLanguage: service.languages.map((l) => l.code),
  };
}

export function eventJsonLd(
  event: {
    title: string;
    summary: string;
    start: string;
    end?: string | null;
    venue?: { name: string; address?: string };
    onlineUrl?: string;
    organiser?: Org | null;
    languages: { code: string }[];
    image?: string;
  },
  url: string,
) {
  const place = event.venue ? { '@type': 'Place', name: event.venue.name, address: event.venue.address ?? event.venue.name } : undefined;
  const virtual = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined;
  const mode =
    place && virtual
      ? 'https://schema.org/MixedEventAttendanceMode'
      : virtual
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode';
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    url,
    startDate: event.start,
    ...(event.end ? { endDate: event.end } : {}),
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: mode,
    location: [place, virtual].filter(Boolean),
    ...(event.organiser ? { organizer: organization(event.organiser) } : {}),
    ...(event.languages.length ? { inLanguage: event.languages.map((l) => l.code) } : {}),
    ...(event.image ? { image: event.image } : {}),
  };
}

export function organizationJsonLd(site: { name: string; url: string; email?: string; phone?: string }) {
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: site.name,
    url: site.url,
    ...(site.email ? { email: site.email } : {}),
    ...(site.phone ? { telephone: site.phone } : {}),
  };
}
