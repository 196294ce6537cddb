import type { TFunction } from 'i18next';

/** The form's fields a refusal can name (extensions.field), shown beside that field. */
export const FILING_FIELDS = [
  'enterpriseId',
  'title',
  'description',
  'category',
  'handlingMode',
  'photos',
  'photoIds',
] as const;
export type FilingField = (typeof FILING_FIELDS)[number];

export function isFilingField(field: string | undefined): field is FilingField {
  return (FILING_FIELDS as readonly (string | undefined)[]).includes(field);
}

/** Why a submit failed, in the user's language: per field when the server named one, else per code. */
export function failureMessage(t: TFunction, failure: { code?: string; field?: string }): string {
  if (failure.code === 'BAD_USER_INPUT' && isFilingField(failure.field))
    return t(`appeals:fieldError.${failure.field === 'photoIds' ? 'photos' : failure.field}`);
  return t(`appeals:failure.${failure.code ?? 'UNKNOWN'}`, {
    defaultValue: t('appeals:failure.UNKNOWN'),
  });
}
