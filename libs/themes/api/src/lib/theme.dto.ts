import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class LocalizedTextDto {
  @ApiProperty() @Transform(trim) @IsString() @IsNotEmpty() @MaxLength(5000)
  nl!: string;
  @ApiProperty() @Transform(trim) @IsString() @MaxLength(5000)
  en!: string;
}

export class UpdateThemeDto {
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextDto)
  name?: LocalizedTextDto;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextDto)
  intro?: LocalizedTextDto;
  @ApiPropertyOptional({ type: LocalizedTextDto }) @IsOptional() @ValidateNested() @Type(() => LocalizedTextDto)
  description?: LocalizedTextDto;
}

export class AddContactDto {
  @ApiProperty() @IsUUID()
  accountId!: string;
  @ApiPropertyOptional({ example: 'Gemeente Groningen' }) @IsOptional() @Transform(trim) @IsString() @MaxLength(120)
  organisation?: string;
}
