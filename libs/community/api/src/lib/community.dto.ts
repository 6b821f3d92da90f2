import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@wijkdeal/shared-api-core';
import { LocalizedTextDto } from '@wijkdeal/themes-api';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
/** Amsterdam local time as people type it: `2027-01-27T20:00`. */
export const LOCAL_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

export class MoveEveningDto {
  @ApiPropertyOptional({ example: '2027-01-20T19:30', description: 'New start, Europe/Amsterdam local time.' })
  @IsOptional() @Matches(LOCAL_DATE_TIME, { message: 'isLocalDateTime' })
  startsAt?: string;
  @ApiPropertyOptional({ example: '2027-01-20T21:30' }) @IsOptional() @Matches(LOCAL_DATE_TIME, { message: 'isLocalDateTime' })
  endsAt?: string;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  place?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean()
  cancelled?: boolean;
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MaxLength(500)
  note?: string;
}

export class PitchDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80)
  name!: string;
  @ApiProperty() @Transform(lower) @IsEmail() @MaxLength(254)
  email!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300)
  topic!: string;
  @ApiProperty({ minimum: 1, maximum: 15, description: 'A few minutes.' }) @IsInt() @Min(1) @Max(15)
  minutes!: number;
}

export class ProgrammeEntryDto {
  @ApiProperty({ enum: ['pitch', 'project-update', 'other'] }) @IsIn(['pitch', 'project-update', 'other'])
  kind!: 'pitch' | 'project-update' | 'other';
  @ApiPropertyOptional() @ValidateIf((entry: ProgrammeEntryDto) => entry.kind === 'pitch') @IsUUID()
  pitchId?: string;
  @ApiPropertyOptional() @ValidateIf((entry: ProgrammeEntryDto) => entry.kind === 'project-update') @IsUUID()
  projectId?: string;
  @ApiPropertyOptional() @ValidateIf((entry: ProgrammeEntryDto) => entry.kind === 'other') @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  title?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) @Max(60)
  minutes?: number;
}

export class ProgrammeDto {
  @ApiProperty({ type: [ProgrammeEntryDto] }) @IsArray() @ArrayMaxSize(40) @ValidateNested({ each: true }) @Type(() => ProgrammeEntryDto)
  items!: ProgrammeEntryDto[];
}

export class ReportTextDto extends LocalizedTextDto {}

export class NewsDto {
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto)
  title!: LocalizedTextDto;
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto)
  body!: LocalizedTextDto;
}

export class ArchiveQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Words in reports and news.' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;
}

export class TeamMemberDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80)
  name!: string;
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto)
  task!: LocalizedTextDto;
}

export class WerkplaatsDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300)
  address!: string;
  @ApiProperty({ type: LocalizedTextDto }) @ValidateNested() @Type(() => LocalizedTextDto)
  openingHours!: LocalizedTextDto;
  @ApiProperty({ type: [TeamMemberDto] }) @IsArray() @ArrayMaxSize(50) @ValidateNested({ each: true }) @Type(() => TeamMemberDto)
  team!: TeamMemberDto[];
}

export class ContactMessageDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80)
  name!: string;
  @ApiProperty({ description: 'Where the contact person can answer you.' }) @Transform(lower) @IsEmail() @MaxLength(254)
  email!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(3000)
  message!: string;
}
