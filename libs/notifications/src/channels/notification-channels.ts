import { Injectable } from '@nestjs/common';
import { AppConfig } from '@hotline/config';

export type NotificationChannel = 'email' | 'sms' | 'zalo';

/** What a citizen gave to be reached by, and the channel they asked for, if any. */
export interface CitizenContact {
  email: string | null;
  phone: string | null;
  preferred: NotificationChannel | null;
}

/** Where one citizen notice goes. */
export interface NoticeRoute {
  channel: NotificationChannel;
  recipient: string;
}

/**
 * The one rule for how a citizen is told: the channel they preferred, when they gave its contact and it is on;
 * else email when they gave an address; else, for a phone, Zalo when configured (it falls back to SMS for a phone not
 * on Zalo), then SMS. With neither gateway on, a phone-only citizen gets no notice (they have the code and the PIN).
 */
@Injectable()
export class NotificationChannels {
  constructor(private readonly config: AppConfig) {}

  /** Which channels this deployment can send on. */
  get available(): Record<NotificationChannel, boolean> {
    return { email: true, sms: this.config.sms !== null, zalo: this.config.zalo !== null };
  }

  forCitizen(contact: CitizenContact): NoticeRoute | null {
    const on = this.available;
    const reach = (channel: NotificationChannel): NoticeRoute | null => {
      const recipient = channel === 'email' ? contact.email : contact.phone;
      return recipient && on[channel] ? { channel, recipient } : null;
    };
    return (contact.preferred ? reach(contact.preferred) : null) ?? reach('email') ?? reach('zalo') ?? reach('sms');
  }
}
