import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEnum,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { CaseChannel, CaseKind, MAX_SUGGESTION_CASES } from '@hotline/contracts';
import { NamedRefDto } from '@hotline/cases';
import { COMMA_LIST_PARAM, commaList } from '@hotline/platform';

const FEATURE_GROUPS = ['word', 'phrase', 'trigram', 'kind', 'category', 'area', 'channel'];

export class SuggestionReasonDto {
  @ApiProperty({ enum: FEATURE_GROUPS, description: 'What the feature is: a word or word pair of the text (unaccented), or a field' })
  group!: string;
  @ApiProperty({ description: 'The word, the pair, or the field’s code' }) value!: string;
  @ApiProperty({ description: 'How much it favoured this agency over the next best (log-odds)' }) weight!: number;
}

export class AgencySuggestionDto {
  @ApiProperty({ type: NamedRefDto }) agency!: NamedRefDto;
  @ApiProperty({ description: 'Probability the model gives this agency, 0..1' }) confidence!: number;
  @ApiProperty({ type: [SuggestionReasonDto], description: 'The words and fields that weighed most, strongest first' })
  reasons!: SuggestionReasonDto[];
}

export class SuggestionsDto {
  @ApiProperty({ type: String, nullable: true, description: 'The routing model version that ranked them; null before any training' })
  modelVersion!: string | null;
  @ApiProperty({ type: [AgencySuggestionDto], description: 'At most three, most probable first; empty without text or model' })
  suggestions!: AgencySuggestionDto[];
}

export class CaseSuggestionsQueryDto {
  @ApiProperty({
    ...COMMA_LIST_PARAM,
    type: String,
    description: `The cases' ids, comma-separated (1..${MAX_SUGGESTION_CASES})`,
    example: '0195f3a0-0000-7000-8000-000000000001,0195f3a0-0000-7000-8000-000000000002',
  })
  @Transform(commaList)
  @IsArray({ message: 'caseIds must be a comma-separated list of case ids' })
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_SUGGESTION_CASES)
  @IsUUID('all', { each: true, message: 'caseIds must be case ids (UUID)' })
  caseIds!: string[];
}

export class CaseSuggestionsDto extends SuggestionsDto {
  @ApiProperty() caseId!: string;
}

export class SuggestionsByCaseDto {
  @ApiProperty({
    type: [CaseSuggestionsDto],
    description: 'One item per case asked for that exists, in case id order; an unknown id has none',
  })
  items!: CaseSuggestionsDto[];
}

export class DraftSuggestionDto {
  @ApiProperty({ description: 'What the operator has typed so far (title and description)', maxLength: 10_000 })
  @IsString()
  @MaxLength(10_000)
  text!: string;

  @ApiProperty({ enum: CaseKind, enumName: 'CaseKind' })
  @IsEnum(CaseKind)
  kind!: CaseKind;

  @ApiProperty({ enum: CaseChannel, enumName: 'CaseChannel' })
  @IsEnum(CaseChannel)
  channel!: CaseChannel;

  @ApiPropertyOptional({ description: 'Category code' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'categoryCode must be a category code' })
  categoryCode?: string;

  @ApiPropertyOptional({ description: 'Area code' })
  @IsOptional()
  @IsString()
  @Matches(/^[A-Za-z0-9_.-]{1,64}$/, { message: 'areaCode must be an area code' })
  areaCode?: string;
}

export class LearningSettingsDto {
  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Route a triage case to its top suggestion when the model is at least this confident (0.5..1); null: off',
  })
  @ValidateIf((_, value) => value !== null)
  @IsNumber({ allowNaN: false, allowInfinity: false }, { message: 'autoRouteThreshold must be a number between 0.5 and 1, or null' })
  @Min(0.5)
  @Max(1)
  autoRouteThreshold!: number | null;
}

export class ModelVersionDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: ['routing', 'risk'] }) kind!: string;
  @ApiProperty({ enum: ['full', 'incremental'] }) mode!: string;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() examples!: number;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Figures measured when it was trained' })
  metrics!: Record<string, number>;
}

export class LearningAccuracyDto {
  @ApiProperty({ description: 'Start of the window (30 days before now)' }) since!: Date;
  @ApiProperty({ description: 'Routes the secretariat decided in the window' }) decisions!: number;
  @ApiProperty({ description: 'Of those, the cases that had suggestions before the decision' }) withSuggestion!: number;
  @ApiProperty({ description: 'Share of those where the agency chosen was the first suggestion' }) top1!: number;
  @ApiProperty({ description: 'Share of those where it was among the three' }) top3!: number;
  @ApiProperty({ description: 'Share of those where staff chose another agency than the first suggestion' }) overrideRate!: number;
  @ApiProperty({ description: 'Cases routed automatically on a suggestion in the window' }) autoRouted!: number;
  @ApiProperty({ description: 'Of those, returned by the agency since' }) autoRoutedReturned!: number;
  @ApiProperty({ type: [ModelVersionDto], description: 'The newest model versions' }) versions!: ModelVersionDto[];
}

export class AtRiskCaseDto {
  @ApiProperty() caseId!: string;
  @ApiProperty() trackingCode!: string;
  @ApiProperty() title!: string;
  @ApiProperty() agencyName!: string;
  @ApiProperty() dueAt!: Date;
  @ApiProperty({ description: 'Probability of missing the due date, 0..1' }) probability!: number;
}
