/**
 * The kinds of a resource (a guide, a form, …), in the order the site lists them. The CMS's
 * `kind` enum must equal it (the CMS's content-model test checks), the site validates entries
 * and groups its resources page by it, and each kind has a UI string `resources.kind.<kind>`.
 */
export const RESOURCE_KINDS = ['guide', 'brochure', 'form', 'video', 'link', 'presentation'] as const;

export type ResourceKind = (typeof RESOURCE_KINDS)[number];
