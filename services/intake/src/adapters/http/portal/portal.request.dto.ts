import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { PORTAL_LANGUAGES, PORTAL_ROLES } from '../../../domain/portal-user/portal-user';

/** Shapes only: the rules (address syntax, password length, roles, languages) answer 422 from the domain. */
export class CreatePortalUserRequest {
  @ApiProperty({ example: 'ana.lopez@acme.example' }) @IsString() @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Ana López' }) @IsString() @MaxLength(200)
  name!: string;

  @ApiProperty({ enum: PORTAL_ROLES, description: 'viewer: reads cases and exchanges messages; manager: also answers requests and instructs' }) @IsString()
  role!: string;

  @ApiProperty({ enum: PORTAL_LANGUAGES }) @IsString()
  language!: string;

  @ApiProperty({ minLength: 12, description: 'at least 12 characters; stored only as an argon2id hash' }) @IsString() @MaxLength(1024)
  password!: string;
}

export class SignInRequest {
  @ApiProperty({ example: 'ana.lopez@acme.example' }) @IsString() @MaxLength(254)
  email!: string;

  @ApiProperty() @IsString() @MaxLength(1024)
  password!: string;
}
