/** The process's Pseudonymise function (an HMAC under the operator's key): see @saksi/relay. */
export const PSEUDONYMISE = Symbol('Pseudonymise');
