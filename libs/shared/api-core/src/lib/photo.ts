import { Injectable } from '@nestjs/common';
import sharp from 'sharp';
import { Column, CreateDateColumn, DataSource, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { DomainException } from './domain-exception';

export const PHOTO_MAX_BYTES = 5 * 1024 * 1024;
const PHOTO_MAX_SIDE = 1600;
const ALLOWED = { jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp' } as const;

/** A photo kept in PostgreSQL (the one store), re-encoded without metadata. */
@Entity('photo')
export class Photo {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ type: 'text' }) mime!: string;
  @Column({ type: 'bytea' }) data!: Buffer;
  @Column({ type: 'integer' }) width!: number;
  @Column({ type: 'integer' }) height!: number;
  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true }) uploadedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}

@Injectable()
export class PhotoService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The type comes from the bytes, not from the file name or the browser's claim. Re-encoding drops EXIF,
   * so GPS positions and camera data never reach the public (AVG); orientation is applied first.
   */
  async store(bytes: Buffer, uploadedBy: string | null): Promise<Photo> {
    if (bytes.length > PHOTO_MAX_BYTES) throw new DomainException('PAYLOAD_TOO_LARGE');
    let format: string | undefined;
    try {
      format = (await sharp(bytes).metadata()).format;
    } catch {
      format = undefined;
    }
    if (!format || !(format in ALLOWED)) throw new DomainException('PHOTO_TYPE_NOT_ALLOWED');
    const kind = format as keyof typeof ALLOWED;
    const { data, info } = await sharp(bytes)
      .rotate()
      .resize({ width: PHOTO_MAX_SIDE, height: PHOTO_MAX_SIDE, fit: 'inside', withoutEnlargement: true })
      .toFormat(kind, kind === 'jpeg' ? { quality: 82, mozjpeg: true } : {})
      .toBuffer({ resolveWithObject: true });
    return this.dataSource.getRepository(Photo).save({ mime: ALLOWED[kind], data, width: info.width, height: info.height, uploadedBy });
  }

  async find(id: string): Promise<Photo> {
    const photo = await this.dataSource.getRepository(Photo).findOneBy({ id });
    if (!photo) throw new DomainException('NOT_FOUND');
    return photo;
  }
}
