import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Clearable, IsCalendarDate, PageQuery } from '@wijkdeal/shared-api-core';
import { PROJECT_STATUSES, ProjectStatus } from '@wijkdeal/shared-contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { LocalizedTextDto } from '@wijkdeal/themes-api';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Statuses a project group sets itself; `candidate` and `selected` come from the stemweek. */
export const MEMBER_STATUSES = ['in-progress', 'done', 'paused', 'stopped'] as const;

export class CreateUpdateDto {
  @ApiProperty({ description: 'Plain text; blank lines separate paragraphs, **bold** and links are shown, nothing else.' })
  @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000)
  body!: string;
  @ApiPropertyOptional({ minimum: 0, maximum: 100 }) @IsOptional() @IsInt() @Min(0) @Max(100)
  progress?: number;
  @ApiPropertyOptional({ enum: MEMBER_STATUSES }) @IsOptional() @IsIn(MEMBER_STATUSES)
  status?: ProjectStatus;
  @ApiPropertyOptional({ description: 'A milestone of this project that this update marks as reached.' }) @IsOptional() @IsUUID()
  milestoneId?: string;
  @ApiPropertyOptional({ type: [String], description: 'Photos uploaded with POST /api/photos, at most 6.' })
  @IsOptional() @IsArray() @ArrayMaxSize(6) @IsUUID('all', { each: true })
  photoIds?: string[];
}

export class EditUpdateDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000)
  body!: string;
}

export class MilestoneDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(160)
  title!: string;
  @ApiPropertyOptional({ example: '2027-05-01' }) @IsOptional() @IsCalendarDate()
  plannedOn?: string;
}

export class EditMilestoneDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(160)
  title?: string;
  @ApiPropertyOptional({ nullable: true, example: '2027-05-01', description: 'null: not planned.' }) @Clearable() @IsCalendarDate()
  plannedOn?: string | null;
  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  done?: boolean;
}

export class CreateProjectDto {
  @ApiProperty() @IsUUID()
  themeId!: string;
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto)
  summary!: LocalizedTextDto;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextDto)
  description?: LocalizedTextDto;
  @ApiPropertyOptional() @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100_000_000)
  costEstimate?: number;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(200)
  place?: string;
}

export class EditProjectDto {
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextDto)
  title?: LocalizedTextDto;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextDto)
  summary?: LocalizedTextDto;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextDto)
  description?: LocalizedTextDto;
  @ApiPropertyOptional({ enum: PROJECT_STATUSES }) @IsOptional() @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(0) @Max(100)
  progress?: number;
  @ApiPropertyOptional({ nullable: true, description: 'null: no estimate.' }) @Clearable() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(100_000_000)
  costEstimate?: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'null: no place.' }) @Clearable() @Transform(trim) @IsString() @MaxLength(200)
  place?: string | null;
}

export class JoinRequestDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(1000)
  message?: string;
}

export class OverviewQuery extends PageQuery {}
