import { ApiProperty } from '@nestjs/swagger';

/** A file of a case, as the citizen's and the staff's attachment routes list it (never its stored path). */
export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The client’s name with the extension of the detected type' }) fileName!: string;
  @ApiProperty({ description: 'The detected type, under which the file is served' }) contentType!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty() visibleToCitizen!: boolean;
  @ApiProperty({ enum: ['citizen', 'staff'] }) uploadedBy!: 'citizen' | 'staff';
  @ApiProperty() createdAt!: Date;
}
