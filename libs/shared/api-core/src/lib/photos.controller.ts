import { Controller, Get, Param, ParseUUIDPipe, Post, Res, UploadedFile, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiCookieAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainException } from './domain-exception';
import { PHOTO_MAX_BYTES, PhotoService } from './photo';
import { CurrentAccount, Public } from './public.decorator';
import type { CurrentAccountData } from './public.decorator';

@ApiTags('photos')
@ApiCookieAuth()
@Controller('photos')
export class PhotosController {
  constructor(private readonly photos: PhotoService) {}

  @Post()
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: PHOTO_MAX_BYTES, files: 1 } }))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  @ApiOperation({ summary: 'Upload a photo (JPEG, PNG or WebP, at most 5 MB); location data is removed. Resident.' })
  async upload(@UploadedFile() file: { buffer: Buffer } | undefined, @CurrentAccount() account: CurrentAccountData): Promise<{ id: string; width: number; height: number }> {
    if (!file) throw new DomainException('VALIDATION_FAILED', [{ field: 'file', reason: 'isNotEmpty' }]);
    const photo = await this.photos.store(file.buffer, account.id);
    return { id: photo.id, width: photo.width, height: photo.height };
  }

  @Public() @Get(':id') @ApiOperation({ summary: 'A photo. Visitor.' })
  async show(@Param('id', ParseUUIDPipe) id: string, @Res() response: Response): Promise<void> {
    const photo = await this.photos.find(id);
    response.setHeader('Content-Type', photo.mime);
    // A photo never changes under its id.
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.end(photo.data);
  }
}
