import { CONTENT_MODALITY, MODALITY_SEPARATOR } from '../protocol/constants.ts';

/**
 * An attendee id with an optional modality suffix, e.g. `abc#content` for the content share
 * of attendee `abc`.
 */
export class DefaultModality {
  static readonly MODALITY_SEPARATOR = MODALITY_SEPARATOR;
  static readonly MODALITY_CONTENT = CONTENT_MODALITY;

  constructor(private readonly attendeeId: string) {}

  id(): string {
    return this.attendeeId;
  }

  /** The attendee id without any modality. */
  base(): string {
    if (!this.attendeeId) return '';
    return this.attendeeId.split(DefaultModality.MODALITY_SEPARATOR)[0] ?? '';
  }

  /** The modality, or '' when the id has none (or is malformed, e.g. two separators). */
  modality(): string {
    if (!this.attendeeId) return '';
    const parts = this.attendeeId.split(DefaultModality.MODALITY_SEPARATOR);
    return parts.length === 2 ? (parts[1] ?? '') : '';
  }

  hasModality(modality: string): boolean {
    return modality !== '' && this.modality() === modality;
  }

  /** The same base id with another modality; the bare base id if that would not parse back. */
  withModality(modality: string): DefaultModality {
    const candidate = new DefaultModality(this.base() + DefaultModality.MODALITY_SEPARATOR + modality);
    if (modality === '' || this.base() === '' || candidate.modality() !== modality) {
      return new DefaultModality(this.base());
    }
    return candidate;
  }
}
