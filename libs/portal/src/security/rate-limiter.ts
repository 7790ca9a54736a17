/** The grievance form's limiter is the edge's own (@saksi/http), counted per client address alike. */
export { RateLimiter } from '@saksi/http';
