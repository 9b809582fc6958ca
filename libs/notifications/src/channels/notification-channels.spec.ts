import type { AppConfig } from '@hotline/config';
import { NotificationChannels } from './notification-channels';

const channels = (sms: boolean, zalo: boolean) =>
  new NotificationChannels({ sms: sms ? {} : null, zalo: zalo ? {} : null } as unknown as AppConfig);
const contact = (email: string | null, phone: string | null, preferred: 'email' | 'sms' | 'zalo' | null = null) => ({
  email,
  phone,
  preferred,
});

describe('NotificationChannels.forCitizen', () => {
  it('uses the channel the citizen preferred when its contact is given and it is on', () => {
    expect(channels(true, true).forCitizen(contact('a@x.vn', '0912345678', 'sms'))).toEqual({ channel: 'sms', recipient: '0912345678' });
    expect(channels(true, true).forCitizen(contact('a@x.vn', '0912345678', 'zalo'))).toEqual({ channel: 'zalo', recipient: '0912345678' });
  });

  it('falls back to email, then Zalo, then SMS, when the preferred channel is off or nothing was preferred', () => {
    expect(channels(false, false).forCitizen(contact('a@x.vn', '0912345678', 'sms'))).toEqual({ channel: 'email', recipient: 'a@x.vn' });
    expect(channels(true, true).forCitizen(contact(null, '0912345678'))).toEqual({ channel: 'zalo', recipient: '0912345678' });
    expect(channels(true, false).forCitizen(contact(null, '0912345678'))).toEqual({ channel: 'sms', recipient: '0912345678' });
  });

  it('sends nothing to a phone-only citizen when no gateway is on, or to an anonymous one', () => {
    expect(channels(false, false).forCitizen(contact(null, '0912345678'))).toBeNull();
    expect(channels(true, true).forCitizen(contact(null, null))).toBeNull();
  });
});
