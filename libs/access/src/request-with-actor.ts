import type { IncomingHttpHeaders } from 'node:http';
import type { Actor } from './actor.js';

/** What access control reads from and adds to a request, whatever the HTTP platform. */
export interface RequestWithActor {
  headers: IncomingHttpHeaders;
  actor?: Actor;
}
