import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageQuery } from '@wijkdeal/shared-api-core';
import { PROJECT_MEMBER_ROLES, PROJECT_STATUSES, ProjectMemberRole, ProjectStatus } from '@wijkdeal/shared-contracts';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

export class ProjectListQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Theme slug.' }) @IsOptional() @IsString() @MaxLength(80)
  theme?: string;
  @ApiPropertyOptional({ enum: PROJECT_STATUSES }) @IsOptional() @IsIn(PROJECT_STATUSES)
  status?: ProjectStatus;
  @ApiPropertyOptional({ description: 'Words in the title or summary.' }) @IsOptional() @IsString() @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ description: 'Only projects selected in this published stemweek (its id).' }) @IsOptional() @IsUUID()
  selectedIn?: string;
}

export class AddMemberDto {
  @ApiProperty() @IsUUID()
  accountId!: string;
  @ApiProperty({ enum: PROJECT_MEMBER_ROLES }) @IsIn(PROJECT_MEMBER_ROLES)
  role!: ProjectMemberRole;
}
