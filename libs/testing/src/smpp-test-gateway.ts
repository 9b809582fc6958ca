import * as smpp from 'smpp';

export interface SubmittedSms {
  messageId: string;
  to: string;
  from: string;
  text: string;
  dataCoding: number;
}

/**
 * A real SMPP 3.4 SMSC for tests (smpp's own server on a free port): it checks the bind's system_id and password,
 * answers submit_sm with a message id, records what was sent, and sends delivery receipts (deliver_sm) when asked.
 * `refuseBinds` / `failSubmits` make the next binds or submits fail, as a gateway that is down or overloaded does.
 */
export class SmppTestGateway {
  readonly submitted: SubmittedSms[] = [];
  refuseBinds = 0;
  failSubmits = 0;
  binds = 0;
  private server?: smpp.Server;
  private readonly sessions = new Set<smpp.Session>();
  private nextId = 1;
  port = 0;

  constructor(
    readonly systemId = 'hotline',
    readonly password = 'secret',
  ) {}

  /** SMS_URL for this gateway. */
  get url(): string {
    return `smpp://${this.systemId}:${this.password}@127.0.0.1:${this.port}?source=1022`;
  }

  async start(): Promise<this> {
    this.server = smpp.createServer({}, (session) => {
      session.on('error', () => undefined);
      session.on('bind_transceiver', (pdu: smpp.PDU) => {
        this.binds += 1;
        const refused = this.refuseBinds > 0 || pdu.system_id !== this.systemId || pdu.password !== this.password;
        if (this.refuseBinds > 0) this.refuseBinds -= 1;
        if (refused) {
          session.send(pdu.response({ command_status: smpp.ESME_RBINDFAIL }));
          session.close();
          return;
        }
        this.sessions.add(session);
        session.on('close', () => this.sessions.delete(session));
        session.send(pdu.response());
      });
      session.on('submit_sm', (pdu: smpp.PDU & { message_payload?: { message: string } }) => {
        if (this.failSubmits > 0) {
          this.failSubmits -= 1;
          session.send(pdu.response({ command_status: smpp.ESME_RSUBMITFAIL }));
          return;
        }
        const messageId = `msg-${this.nextId++}`;
        const body = pdu.message_payload ?? pdu.short_message;
        const text = typeof body === 'string' ? body : String((body as { message?: string })?.message ?? '');
        this.submitted.push({
          messageId,
          to: pdu.destination_addr ?? '',
          from: pdu.source_addr ?? '',
          text,
          dataCoding: pdu.data_coding ?? 0,
        });
        session.send(pdu.response({ message_id: messageId }));
      });
      session.on('enquire_link', (pdu: smpp.PDU) => session.send(pdu.response()));
      session.on('unbind', (pdu: smpp.PDU) => {
        session.send(pdu.response());
        session.close();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', () => resolve()));
    this.port = (this.server.address() as { port: number }).port;
    return this;
  }

  /** Sends the SMSC's delivery receipt for a message (stat DELIVRD, UNDELIV, …) over every bound session. */
  deliverReceipt(messageId: string, stat: 'DELIVRD' | 'UNDELIV' | 'EXPIRED' | 'REJECTD'): Promise<number> {
    const text = `id:${messageId} sub:001 dlvrd:${stat === 'DELIVRD' ? '001' : '000'} submit date:2612021200 done date:2612021201 stat:${stat} err:000 text:`;
    const [session] = this.sessions;
    if (!session) throw new Error('no bound session to deliver the receipt on');
    return new Promise((resolve) =>
      session.deliver_sm(
        { esm_class: 0x04, source_addr: '84912345678', destination_addr: '1022', short_message: text, receipted_message_id: messageId },
        (pdu) => resolve(pdu.command_status),
      ),
    );
  }

  async stop(): Promise<void> {
    for (const session of this.sessions) session.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
