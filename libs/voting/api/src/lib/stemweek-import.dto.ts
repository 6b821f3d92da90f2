import { ApiPropertyOptional } from '@nestjs/swagger';
import { SELECTION_RULES } from '@wijkdeal/shared-contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, Max, Min } from 'class-validator';

/** Form fields next to the file (multipart, so every value arrives as text); they override the rule from META. */
export class ImportStemweekDto {
  @ApiPropertyOptional({ enum: SELECTION_RULES, description: "Default: META rule where implemented (greedy, equalshares/add1), else top-n." })
  @IsOptional() @IsIn(SELECTION_RULES)
  rule?: (typeof SELECTION_RULES)[number];

  @ApiPropertyOptional({ description: 'top-n: number of winners (default 10; ties at the cut-off are all included).' })
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500)
  n?: number;

  @ApiPropertyOptional({ description: "greedy-budget and equal-shares: the budget (default: META budget)." })
  @IsOptional() @Type(() => Number) @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 }) @Min(0.01) @Max(1_000_000_000_000)
  budget?: number;
}

/** What multer hands over for the uploaded file (memory storage). */
export interface UploadedPbFile {
  originalname: string;
  size: number;
  buffer: Buffer;
}

/** Big enough for the largest real files (Kraków and Łódź are about 4 MB). */
export const MAX_PB_FILE_BYTES = 20 * 1024 * 1024;
