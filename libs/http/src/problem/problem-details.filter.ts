import type { IncomingHttpHeaders } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, Inject, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { preferredLanguage } from './preferred-language.js';
import { PROBLEM_CONTENT_TYPE } from './problem-details.js';
import { pathOf, problemDocument } from './problem-document.js';
import { toProblem } from './to-problem.js';

interface HttpRequest {
  method?: string;
  headers: IncomingHttpHeaders;
}

/**
 * Answers every error as RFC 9457 problem details. Server faults (5xx) are logged with the method
 * and path only: request bodies and query strings hold personal data and never reach the log.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(@Inject(HttpAdapterHost) private readonly adapterHost: HttpAdapterHost) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    // Only HTTP has a response to write; elsewhere (a CLI context, a queue) let it propagate.
    if (host.getType() !== 'http') throw exception;
    const adapter = this.adapterHost.httpAdapter;
    const http = host.switchToHttp();
    const request = http.getRequest<HttpRequest>();
    const response = http.getResponse<unknown>();
    const url: unknown = adapter.getRequestUrl(request);
    const path = pathOf(typeof url === 'string' ? url : '');
    const problem = toProblem(exception);
    if (problem.status >= 500) {
      this.logger.error(
        `${request.method ?? '?'} ${path} failed with ${problem.code}`,
        exception instanceof Error ? exception.stack : String(exception),
      );
    }
    // Too late for a problem document: end the half-sent response so the client sees it cut short.
    if (adapter.isHeadersSent(response)) {
      adapter.end(response);
      return;
    }
    const language = preferredLanguage(firstHeader(request.headers['accept-language']));
    const body = problemDocument(problem, language, path);
    for (const [name, value] of Object.entries(problem.headers ?? {}))
      adapter.setHeader(response, name, value);
    adapter.setHeader(response, 'Content-Language', language);
    adapter.appendHeader(response, 'Vary', 'Accept-Language');
    // Set first: Express's json() keeps a Content-Type that is already there.
    adapter.setHeader(response, 'Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
    adapter.reply(response, body, problem.status);
  }
}

function firstHeader(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
