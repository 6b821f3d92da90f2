import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Clearable, IsCalendarDate, PageQuery } from '@wijkdeal/shared-api-core';
import { ACTION_ITEM_STATUSES, ActionItemStatus, PROJECT_STATUSES, ProjectStatus } from '@wijkdeal/shared-contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateIf, ValidateNested } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export class ApplicationDto {
  @ApiProperty({ description: 'Why you would like to be a koploper.' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  motivation!: string;
}

export class DecideApplicationDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  reason?: string;
}

export class KoploperProfileDto {
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(600)
  bio!: string;
  @ApiProperty({ description: 'Show me on the public koplopers page (consent).' }) @IsBoolean()
  isPublic!: boolean;
  @ApiPropertyOptional({ nullable: true, description: 'null: no photo.' }) @Clearable() @IsUUID()
  photoId?: string | null;
}

export class AgendaItemDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  title!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  themeId?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  projectId?: string;
}

export class MeetingDto {
  @ApiPropertyOptional({ example: 'Koplopersoverleg januari' }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(160)
  title?: string;
  @ApiProperty({ example: '2027-01-12T19:30', description: 'Europe/Amsterdam local time.' }) @Matches(LOCAL_DATE_TIME, { message: 'isLocalDateTime' })
  startsAt!: string;
  @ApiPropertyOptional({ example: '2027-01-12T21:30' }) @IsOptional() @Matches(LOCAL_DATE_TIME, { message: 'isLocalDateTime' })
  endsAt?: string;
  @ApiPropertyOptional({ description: 'Default: Wijkdealwerkplaats.' }) @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  place?: string;
  @ApiPropertyOptional({ type: [AgendaItemDto] }) @IsOptional() @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => AgendaItemDto)
  agenda?: AgendaItemDto[];
}

export class EditMeetingDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(160)
  title?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(LOCAL_DATE_TIME, { message: 'isLocalDateTime' })
  startsAt?: string;
  @ApiPropertyOptional() @IsOptional() @Matches(LOCAL_DATE_TIME, { message: 'isLocalDateTime' })
  endsAt?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  place?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  cancelled?: boolean;
  @ApiPropertyOptional({ type: [AgendaItemDto] }) @IsOptional() @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => AgendaItemDto)
  agenda?: AgendaItemDto[];
}

export class AttendanceDto {
  @ApiProperty({ type: [String] }) @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  accountIds!: string[];
}

export class MinutesDto {
  @ApiProperty({ description: 'Everyone may read this part.' }) @IsString() @MaxLength(50_000)
  publicMinutes!: string;
  @ApiProperty({ description: 'Only koplopers and admins read this part.' }) @IsString() @MaxLength(50_000)
  privateMinutes!: string;
}

export const DECISION_EFFECTS = ['none', 'create-project', 'create-proposal', 'project-status'] as const;

/** A decision, and what it sets in motion. */
export class DecisionDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(2000)
  text!: string;
  @ApiPropertyOptional({ enum: DECISION_EFFECTS, default: 'none' }) @IsOptional() @IsIn(DECISION_EFFECTS)
  effect?: (typeof DECISION_EFFECTS)[number];
  @ApiPropertyOptional({ description: 'The project it is about; required for project-status.' })
  @ValidateIf((d: DecisionDto) => d.effect === 'project-status' || d.projectId !== undefined) @IsUUID()
  projectId?: string;
  @ApiPropertyOptional({ description: 'Theme of the new project or proposal.' }) @ValidateIf((d: DecisionDto) => d.effect === 'create-project' || d.effect === 'create-proposal') @IsUUID()
  themeId?: string;
  @ApiPropertyOptional({ description: 'Title of the new project or proposal (Dutch).' })
  @ValidateIf((d: DecisionDto) => d.effect === 'create-project' || d.effect === 'create-proposal') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(120)
  title?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(120)
  titleEn?: string;
  @ApiPropertyOptional({ description: 'Summary or description of the new project or proposal.' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(3000)
  summary?: string;
  @ApiPropertyOptional({ enum: PROJECT_STATUSES }) @ValidateIf((d: DecisionDto) => d.effect === 'project-status') @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;
}

export class ActionItemDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300)
  title!: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  ownerId?: string;
  @ApiPropertyOptional({ example: '2027-02-01' }) @IsOptional() @IsCalendarDate()
  dueOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID()
  projectId?: string;
}

export class EditActionItemDto {
  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES }) @IsOptional() @IsIn(ACTION_ITEM_STATUSES)
  status?: ActionItemStatus;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300)
  title?: string;
  @ApiPropertyOptional({ nullable: true, example: '2027-02-01', description: 'null: no due date.' }) @Clearable() @IsCalendarDate()
  dueOn?: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'null: nobody yet.' }) @Clearable() @IsUUID()
  ownerId?: string | null;
}

export class MeetingSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Words in titles, agenda, minutes and decisions.' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;
}

export class ActionItemQuery {
  @ApiPropertyOptional({ enum: ACTION_ITEM_STATUSES }) @IsOptional() @IsIn(ACTION_ITEM_STATUSES)
  status?: ActionItemStatus;
}
