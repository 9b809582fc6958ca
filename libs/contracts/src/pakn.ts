import { CaseChannel, CaseKind } from './case.enums';

/**
 * The channels whose cases the national PAKN system does not see unless Hotline sends them (received offline); cases
 * from the web and from other systems (the PAKN pull itself arrives as `api`) are not sent back.
 */
export const PAKN_PUSHED_CHANNELS: readonly CaseChannel[] = [
  CaseChannel.Hotline,
  CaseChannel.Email,
  CaseChannel.WalkIn,
  CaseChannel.VoterMeeting,
];

/**
 * Whether a case and its answer go to the national PAKN system. Denunciations never do: their author and content are
 * protected (Luật Tố cáo 2018, Art. 47) and the national system is for phản ánh, kiến nghị (docs/channels.md).
 */
export const isPushedToPakn = (kase: { channel: CaseChannel; kind: CaseKind }): boolean =>
  PAKN_PUSHED_CHANNELS.includes(kase.channel) && kase.kind !== CaseKind.Denunciation;
