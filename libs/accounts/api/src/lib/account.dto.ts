import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { GLOBAL_ROLES, GlobalRole, LOCALES, Locale, normalizeHouseNumber, normalizePostcode, PASSWORD_MIN_LENGTH } from '@wijkdeal/shared-contracts';
import { Clearable, PageQuery } from '@wijkdeal/shared-api-core';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, MinLength, ValidateBy, ValidateIf } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const IsPostcode = () => ValidateBy({ name: 'isPostcode', validator: { validate: (value) => typeof value === 'string' && normalizePostcode(value) !== null } });
const IsHouseNumber = () => ValidateBy({ name: 'isHouseNumber', validator: { validate: (value) => typeof value === 'string' && normalizeHouseNumber(value) !== null } });
/** Postcode and house number together make an address; one without the other is a mistake. */
const BothOrNeither = (other: string) =>
  ValidateBy({ name: 'postcodeNeedsHouseNumber', validator: { validate: (value, args) => !value === !(args?.object as Record<string, unknown>)[other] } });

export class RegisterDto {
  @ApiProperty({ example: 'jan@example.org' }) @Transform(lower) @IsEmail() @MaxLength(254)
  email!: string;

  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH }) @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(200)
  password!: string;

  @ApiProperty({ example: 'Jan de Vries' }) @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80)
  displayName!: string;

  @ApiPropertyOptional({ example: '9721 PE', description: 'Dutch postcode; stored as `9721 PE`.' })
  @IsOptional() @Transform(trim) @IsPostcode() @BothOrNeither('houseNumber')
  postcode?: string;

  @ApiPropertyOptional({ example: '109' })
  @IsOptional() @Transform(trim) @IsHouseNumber() @BothOrNeither('postcode')
  houseNumber?: string;

  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES)
  locale?: Locale;
}

export class LoginDto {
  @ApiProperty() @Transform(lower) @IsEmail() @MaxLength(254)
  email!: string;

  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  password!: string;
}

export class TokenDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(100)
  token!: string;
}

export class EmailDto {
  @ApiProperty() @Transform(lower) @IsEmail() @MaxLength(254)
  email!: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ minLength: PASSWORD_MIN_LENGTH }) @IsString() @MinLength(PASSWORD_MIN_LENGTH) @MaxLength(200)
  password!: string;
}

export class PasswordDto {
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(200)
  password!: string;
}

export class UpdateProfileDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(80)
  displayName?: string;

  @ApiPropertyOptional({ nullable: true, description: 'Empty string or null removes the address.' })
  @Clearable() @Transform(trim) @ValidateIf((_o, value) => !!value) @IsPostcode() @BothOrNeither('houseNumber')
  postcode?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @Clearable() @Transform(trim) @ValidateIf((_o, value) => !!value) @IsHouseNumber() @BothOrNeither('postcode')
  houseNumber?: string | null;

  @ApiPropertyOptional({ enum: LOCALES }) @IsOptional() @IsIn(LOCALES)
  locale?: Locale;
}

export class AddressVerificationDto {
  @ApiProperty({ example: 'jan@example.org' }) @Transform(lower) @IsEmail() @MaxLength(254)
  email!: string;

  @ApiProperty({ example: '9721 PE' }) @Transform(trim) @IsPostcode()
  postcode!: string;

  @ApiProperty({ example: '109' }) @Transform(trim) @IsHouseNumber()
  houseNumber!: string;
}

export class GrantRoleDto {
  @ApiProperty({ enum: GLOBAL_ROLES }) @IsIn(GLOBAL_ROLES)
  role!: GlobalRole;
}

export class AccountSearchQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Part of a name or e-mail address.' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;
}
