import { Controller, Get, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@saksi/access';
import type { Response } from 'express';
import { z } from 'zod';
import { PortalError } from '../portal.errors.js';
import { PORTAL_CSS, PORTAL_CSS_PATH } from '../render/portal.css.js';

/** The one style sheet. Its name carries its content's hash, so it may be kept for a year. */
@ApiExcludeController()
@Controller('aset')
@Public()
export class AssetsController {
  @Get(':file')
  css(@Param('file', { schema: z.string().max(60) }) file: string, @Res() response: Response): void {
    if (`/aset/${file}` !== PORTAL_CSS_PATH) throw PortalError.notFound();
    response.setHeader('Content-Type', 'text/css; charset=utf-8');
    response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.send(PORTAL_CSS);
  }
}
