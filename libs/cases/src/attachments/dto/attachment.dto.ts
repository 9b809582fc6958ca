import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { LocationDto } from '../../intake/dto/create-case.dto';

/** A file of a case, as the citizen's and the staff's attachment routes list it (never its stored path). */
export class AttachmentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ description: 'The client’s name with the extension of the detected type' }) fileName!: string;
  @ApiProperty({ description: 'The detected type, under which the file is served' }) contentType!: string;
  @ApiProperty({ description: 'Bytes' }) size!: number;
  @ApiProperty() visibleToCitizen!: boolean;
  @ApiProperty({ enum: ['citizen', 'staff'] }) uploadedBy!: 'citizen' | 'staff';
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ description: 'Whether the file is an image with a thumbnail at …/attachments/{attachmentId}/thumbnail' })
  thumbnail!: boolean;
  @ApiPropertyOptional({
    type: LocationDto,
    description: 'In the upload’s answer only: where the photo was taken, from its EXIF GPS tags, to suggest the case’s pin',
  })
  location?: LocationDto;
}

/** Where a photo was taken, read from its EXIF before it is attached: nothing is stored. */
export class PhotoLocationDto {
  @ApiPropertyOptional({ type: LocationDto, description: 'Absent when the photo carries no GPS position' })
  location?: LocationDto;
}

/** The multipart body of an upload: one or more files in the field "file" (a staff upload adds visibleToCitizen). */
export const uploadSchema = (fields: Record<string, SchemaObject> = {}): SchemaObject => ({
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'array', items: { type: 'string', format: 'binary' }, description: 'JPEG, PNG, WebP or PDF, by content' },
    ...fields,
  },
});
