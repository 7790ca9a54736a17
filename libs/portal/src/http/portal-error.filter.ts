import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Logger } from '@nestjs/common';
import { toProblem } from '@saksi/http';
import type { Request, Response } from 'express';
import { messagePage } from '../pages/message.page.js';
import { PortalError } from '../portal.errors.js';
import { href } from '../render/url.js';
import { COMMON } from '../text/common.text.js';
import type { Lang } from '../text/language.js';
import { PageRenderer } from './page-renderer.js';

const TITLES: Record<Lang, { client: string; server: string }> = {
  id: { client: 'Permintaan tidak dapat diproses', server: 'Terjadi kesalahan' },
  en: { client: 'The request cannot be processed', server: 'Something went wrong' },
};

/**
 * The portal answers its errors as pages, not problem documents: the same message in the reader's
 * language, the same status, and a way back. A page behind the login sends the reader to log in.
 */
@Catch()
export class PortalErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Portal');

  constructor(@Inject(PageRenderer) private readonly pages: PageRenderer) {}

  async catch(exception: unknown, host: ArgumentsHost): Promise<void> {
    const request = host.switchToHttp().getRequest<Request>();
    const response = host.switchToHttp().getResponse<Response>();
    const lang: Lang = request.query['lang'] === 'en' ? 'en' : 'id';
    if (
      exception instanceof PortalError &&
      exception.code === 'PORTAL.LOGIN_REQUIRED' &&
      request.method === 'GET'
    ) {
      response.setHeader('Cache-Control', 'no-store');
      response.redirect(303, href('/masuk', { lanjut: request.originalUrl }, lang));
      return;
    }
    const { status, message } =
      exception instanceof PortalError
        ? { status: exception.status, message: exception.text }
        : (({ status, message }) => ({ status, message }))(toProblem(exception));
    if (status >= 500)
      this.logger.error(
        `${request.method} ${request.path} failed`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    if (response.headersSent) {
      response.end();
      return;
    }
    const title = status >= 500 ? TITLES[lang].server : TITLES[lang].client;
    try {
      await this.pages.send(
        request,
        response,
        messagePage(title, message[lang], { href: href('/', {}, lang), text: COMMON[lang].home }),
        { lang, caching: 'no-store', status },
      );
    } catch {
      // The log itself may be what failed: answer without the frame that needs it.
      response.status(status).type('text/plain; charset=utf-8').send(message[lang]);
    }
  }
}
