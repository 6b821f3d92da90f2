import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { normalizeHouseNumber, normalizePostcode, PAPER_SHEET_MARKS } from '@wijkdeal/shared-contracts';
import type { PaperSheetMark } from '@wijkdeal/shared-contracts';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsNumber, IsOptional, IsString, Max, MaxLength, Min, ValidateBy, ValidateIf, ValidateNested } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Only the shape is checked here; the ballot's rules (limits, duplicates, known projects) are the tally's validateBallot. */
export class BallotChoiceDto {
  @ApiProperty({ description: 'projectId of a ballot item (externalId for an imported stemweek).' }) @IsString() @IsNotEmpty() @MaxLength(100)
  projectId!: string;
  @ApiPropertyOptional({ description: 'points method only.' }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-1_000_000) @Max(1_000_000)
  points?: number;
  @ApiPropertyOptional({ description: 'ranked method only: 1 = first choice.' }) @IsOptional() @IsNumber({ allowNaN: false, allowInfinity: false }) @Min(-1_000_000) @Max(1_000_000)
  rank?: number;
}

export class CastBallotDto {
  @ApiProperty({ type: [BallotChoiceDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => BallotChoiceDto)
  choices!: BallotChoiceDto[];
  @ApiPropertyOptional({ example: '7K2M-9XQ4-HB3D', description: 'Voting code from a letter: any case, with or without dashes. Without it the signed-in account votes.' })
  @IsOptional() @IsString() @MaxLength(64)
  code?: string;
}

export class PublishDto {
  @ApiPropertyOptional({ description: 'Publish although paper sheets are entered once or in conflict; they are left out and listed in the audit log.' })
  @IsOptional() @IsBoolean()
  leaveOutOpenSheets?: boolean;
  @ApiPropertyOptional({ description: 'Why the open sheets are left out; required with leaveOutOpenSheets.' })
  @ValidateIf((dto: PublishDto) => dto.leaveOutOpenSheets === true) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(500)
  reason?: string;
}

export class LetterCodeDto {
  @ApiProperty({ example: '7K2M-9XQ4-HB3D', description: 'Voting code from a letter: any case, with or without dashes.' })
  @IsString() @IsNotEmpty() @MaxLength(64)
  code!: string;
}

export class PaperBallotDto {
  @ApiProperty({ example: 'werkplaats-1', description: 'The batch (stack) the sheet is in.' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(40)
  batch!: string;
  @ApiProperty({ example: 17, description: 'Number of the sheet within its batch.' }) @IsInt() @Min(1) @Max(1_000_000)
  sheet!: number;
  @ApiProperty({ type: [BallotChoiceDto] }) @IsArray() @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => BallotChoiceDto)
  choices!: BallotChoiceDto[];
  @ApiPropertyOptional({ enum: PAPER_SHEET_MARKS, description: 'A blank or spoilt sheet; choices must then be empty.' }) @IsOptional() @IsIn(PAPER_SHEET_MARKS)
  mark?: PaperSheetMark;
}

const IsPostcode = () => ValidateBy({ name: 'isPostcode', validator: { validate: (value) => typeof value === 'string' && normalizePostcode(value) !== null } });
const IsHouseNumber = () => ValidateBy({ name: 'isHouseNumber', validator: { validate: (value) => typeof value === 'string' && normalizeHouseNumber(value) !== null } });

export class CodeAddressDto {
  @ApiProperty({ example: '9721 PE' }) @IsPostcode()
  postcode!: string;
  @ApiProperty({ example: '109' }) @IsHouseNumber()
  houseNumber!: string;
}

export const MAX_CODES_PER_REQUEST = 10_000;

export class GenerateCodesDto {
  @ApiProperty({ minimum: 1, maximum: MAX_CODES_PER_REQUEST }) @IsInt() @Min(1) @Max(MAX_CODES_PER_REQUEST)
  count!: number;
  @ApiPropertyOptional({ type: [CodeAddressDto], description: 'Bind code i to address i (as many as count); an account at that address and its code then exclude each other.' })
  @IsOptional() @IsArray() @ArrayMaxSize(MAX_CODES_PER_REQUEST) @ValidateNested({ each: true }) @Type(() => CodeAddressDto)
  addresses?: CodeAddressDto[];
}

export class CodesFormatQuery {
  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: the same codes as a CSV download (code, url, postcode, house number).' })
  @IsOptional() @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}
