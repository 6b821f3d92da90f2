import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@wijkdeal/shared-api-core';
import { PROPOSAL_STATUSES, ProposalStatus, REPORT_TARGETS, ReportTarget } from '@wijkdeal/shared-contracts';
import { Transform } from 'class-transformer';
import { IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateProposalDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(120)
  title!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000)
  description!: string;
  @ApiProperty({ description: 'Theme id.' }) @IsUUID()
  themeId!: string;
  @ApiPropertyOptional({ description: 'Where in the neighbourhood, in words.' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(200)
  place?: string;
  @ApiPropertyOptional({ description: 'Estimated cost in euros.' }) @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(10_000_000)
  estimatedCost?: number;
  @ApiPropertyOptional({ description: 'Id of a photo uploaded with POST /api/photos.' }) @IsOptional() @IsUUID()
  photoId?: string;
}

export class ProposalListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Theme slug.' }) @IsOptional() @IsString() @MaxLength(80)
  theme?: string;
  @ApiPropertyOptional({ enum: PROPOSAL_STATUSES }) @IsOptional() @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;
}

export class MessageDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(3000)
  body!: string;
}

export class MergeProposalDto extends MessageDto {
  @ApiProperty({ description: 'The proposal this one joins.' }) @IsUUID()
  intoProposalId!: string;
}

export class AcceptProposalDto {
  @ApiPropertyOptional({ description: 'Project title in English (the Dutch title is the idea\u2019s).' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(120)
  titleEn?: string;
  @ApiPropertyOptional({ description: 'A word to the proposer.' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(3000)
  body?: string;
}

export class ReportDto {
  @ApiProperty({ enum: REPORT_TARGETS }) @IsIn(REPORT_TARGETS)
  targetType!: ReportTarget;
  @ApiProperty() @IsUUID()
  targetId!: string;
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(1000)
  reason!: string;
}

export class HideDto {
  @ApiProperty({ description: 'Shown to everyone in place of the content.' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(300)
  reason!: string;
}
