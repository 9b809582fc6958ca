/** The same rules the API checks (CreateCaseDto), so most mistakes are shown before sending. Values are message keys. */
export const VN_PHONE = /^(\+84|0084|0)[ .-]?[1-9](?:[ .-]?\d){8,9}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_MAX_FILES = 10;

export interface CaseFormValues {
  kind: string;
  categoryCode: string | null;
  areaCode: string | null;
  /** Denunciations only: the agency accused (its code). */
  accusedAgencyCode: string | null;
  title: string;
  description: string;
  address: string;
  /** The pin on the map ([lat, lng] in WGS 84), if one was dropped or taken from a photo's EXIF location (PhotoLocation). */
  location: { lat: number; lng: number } | null;
  anonymous: boolean;
  public: boolean;
  name: string;
  phone: string;
  email: string;
  /** How the citizen wants notices ('' : chosen from the contact given). */
  preferredChannel: '' | 'email' | 'sms' | 'zalo';
  website: string;
  files: File[];
  /** Consent (docs/personal-data.md): every box starts unticked; handling is required. */
  consentHandling: boolean;
  consentContact: boolean;
  /** The privacy notice version the form showed. */
  noticeVersion: number | null;
}

export type FormErrors = Record<string, { key: string; params?: Record<string, unknown> } | undefined>;

export function validateCase(values: CaseFormValues, options: { requireContact?: boolean } = {}): FormErrors {
  const errors: FormErrors = {};
  const title = values.title.trim();
  const description = values.description.trim();
  if (!values.kind) errors.kind = { key: 'validation.kind' };
  if (title.length < 5 || title.length > 200) errors.title = { key: 'validation.titleLength' };
  if (description.length < 10 || description.length > 10_000) errors.description = { key: 'validation.descriptionLength' };
  if (!values.anonymous) {
    const name = values.name.trim();
    if (name.length < 2 || name.length > 120) errors['citizen.name'] = { key: 'validation.name' };
    if (values.phone.trim() && !VN_PHONE.test(values.phone.trim())) errors['citizen.phone'] = { key: 'validation.phone' };
    if (values.email.trim() && !EMAIL.test(values.email.trim())) errors['citizen.email'] = { key: 'validation.email' };
    if (options.requireContact !== false && !values.phone.trim() && !values.email.trim() && !errors['citizen.phone']) {
      errors['citizen.phone'] = { key: 'validation.contact' };
    }
    if (values.preferredChannel === 'email' && !values.email.trim()) errors['citizen.preferredChannel'] = { key: 'notices.needsEmail' };
    if ((values.preferredChannel === 'sms' || values.preferredChannel === 'zalo') && !values.phone.trim()) {
      errors['citizen.preferredChannel'] = { key: 'notices.needsPhone' };
    }
  }
  if (!values.consentHandling) errors['consent.handling'] = { key: 'consent.required' };
  if (values.files.length > ATTACHMENT_MAX_FILES) errors.files = { key: 'validation.fileCount' };
  for (const file of values.files) {
    if (!ATTACHMENT_TYPES.includes(file.type)) errors.files ??= { key: 'validation.fileType', params: { name: file.name } };
    else if (file.size > ATTACHMENT_MAX_BYTES) errors.files ??= { key: 'validation.fileSize', params: { name: file.name } };
  }
  return errors;
}

/** A denunciation names the agency it accuses, and is never published (the API refuses both otherwise). */
export const isDenunciation = (kind: string): boolean => kind === 'denunciation';

/** The JSON body of POST /api/v1/cases from the form. */
export function toCaseBody(values: CaseFormValues) {
  const denunciation = isDenunciation(values.kind);
  const contact = values.anonymous
    ? undefined
    : {
        name: values.name.trim(),
        ...(values.phone.trim() ? { phone: values.phone.trim() } : {}),
        ...(values.email.trim() ? { email: values.email.trim() } : {}),
        ...(values.preferredChannel ? { preferredChannel: values.preferredChannel } : {}),
      };
  return {
    kind: values.kind as 'feedback',
    title: values.title.trim(),
    description: values.description.trim(),
    ...(values.categoryCode ? { categoryCode: values.categoryCode } : {}),
    ...(values.areaCode ? { areaCode: values.areaCode } : {}),
    ...(denunciation && values.accusedAgencyCode ? { accusedAgencyCode: values.accusedAgencyCode } : {}),
    ...(values.address.trim() ? { address: values.address.trim() } : {}),
    ...(values.location ? { location: { lat: values.location.lat, lng: values.location.lng } } : {}),
    ...(contact ? { citizen: contact } : {}),
    anonymous: values.anonymous,
    public: denunciation ? false : values.public,
    website: values.website,
    consent: {
      handling: values.consentHandling,
      contact: values.consentContact,
      publication: denunciation ? false : values.public,
      ...(values.noticeVersion ? { noticeVersion: values.noticeVersion } : {}),
    },
  };
}
