import { loadConfig } from '@hotline/config';
import { CaseLinks } from './case-links';
import { MailTemplate, renderMail } from './catalogue';
import { trackingLinkTokenMatches } from './tracking-link';

const SECRET = 'a-session-secret-of-at-least-32-characters';

describe('the links and texts every case notice shares', () => {
  const links = new CaseLinks(
    loadConfig({
      DATABASE_URL: 'postgres://x@127.0.0.1/x',
      REDIS_URL: 'redis://127.0.0.1:6379',
      PUBLIC_BASE_URL: 'https://hotline.example.vn/',
      SESSION_SECRET: SECRET,
    }),
  );

  it('links staff to the case page and the citizen to the tracking page, under PUBLIC_BASE_URL', () => {
    expect(links.staff('0194f0a2-0000-7000-8000-000000000001')).toBe(
      'https://hotline.example.vn/staff/cases/0194f0a2-0000-7000-8000-000000000001',
    );
    const track = new URL(links.track('HN-2026-000001'));
    expect(`${track.origin}${track.pathname}`).toBe('https://hotline.example.vn/track/HN-2026-000001');
    // The citizen's link opens the case: it carries the link token of that tracking code, and of no other.
    expect(trackingLinkTokenMatches(SECRET, 'HN-2026-000001', track.searchParams.get('key') ?? undefined)).toBe(true);
    expect(trackingLinkTokenMatches(SECRET, 'HN-2026-000002', track.searchParams.get('key') ?? undefined)).toBe(false);
  });

  it('names the council office in each language when no agency holds the case', () => {
    const { text } = renderMail(MailTemplate.DeadlineOverdue, {
      trackingCode: 'HN-2026-000001',
      title: 'Ổ gà',
      clockLabel: 'trả lời',
      clockLabelEn: 'answer',
      dueText: '2026-11-24T17:00:00+07:00',
      staffUrl: links.staff('0194f0a2-0000-7000-8000-000000000001'),
    });
    expect(text).toContain('do Văn phòng HĐND (chưa chuyển cơ quan) xử lý');
    expect(text).toContain('handled by the council office (not yet routed to an agency)');
    expect(text).not.toContain('undefined');
  });
});
