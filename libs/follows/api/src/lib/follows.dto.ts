import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@wijkdeal/shared-api-core';
import { EMAIL_FREQUENCIES, EmailFrequency } from '@wijkdeal/shared-contracts';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class NotificationQuery extends PageQuery {}

export class MarkReadDto {
  @ApiPropertyOptional({ type: [String], description: 'Leave out to mark all as read.' })
  @IsOptional() @IsArray() @ArrayMaxSize(200) @IsUUID('all', { each: true })
  ids?: string[];
}

export class NotificationSettingsDto {
  @ApiProperty({ enum: EMAIL_FREQUENCIES }) @IsIn(EMAIL_FREQUENCIES)
  emailFrequency!: EmailFrequency;
}

export class UnsubscribeDto {
  @ApiProperty() @IsUUID()
  account!: string;
  @ApiProperty() @IsString() @MaxLength(100)
  token!: string;
}
