/**
 * The database role Saksi's processes write as: SELECT and INSERT on the log, nothing more. Roles
 * are server-wide, so every Saksi database on a server shares it; grants are per database.
 */
export const EVENT_LOG_WRITER_ROLE = 'saksi_writer';
