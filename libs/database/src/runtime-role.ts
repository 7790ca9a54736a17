/**
 * The database role Saksi's processes work as after migrations: SELECT and INSERT on the log, and on
 * other tables only what each migration grants it. Roles are server-wide, so every Saksi database on
 * a server shares it; grants are per database.
 */
export const RUNTIME_ROLE = 'saksi_writer';
