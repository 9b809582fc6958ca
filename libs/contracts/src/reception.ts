import { CaseKind } from './case.enums';

/** What came of a citizen's visit to the reception office (sổ tiếp công dân, column "kết quả"). */
export enum ReceptionOutcome {
  /** The matter became a case (channel walk_in) through the ordinary intake. */
  CaseCreated = 'case_created',
  /** The officer explained or guided the citizen to the competent body; no case. */
  GuidanceGiven = 'guidance_given',
  /** Reception refused on one of the legal grounds (RefusalGround). */
  Refused = 'refused',
}

/**
 * The grounds on which a reception may be refused: Luật Tiếp công dân 2013, Art. 9 (as generally cited; the text is
 * not among the facts verified in shared/legal, see docs/reception.md). A fixed list: the register names its ground.
 */
export enum ReceptionRefusalGround {
  /** Art. 9(1): intoxicated, or lacking the capacity to understand or control one's acts. */
  Incapacitated = 'incapacitated',
  /** Art. 9(2): threatening or insulting the office or its officers, or breaking the reception rules. */
  Threatening = 'threatening',
  /** Art. 9(3): a matter already settled lawfully, reviewed and explained, raised again and again. */
  AlreadySettled = 'already_settled',
  /** Art. 9(4): other cases the law provides for. */
  OtherLegal = 'other_legal',
}

/** Identity documents an officer checks at reception (TT 04/2021/TT-TTCP: the citizen shows an identity paper). */
export enum IdentityDocumentType {
  CitizenId = 'citizen_id',
  IdCard = 'id_card',
  Passport = 'passport',
  Other = 'other',
}

/** The kinds a reception may turn into, each with the 10-working-day notice of Luật Tiếp công dân Art. 28(1). */
export const RECEPTION_CASE_KINDS = [CaseKind.Complaint, CaseKind.Denunciation, CaseKind.Petition, CaseKind.Feedback] as const;
export type ReceptionCaseKind = (typeof RECEPTION_CASE_KINDS)[number];
