import { Module } from '@nestjs/common';
import { CasesModule } from '@hotline/cases';
import { InboundMailService } from './email-intake/inbound-mail.service';
import { InboundSmtpServer } from './email-intake/inbound-smtp.server';
import { Open311ApiService } from './open311/open311.service';
import { Open311ClientsController } from './open311/open311-clients.controller';
import { Open311ClientsService } from './open311/open311-clients.service';
import { Open311Controller } from './open311/open311.controller';
import { PetitionImportProcessor } from './voter-meetings/petition-import.processor';
import { PetitionImportService } from './voter-meetings/petition-import.service';
import { VoterMeetingsController } from './voter-meetings/voter-meetings.controller';
import { VoterMeetingsService } from './voter-meetings/voter-meetings.service';
import { PaknClient } from './pakn/pakn-client';
import { PaknInboxController } from './pakn/pakn-inbox.controller';
import { PaknLinkService } from './pakn/pakn-link.service';
import { PaknProcessor } from './pakn/pakn.processor';
import { ReceptionController } from './walk-in/reception.controller';
import { ReceptionService } from './walk-in/reception.service';

const SERVICES = [
  Open311ClientsService,
  Open311ApiService,
  InboundMailService,
  VoterMeetingsService,
  PetitionImportService,
  ReceptionService,
  PaknClient,
  PaknLinkService,
];

/** Channels' services, shared by the API and the worker: every channel ends in ordinary intake. */
@Module({ imports: [CasesModule], providers: SERVICES, exports: SERVICES })
export class ChannelsModule {}

/** The HTTP side of the channels: Open311 GeoReport v2 and its clients, voter meetings, the walk-in reception register. */
@Module({
  imports: [ChannelsModule],
  controllers: [Open311Controller, Open311ClientsController, VoterMeetingsController, ReceptionController, PaknInboxController],
})
export class ChannelsApiModule {}

/** The worker side: the inbound SMTP listener of the email intake, spreadsheet imports of voter petitions, the PAKN link. */
@Module({ imports: [ChannelsModule], providers: [InboundSmtpServer, PetitionImportProcessor, PaknProcessor] })
export class ChannelsWorkerModule {}
