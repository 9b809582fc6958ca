// The part of smpp 0.5's API the SMS gateway and its tests use (the package ships no types).
declare module 'smpp' {
  import { EventEmitter } from 'node:events';

  export interface PDU {
    command: string;
    command_status: number;
    sequence_number: number;
    message_id?: string;
    system_id?: string;
    password?: string;
    source_addr?: string;
    destination_addr?: string;
    esm_class?: number;
    short_message?: string | Buffer | { message?: string | Buffer };
    receipted_message_id?: string;
    message_state?: number;
    data_coding?: number;
    response(options?: Record<string, unknown>): PDU;
  }

  export class Session extends EventEmitter {
    send(pdu: PDU, responseCallback?: (pdu: PDU) => void, sendCallback?: () => void): boolean;
    close(callback?: () => void): void;
    destroy(callback?: () => void): void;
    pause(): void;
    resume(): void;
    bind_transceiver(options: Record<string, unknown>, callback: (pdu: PDU) => void): void;
    submit_sm(options: Record<string, unknown>, callback: (pdu: PDU) => void): void;
    deliver_sm(options: Record<string, unknown>, callback?: (pdu: PDU) => void): void;
    unbind(options?: Record<string, unknown>, callback?: (pdu: PDU) => void): void;
  }

  export interface Server extends EventEmitter {
    listen(port: number, host?: string, callback?: () => void): this;
    close(callback?: () => void): void;
    address(): { port: number } | string | null;
  }

  export function connect(
    options: { url: string; auto_enquire_link_period?: number; connectTimeout?: number },
    listener?: () => void,
  ): Session;
  export function createServer(listener: (session: Session) => void): Server;
  export function createServer(options: Record<string, unknown>, listener: (session: Session) => void): Server;

  export const ESME_ROK: number;
  export const ESME_RBINDFAIL: number;
  export const ESME_RSUBMITFAIL: number;
  export const ESME_RINVDSTADR: number;
  export const ESME_RTHROTTLED: number;
  export const ESME_RSYSERR: number;
}
