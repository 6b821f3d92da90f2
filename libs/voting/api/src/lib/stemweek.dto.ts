import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { METHOD_KINDS, parseInstantWithOffset, SELECTION_RULES, TIE_BREAKS, VOTING_CHANNELS } from '@wijkdeal/shared-contracts';
import type { CloseStemweekRequest, VotingChannel } from '@wijkdeal/shared-contracts';
import { Clearable } from '@wijkdeal/shared-api-core';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
/** Money: at most 1 000 000 000 000 and at most two decimals (cents). */
const MONEY = { maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false };
const MAX_MONEY = 1_000_000_000_000;
/** An instant always carries its offset: "09:00" alone is ambiguous around the change to and from summer time. */
const IsInstantWithOffset = () =>
  ValidateBy({ name: 'isoWithOffset', validator: { validate: (value) => parseInstantWithOffset(value) !== null } });

/**
 * A field that belongs to some kinds of method or rule only: required (and checked) for those kinds, and an error
 * (`notForThisKind`) when sent with another kind, so a mistyped body is never half ignored.
 */
function ForKinds(discriminator: string, kinds: readonly string[], options: { optional?: boolean } = {}): PropertyDecorator {
  const applies = (object: Record<string, unknown>) => kinds.includes(String(object[discriminator]));
  const decorators = [
    ValidateIf((object: Record<string, unknown>, value: unknown) => (options.optional || !applies(object) ? value !== undefined : true)),
    ValidateBy({ name: 'notForThisKind', validator: { validate: (_value, args) => applies(args?.object as Record<string, unknown>) } }),
    ValidateBy({ name: 'isDefined', validator: { validate: (value) => value !== undefined && value !== null } }),
  ];
  return (target, key) => decorators.forEach((decorator) => decorator(target, key));
}

export class LocalizedTitleDto {
  @ApiProperty({ example: 'Stemweek 2027' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(200)
  nl!: string;
  @ApiProperty({ example: 'Voting week 2027' }) @Transform(trim) @IsString() @MaxLength(200)
  en!: string;
}

export class LocalizedIntroDto {
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(5000)
  nl!: string;
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(5000)
  en!: string;
}

export class BallotMethodDto {
  @ApiProperty({ enum: METHOD_KINDS }) @IsIn(METHOD_KINDS)
  kind!: (typeof METHOD_KINDS)[number];

  @ApiPropertyOptional({ description: 'approval: choose at most this many.' }) @ForKinds('kind', ['approval']) @IsInt() @Min(1) @Max(500)
  maxChoices?: number;
  @ApiPropertyOptional({ description: 'approval: choose at least this many.' }) @ForKinds('kind', ['approval'], { optional: true }) @IsInt() @Min(1) @Max(500)
  minChoices?: number;
  @ApiPropertyOptional({ description: 'points: points to spread.' }) @ForKinds('kind', ['points']) @IsInt() @Min(1) @Max(10_000)
  points?: number;
  @ApiPropertyOptional({ description: 'points: at most this many on one project.' }) @ForKinds('kind', ['points']) @IsInt() @Min(1) @Max(10_000)
  maxPerProject?: number;
  @ApiPropertyOptional({ description: 'ranked: rank at most this many.' }) @ForKinds('kind', ['ranked']) @IsInt() @Min(1) @Max(500)
  maxRanks?: number;
}

export class SelectionRuleDto {
  @ApiProperty({ enum: SELECTION_RULES }) @IsIn(SELECTION_RULES)
  rule!: (typeof SELECTION_RULES)[number];

  @ApiPropertyOptional({ description: 'top-n: number of winners (default 10).', default: 10 }) @ForKinds('rule', ['top-n'], { optional: true }) @IsInt() @Min(1) @Max(500)
  n?: number;
  @ApiPropertyOptional({ enum: TIE_BREAKS, description: 'top-n: include every project tied at the cut-off, or draw lots with a seed published before opening.' })
  @ForKinds('rule', ['top-n']) @IsIn(TIE_BREAKS)
  tieBreak?: (typeof TIE_BREAKS)[number];
  @ApiPropertyOptional({ description: 'greedy-budget and equal-shares: the budget in euros.' }) @ForKinds('rule', ['greedy-budget', 'equal-shares']) @IsNumber(MONEY) @Min(0.01) @Max(MAX_MONEY)
  budget?: number;
}

export class StemweekProjectDto {
  @ApiProperty() @IsUUID()
  projectId!: string;
  @ApiPropertyOptional({ description: "Cost in euros on this ballot; default: the project's cost estimate." }) @IsOptional() @IsNumber(MONEY) @Min(0) @Max(MAX_MONEY)
  cost?: number;
}

export class CreateStemweekDto {
  @ApiProperty({ type: LocalizedTitleDto }) @ValidateNested() @Type(() => LocalizedTitleDto)
  title!: LocalizedTitleDto;

  @ApiPropertyOptional({ type: LocalizedIntroDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedIntroDto)
  intro?: LocalizedIntroDto;

  @ApiProperty({ example: '2027-10-24T09:00:00+02:00', description: 'ISO 8601 with an offset. At the earliest one minute ago.' })
  @IsInstantWithOffset()
  opensAt!: string;

  @ApiProperty({ example: '2027-10-31T02:30:00+01:00', description: 'ISO 8601 with an offset; the stemweek closes at this instant.' })
  @IsInstantWithOffset()
  closesAt!: string;

  @ApiProperty({ type: [StemweekProjectDto], description: 'The ballot, in this order. Projects must be proposed or candidate; they become candidate.' })
  @IsArray() @ArrayMinSize(1) @ArrayMaxSize(500) @ValidateNested({ each: true }) @Type(() => StemweekProjectDto)
  projects!: StemweekProjectDto[];

  @ApiProperty({ type: BallotMethodDto }) @ValidateNested() @Type(() => BallotMethodDto)
  method!: BallotMethodDto;

  @ApiProperty({ type: SelectionRuleDto }) @ValidateNested() @Type(() => SelectionRuleDto)
  selection!: SelectionRuleDto;

  @ApiProperty({ enum: VOTING_CHANNELS, isArray: true }) @IsArray() @ArrayMinSize(1) @ArrayUnique() @IsIn(VOTING_CHANNELS, { each: true })
  channels!: VotingChannel[];

  @ApiProperty({ example: ['9721 PE', '9722 AA-9722 ZZ'], description: 'Full postcodes and ranges; empty: every account with an address.' })
  @IsArray() @ArrayMaxSize(2000) @IsString({ each: true })
  eligiblePostcodes!: string[];

  @ApiPropertyOptional({ nullable: true, description: 'Ballots per address (accounts and address-bound codes together); null: no limit.' })
  @Clearable() @IsInt() @Min(1) @Max(100)
  maxBallotsPerAddress?: number | null;
}

/** Everything optional; once the stemweek is open only title and intro may change (STEMWEEK_FROZEN otherwise). */
export class UpdateStemweekDto extends PartialType(CreateStemweekDto) {}

/** Link an imported ballot item to a project of this platform, or unlink it with null. */
export class CloseStemweekDto implements CloseStemweekRequest {
  @ApiProperty({ description: 'The counting key shown when the stemweek was created: 25 characters, dashes and spaces are ignored.', example: 'ABCDE-FGHJK-MNPQR-STVWX-YZ012' })
  @IsString() @MaxLength(64)
  key!: string;
}

export class MatchItemDto {
  @ApiProperty({ nullable: true, description: 'A project id, or null to remove the link.' })
  @Clearable({ required: true }) @IsUUID()
  projectId!: string | null;
}
