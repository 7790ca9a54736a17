/**
 * Who is told about alerts in a region: an office or a role ("Inspektorat Kabupaten Aceh Besar"),
 * never a person by requirement, reached by e-mail, by webhook, or both.
 */
export interface AlertSubscription {
  id: string;
  name: string;
  /** '' for the whole nation, or an area code the village codes start with: 11, 11.01, 11.01.01. */
  region: string;
  email: string | null;
  webhookUrl: string | null;
  /** Signs each webhook call (HMAC-SHA256); stored because signing needs it, and never shown. */
  webhookSecret: string | null;
  createdAt: Date;
}

/** A subscription as the API shows it: the webhook secret stays in the database. */
export type SubscriptionView = Omit<AlertSubscription, 'webhookSecret'> & { signed: boolean };

export function subscriptionView({ webhookSecret, ...rest }: AlertSubscription): SubscriptionView {
  return { ...rest, signed: webhookSecret !== null };
}
