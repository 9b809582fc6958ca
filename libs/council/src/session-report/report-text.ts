import { ReportCounts, SessionReport } from './session-report.service';
import { localDateOf } from '@hotline/contracts';

/** dd/mm/yyyy of a Hà Nội date ('YYYY-MM-DD') or instant. */
export function viDate(value: string | Date): string {
  const [y, m, d] = (typeof value === 'string' ? value : localDateOf(value)).split('-');
  return `${d}/${m}/${y}`;
}

/** "Hà Nội, ngày 30 tháng 11 năm 2026". */
export function placeAndDate(place: string, at: Date): string {
  const [y, m, d] = localDateOf(at).split('-');
  return `${place}, ngày ${d} tháng ${m} năm ${y}`;
}

export function sessionLine(r: SessionReport): string {
  return `Kỳ họp thứ ${r.session.number} (${r.session.name}), ${r.session.term}`;
}

export function periodLine(r: SessionReport): string {
  return (
    `Kiến nghị cử tri thu thập từ ${viDate(r.session.meetingFrom)} đến ${viDate(r.session.meetingTo)}; ` +
    `kỳ họp ngày ${viDate(r.session.sessionDate)}; số liệu đến ${viDate(r.generatedAt)}.`
  );
}

export function totalsLine(t: ReportCounts): string {
  const percent = t.answeredPercent === null ? '' : ` (${t.answeredPercent.toLocaleString('vi-VN')}%)`;
  return (
    `Tổng số kiến nghị: ${t.total}; đã trả lời: ${t.answered}${percent}` +
    `, trong đó đúng hạn ${t.answeredOnTime}, trễ hạn ${t.answeredLate}; đang giải quyết: ${t.inProgress}; ` +
    `chưa chuyển cơ quan: ${t.notRouted}; ` +
    `dừng xử lý: ${t.stopped}; quá hạn chưa trả lời: ${t.overdue}.`
  );
}
