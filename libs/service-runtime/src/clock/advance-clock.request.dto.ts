import { IsString, Matches } from 'class-validator';

export class AdvanceClockRequestDto {
  /** How far to move the clock: `90d`, `36h`, `1w2d`, `15m` or ISO 8601 `P3D`. */
  @IsString()
  @Matches(/^(P[0-9WDTHMS]+|([0-9]+(ms|s|m|h|d|w))+)$/i, { message: 'by must be a duration such as 3d, 36h, 1w2d or P3D' })
  by!: string;
}
