/**
 * The `tel:` link of a phone number as editors write it ("+371 6700 0001", "(+371) 67-000-001"):
 * a dialer wants only the digits and the plus, so spaces, brackets, dots and dashes are dropped.
 * Undefined for text without a digit, which is shown without a link.
 */
export const telHref = (phone: string): string | undefined => (/\d/.test(phone) ? `tel:${phone.replace(/[^+\d]/g, '')}` : undefined);
